import RE2 from 're2';
import { EN_ADDRESS, STREET_TYPES, ZH_ADDRESS } from '../../../detectors/postal_address.js';
import { withTraditionalRegex } from '../zh-script.js';
import { tagWithOffsets } from './jieba.js';
import type { Cue, Recognised } from './score.js';

/**
 * Street addresses in running text without a label. The shapes are the postal_address detector's own
 * (house number + street + street type …; 省/市/区 … 路/街 … 号 …), looked for only around a street type
 * (`Street`, `Rd`) or a numbered 号/弄/室/栋, so bulk text costs one scan for those words. A bare city or
 * country never matches: a street with a number is required.
 */

const EN_TRIGGER = new RegExp(`\\b(?:${[...STREET_TYPES].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gu');
// The address shapes run on RE2, as every pattern over scanned text does (no backtracking); RE2 has no
// lookbehind, so the left boundary (not inside a word or number) is checked on the character before.
// Compiled on first use: every process and worker would otherwise pay for them at start-up even when no
// street type ever occurs (≈ 100 ms before the English shape's letters became \p{Latin}, ≈ 10 ms since).
let enRe: RE2 | undefined;
let zhRe: RE2 | undefined;
const enAddressRe = (): RE2 => (enRe ??= new RE2(EN_ADDRESS, 'gu'));
const zhAddressRe = (): RE2 => (zhRe ??= new RE2(withTraditionalRegex(ZH_ADDRESS), 'gu'));
const INSIDE_TOKEN = /[\p{L}\p{N}_.+$-]/u;

/** The next address shape at or after `from` that does not start inside a word or number. */
function nextEnAddress(window: string, from: number): RegExpExecArray | null {
  const EN_RE = enAddressRe();
  EN_RE.lastIndex = from;
  for (;;) {
    const a = EN_RE.exec(window);
    if (!a) return null;
    const before = a.index > 0 ? String.fromCodePoint(window.codePointAt(a.index - 1 - (a.index > 1 && /[\udc00-\udfff]/.test(window[a.index - 1]) ? 1 : 0))!) : '';
    if (!before || !INSIDE_TOKEN.test(before)) return a;
    EN_RE.lastIndex = a.index + 1;
  }
}
const CA_POSTCODE = /^,?[ \t]{1,2}(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]{1,2})?[A-CEGHJ-NPR-TVXY][0-9][A-CEGHJ-NPR-TV-Z][ \t]?[0-9][A-CEGHJ-NPR-TV-Z][0-9]\b/u;
const EN_CUE = /(?:\b(?:at|lives|lived|living|resides|resided|located|address|moved|move|to|deliver|delivered|sent|ship|shipped|home|house|apartment|flat|office|on)[ \t]+|:[ \t]*)$/iu;
const ZIP_OR_POSTCODE = /(?:\b[A-Z]{2}[ \t]{1,2}[0-9]{5}(?:-[0-9]{4})?|\b[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2})$/u;

export function recogniseAddressesEn(text: string): Recognised[] {
  const out: Recognised[] = [];
  let lastEnd = -1;
  EN_TRIGGER.lastIndex = 0;
  for (let m = EN_TRIGGER.exec(text); m; m = EN_TRIGGER.exec(text)) {
    if (m.index < lastEnd) continue;
    // The number and street words come before the street type; look back a short window only.
    const from = Math.max(lastEnd, m.index - 100);
    const window = text.slice(0, Math.min(text.length, m.index + 160));
    let a: RegExpExecArray | null;
    for (let at = from; (a = nextEnAddress(window, at)) && a.index <= m.index; at = enAddressRe().lastIndex) {
      if (a.index + a[0].length < m.index + m[0].length) continue;
      let end = a.index + a[0].length;
      const ca = CA_POSTCODE.exec(text.slice(end, end + 20));
      if (ca) end += ca[0].length;
      const value = text.slice(a.index, end);
      const cues: Cue[] = [];
      if (ca || ZIP_OR_POSTCODE.test(value)) cues.push({ label: 'postcode', weight: 0.25 });
      else if (/,[ \t]*\p{Lu}\p{Ll}/u.test(value.slice(value.search(/[0-9]/)))) cues.push({ label: 'town', weight: 0.1 });
      if (/^(?:Flat|Apt|Apartment|Unit|Suite|Ste)\b|\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\b|#/u.test(value)) cues.push({ label: 'unit', weight: 0.05 });
      if (EN_CUE.test(text.slice(Math.max(0, a.index - 24), a.index))) cues.push({ label: 'cue before', weight: 0.1 });
      out.push({ start: a.index, end, recogniser: 'recogniser:postal_address.en', base: 0.5, cues });
      lastEnd = end;
      EN_TRIGGER.lastIndex = end;
      break;
    }
  }
  return out;
}

const ZH_TRIGGER = /(?:[0-9０-９]|[一二三四五六七八九十百零〇])(?:号|弄)/gu;
const ZH_CUE = /(?:(?:地址|住址)(?:是|为|為)?|住在|家住|位于|地处|寄往|寄到|送到|搬到|迁至|坐落于|在)[:：]?$/u;
/** Function words jieba puts before an address in a sentence (我们在, 他家住): not part of it. */
const LEADING_TAGS = /^(?:r|p|v|vn|d|c|u|uj|ul|ud|uz|y|e|t|m|q|f|ad|a|zg)$/;
const ADMIN_PART = /(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟|州)/u;

/** A single blank or tab after a Chinese address part and before the next part or the house number. */
function partGap(text: string, i: number): boolean {
  return (text[i] === ' ' || text[i] === '\t') && i > 0 && /\p{Script=Han}/u.test(text[i - 1]) && /[\p{Script=Han}0-9０-９]/u.test(text[i + 1] ?? '');
}

export function recogniseAddressesZh(text: string): Recognised[] {
  const out: Recognised[] = [];
  let lastEnd = -1;
  ZH_TRIGGER.lastIndex = 0;
  for (let m = ZH_TRIGGER.exec(text); m; m = ZH_TRIGGER.exec(text)) {
    if (m.index < lastEnd) continue;
    let from = Math.max(lastEnd, m.index - 60);
    // Never start a window in the middle of a sentence before it: the regex is lazy to the left. A single blank
    // between address parts (`浙江省 杭州市 西湖区 文三路 478号`, as order exports write them) does not end it.
    for (let i = m.index - 1; i >= from; i--) {
      if (/[。！？!?；;，,、\n\s：:“”"（）()|｜]/u.test(text[i]) && !partGap(text, i)) {
        from = i + 1;
        break;
      }
    }
    const ZH_RE = zhAddressRe();
    ZH_RE.lastIndex = from;
    const a = ZH_RE.exec(text.slice(0, Math.min(text.length, m.index + 40)));
    if (!a || a.index > m.index) continue;
    let start = a.index;
    const end = a.index + a[0].length;
    // Drop the words of the sentence the lazy regex took in on the left (我们在, 他家住在).
    // The address starts at its first place name (jieba `ns`) or division; without one, after the
    // leading function words.
    const toks = tagWithOffsets(a[0]);
    const place = toks.findIndex((t) => t.tag === 'ns' || ADMIN_PART.test(t.word[t.word.length - 1]));
    if (place >= 0) start = a.index + toks[place].start;
    else {
      for (const t of toks) {
        if (!LEADING_TAGS.test(t.tag) || /[路街道巷弄村]$/u.test(t.word)) break;
        start = a.index + t.end;
      }
    }
    if (end - start < 4) continue;
    const value = text.slice(start, end);
    const cues: Cue[] = [];
    const admins = (value.match(/(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟)/gu) ?? []).length;
    if (admins > 0) cues.push({ label: `administrative divisions (${Math.min(admins, 4)})`, weight: Math.min(0.2, 0.1 * admins) });
    if (/(?:号楼|号院|栋|幢|座|单元|楼|层|室|户)$/u.test(value)) cues.push({ label: 'building or room', weight: 0.1 });
    if (ZH_CUE.test(text.slice(Math.max(0, start - 4), start))) cues.push({ label: 'cue before', weight: 0.15 });
    out.push({ start, end, recogniser: 'recogniser:postal_address.zh', base: 0.5, cues });
    lastEnd = end;
    ZH_TRIGGER.lastIndex = end;
  }
  return out;
}
