import RE2 from 're2';
import type { Detector } from '../../types.js';
import { judgeValue } from '../judge.js';
import type { CompiledDetector, CompiledEngine } from '../compile.js';
import { findContextAt } from '../context.js';
import type { Candidate } from '../overlap.js';
import { recogniseAddressesEn, recogniseAddressesZh } from './address.js';
import { recognisePersonsEn, type EnDocState } from './person-en.js';
import { recognisePersonsZh, zhForeignTriggerSource, zhKnownNames, zhTriggerSource, type ZhDocState } from './person-zh.js';
import { confidenceOf, scoreRecognised, type Recognised } from './score.js';
import { toSimplified, withTraditionalRegex } from '../zh-script.js';

/**
 * The recogniser stage: detectors without a fixed pattern (`Detector.recogniser`) found in running text.
 * It runs beside the pattern pass (src/engine/detect.ts) on the same regions and its candidates go through
 * the same overlap resolution, masking, fingerprinting and tallies. The detector's own normalize, deny and
 * validate apply to what the recogniser finds, so a value it refuses in a labelled field is refused here too.
 */
export type RecogniserKind = NonNullable<Detector['recogniser']>;

/** Per document (a text asset, or one cell): what earlier text said, for coreference. */
export class RecogniserSession {
  readonly en: EnDocState = { seen: new Set() };
  readonly zh: ZhDocState = { seen: new Set() };
}

interface Plan {
  person?: CompiledDetector;
  address?: CompiledDetector;
}

const plans = new WeakMap<CompiledEngine, Plan | null>();

/** The detectors of an engine that ask for a recogniser; null when none does (the stage is skipped). */
export function recogniserPlan(engine: CompiledEngine): Plan | null {
  let p = plans.get(engine);
  if (p === undefined) {
    const plan: Plan = {};
    for (const cd of engine.detectors) {
      if (cd.detector.recogniser === 'person_name') plan.person ??= cd;
      else if (cd.detector.recogniser === 'postal_address') plan.address ??= cd;
    }
    p = plan.person || plan.address ? plan : null;
    plans.set(engine, p);
  }
  return p;
}

export interface RecogniseOptions {
  minConfidence: number;
  session: RecogniserSession;
  onDetectorError?: (detectorId: string, error: unknown) => void;
}

const NL = 0x0a;

/**
 * RE2s over the region's bytes that every line holding a candidate matches: a capital letter before a small
 * one (names, street types), a numbered 号/弄, or a Chinese name trigger. Only the lines they hit are decoded
 * and read by the recognisers, so bulk text pays a DFA pass per trigger. The foreign-name trigger is its own
 * RE2: in one alternation with the native one, the DFA's states multiplied past its cache and RE2 fell back to
 * its slow engine (measured 2026-11-23: 4 MiB of the bench corpus in 3.3 s as one regex, 19 ms as two).
 */
let triggers: RE2[] | undefined;
function triggerRes(): RE2[] {
  triggers ??= [
    new RE2(withTraditionalRegex(`\\p{Lu}\\p{Ll}|[0-9０-９一二三四五六七八九十百零〇](?:号|弄)|${zhTriggerSource()}`), 'gu'),
    new RE2(withTraditionalRegex(zhForeignTriggerSource()), 'gu'),
  ];
  return triggers;
}

/**
 * The names the dictionaries know (李开复, 邓超) as an RE2.Set, asked per block of lines and then per line of a
 * block it hits. As a regex, finding where one of 4,000 names starts cost 5.3 s on 8 MiB of Chinese prose (the
 * DFA outgrew its cache); the Set, which only answers whether one occurs, 18 ms (measured 2026-11-23).
 */
let knownSet: ReturnType<typeof RE2.Set> | undefined;
const KNOWN_BLOCK = 4096;

function knownNameLines(region: Buffer, into: Set<number>): void {
  knownSet ??= new RE2.Set(zhKnownNames().map(withTraditionalRegex), 'u');
  for (let s = 0; s < region.length; ) {
    let e = Math.min(region.length, s + KNOWN_BLOCK);
    const nl = e < region.length ? region.lastIndexOf(NL, e - 1) : -1;
    if (nl >= s) e = nl + 1;
    else if (e < region.length) {
      const fwd = region.indexOf(NL, e);
      e = fwd < 0 ? region.length : fwd + 1;
    }
    if (knownSet.test(region.subarray(s, e))) {
      for (let l = s; l < e; ) {
        const end = region.indexOf(NL, l);
        const le = end < 0 || end >= e ? e : end + 1;
        if (!into.has(l) && knownSet.test(region.subarray(l, le))) into.add(l);
        l = le;
      }
    }
    s = e;
  }
}

/** Adds the start offset of each line of `region` that `re` hits. */
function triggeredLines(re: RE2, region: Buffer, into: Set<number>): void {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(region);
    if (!m) break;
    into.add(region.lastIndexOf(NL, m.index) + 1);
    const nl = region.indexOf(NL, m.index);
    if (nl < 0) break;
    re.lastIndex = nl + 1;
  }
}

const HAN = /\p{Script=Han}/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Candidates in buf[from, to) (whole lines). Offsets in the result are byte offsets in `buf`, like the
 * pattern pass's.
 */
export function recogniseRegion(engine: CompiledEngine, buf: Buffer, from: number, to: number, opts: RecogniseOptions): Candidate[] {
  const plan = recogniserPlan(engine);
  if (!plan || to <= from) return [];
  const region = buf.subarray(from, to);
  const starts = new Set<number>();
  for (const re of triggerRes()) triggeredLines(re, region, starts);
  knownNameLines(region, starts);
  const out: Candidate[] = [];
  for (const lineStart of [...starts].sort((a, b) => a - b)) {
    const nl = region.indexOf(NL, lineStart);
    recogniseLine(plan, buf, from + lineStart, from + (nl < 0 ? region.length : nl), opts, out);
  }
  return out;
}

function recogniseLine(plan: Plan, buf: Buffer, from: number, to: number, opts: RecogniseOptions, out: Candidate[]): void {
  const text = buf.toString('utf8', from, to);
  const found: [CompiledDetector, Recognised][] = [];
  const hasHan = HAN.test(text);
  const hasCapital = CAPITAL.test(text);
  // Traditional script read as simplified, character for character: the offsets are the original's.
  const zh = hasHan ? toSimplified(text) : text;
  try {
    if (plan.person) {
      if (hasCapital) for (const r of recognisePersonsEn(text, opts.session.en)) found.push([plan.person, r]);
      if (hasHan) for (const r of recognisePersonsZh(zh, opts.session.zh)) found.push([plan.person, r]);
    }
    if (plan.address) {
      if (hasCapital) for (const r of recogniseAddressesEn(text)) found.push([plan.address, r]);
      if (hasHan) for (const r of recogniseAddressesZh(zh)) found.push([plan.address, r]);
    }
  } catch (err) {
    // A recogniser fault (a segmenter that fails to load) must not take the file down with it.
    opts.onDetectorError?.((plan.person ?? plan.address)!.detector.id, err);
    return;
  }
  if (found.length === 0) return;
  found.sort((a, b) => a[1].start - b[1].start);
  const bytes = new ByteOffsets(text, from);
  for (const [cd, r] of found) {
    const c = toCandidate(cd, r, text, bytes, opts, buf, from, to);
    if (c) out.push(c);
  }
}

/** Character → byte offsets for ascending character offsets, in one pass over the text. */
class ByteOffsets {
  private char = 0;
  private byte: number;
  constructor(
    private readonly text: string,
    base: number,
  ) {
    this.byte = base;
  }
  at(charOffset: number): number {
    if (charOffset < this.char) {
      return this.byte - Buffer.byteLength(this.text.slice(charOffset, this.char), 'utf8');
    }
    this.byte += Buffer.byteLength(this.text.slice(this.char, charOffset), 'utf8');
    this.char = charOffset;
    return this.byte;
  }
}

/** What a context word of the detector's own adds to a recognised span. */
const CONTEXT_WEIGHT = 0.1;

/** `before` without what may follow a label (`Company:  `, `公司：`): blanks, one separator, blanks. */
function labelEnd(before: string): string {
  let i = before.length;
  while (i > 0 && (before[i - 1] === ' ' || before[i - 1] === '\t')) i--;
  if (i > 0 && ':：='.includes(before[i - 1])) i--;
  while (i > 0 && (before[i - 1] === ' ' || before[i - 1] === '\t')) i--;
  return before.slice(0, i);
}

function toCandidate(cd: CompiledDetector, r: Recognised, text: string, bytes: ByteOffsets, opts: RecogniseOptions, buf: Buffer, lo: number, hi: number): Candidate | null {
  const d = cd.detector;
  // The most context can add is +0.1 (below): a span that cannot reach the threshold even so is dropped
  // before its value is validated and its context looked up — most recognised spans in prose die here.
  if (confidenceOf(r) + (cd.context ? CONTEXT_WEIGHT : 0) < opts.minConfidence) return null;
  const raw = text.slice(r.start, r.end);
  const judged = judgeValue(cd, raw, opts.onDetectorError);
  if (!judged) return null;
  const { normalized } = judged;
  const start = bytes.at(r.start);
  const end = bytes.at(r.end);
  // The detector's own context words count here too: a label raises, `wallet address` or `company` lowers.
  if (cd.context) {
    const hits = findContextAt(cd.context, buf, start, end, lo, hi);
    if (hits.sameLine.length) r.cues.push({ label: `context (${hits.sameLine.join(', ')})`, weight: CONTEXT_WEIGHT });
    // Negative words are labels of other kinds of value (`Company:`, `用户名：`); in running text a company
    // named earlier in the sentence says nothing about the name, so only a label right before counts.
    const before = text.slice(Math.max(0, r.start - 24), r.start).toLowerCase();
    const label = labelEnd(before);
    const labels = hits.negative.filter((w) => label.endsWith(w));
    if (labels.length) r.cues.push({ label: `negative context (${labels.join(', ')})`, weight: -0.3 });
  }
  const scored = scoreRecognised(r, opts.minConfidence);
  if (!scored) return null;
  return { ...scored, sameLineContext: false, detectorIndex: cd.index, detectorId: d.id, start, end, raw, normalized };
}
