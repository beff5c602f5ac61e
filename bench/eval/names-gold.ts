/**
 * Person-name gold spans from REAL labelled text, for `npm run eval:names -- --corpus FILE --format F`.
 * The generated documents of names-corpus.ts are written by the same people who write the recognisers, so
 * they flatter them; these files are the check against text nobody here wrote.
 *
 * Formats:
 * - `inline`: one sentence a line, each person name between [[ and ]]; `# doc ID` starts a document (its
 *   sentences are joined with a space in English, with nothing in Chinese, as running prose is);
 *   `# lang en|zh` sets the language; other `#` lines are comments. bench/eval/data/*.txt are in it.
 * - `conll` / `iob2`: one token a line, the IOB/BIO tag in a tab- or space-separated column (`--tag-col`,
 *   default: the first column that looks like a tag), blank lines between sentences, `-DOCSTART-` or
 *   `# newdoc` between documents. When a `# text = …` line precedes a sentence (Universal NER, UD), the
 *   tokens are found in that text, so the spacing is the original one; otherwise tokens are joined with a
 *   space (en) or nothing (zh, where CoNLL-style files hold one character a line: MSRA, People's Daily,
 *   Weibo NER). Any tag ending in PER, PERSON or PER.NAM counts as a person (Weibo's PER.NOM, a nominal
 *   like 'mother', does not).
 * - `bio`: the same as conll.
 *
 * Documents alternate between the tuning and the held-back split (even index: tune), so both halves span
 * the whole file; the held-back half is never looked at while changing the recognisers.
 */
import { readFileSync } from 'node:fs';
import type { Label, NameDoc, NameLang, Split } from './names-corpus.js';

export type GoldFormat = 'inline' | 'conll' | 'iob2' | 'bio';

interface RawDoc {
  id: string;
  sentences: { text: string; spans: { start: number; end: number }[] }[];
}

const PERSON_TAG = /^(?:[BIES]|[BIES]-|[BIES]_)?(?:PER|PERSON|PER\.NAM)$/i;

function parseInline(src: string, fileLang: NameLang | undefined): { lang: NameLang | undefined; docs: RawDoc[] } {
  let lang = fileLang;
  const docs: RawDoc[] = [];
  let cur: RawDoc | undefined;
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line) continue;
    if (line.startsWith('#')) {
      const doc = /^#\s*doc\s+(\S+)/.exec(line);
      const l = /^#\s*lang\s+(en|zh)\b/.exec(line);
      if (doc) docs.push((cur = { id: doc[1], sentences: [] }));
      else if (l) lang ??= l[1] as NameLang;
      continue;
    }
    if (!cur) docs.push((cur = { id: `d${docs.length}`, sentences: [] }));
    let text = '';
    const spans: { start: number; end: number }[] = [];
    const re = /\[\[(.+?)\]\]/g;
    let at = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      text += line.slice(at, m.index);
      spans.push({ start: text.length, end: text.length + m[1].length });
      text += m[1];
      at = m.index + m[0].length;
    }
    text += line.slice(at);
    cur.sentences.push({ text, spans });
  }
  return { lang, docs };
}

function tagColumn(cols: string[], fixed: number | undefined): string {
  if (fixed !== undefined) return cols[fixed] ?? 'O';
  for (let i = 1; i < cols.length; i++) if (/^(?:O|[BIES][-_]\S+)$/.test(cols[i])) return cols[i];
  return cols[cols.length - 1];
}

function parseConll(src: string, lang: NameLang, tagCol: number | undefined): RawDoc[] {
  const docs: RawDoc[] = [];
  let cur: RawDoc | undefined;
  let sentText: string | undefined;
  let toks: { tok: string; tag: string }[] = [];
  const flush = () => {
    if (!toks.length) return;
    if (!cur) docs.push((cur = { id: `d${docs.length}`, sentences: [] }));
    let text = '';
    const offs: { start: number; end: number }[] = [];
    for (const { tok } of toks) {
      if (sentText !== undefined) {
        const at = sentText.indexOf(tok, text.length);
        if (at < 0) throw new Error(`token ${JSON.stringify(tok)} not found in sentence text ${JSON.stringify(sentText)}`);
        offs.push({ start: at, end: at + tok.length });
        text = sentText.slice(0, at + tok.length);
      } else {
        if (text && lang === 'en') text += ' ';
        offs.push({ start: text.length, end: text.length + tok.length });
        text += tok;
      }
    }
    if (sentText !== undefined) text = sentText;
    const spans: { start: number; end: number }[] = [];
    let open: { start: number; end: number } | undefined;
    toks.forEach(({ tag }, i) => {
      const m = /^([BIES])[-_](.+)$/.exec(tag);
      const isPer = m ? PERSON_TAG.test(m[2]) : false;
      if (!isPer || m![1] === 'B' || m![1] === 'S') {
        if (open) spans.push(open);
        open = undefined;
      }
      if (isPer) {
        if (open) open.end = offs[i].end;
        else open = { start: offs[i].start, end: offs[i].end };
        if (m![1] === 'E' || m![1] === 'S') {
          spans.push(open);
          open = undefined;
        }
      }
    });
    if (open) spans.push(open);
    cur.sentences.push({ text, spans });
    toks = [];
    sentText = undefined;
  };
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const t = /^#\s*text\s*=\s?(.*)$/.exec(raw.trim());
      if (t) sentText = t[1];
      else if (/^#\s*newdoc\b/.test(line)) {
        flush();
        const id = /id\s*=\s*(\S+)/.exec(line)?.[1];
        docs.push((cur = { id: id ?? `d${docs.length}`, sentences: [] }));
      }
      continue;
    }
    if (line.startsWith('-DOCSTART-')) {
      flush();
      docs.push((cur = { id: `d${docs.length}`, sentences: [] }));
      continue;
    }
    const cols = line.split(/\t| +/);
    // CoNLL-U-style files (UNER) number their tokens: the token is then the second column.
    const tok = /^\d+$/.test(cols[0]) && cols.length >= 3 ? cols[1] : cols[0];
    toks.push({ tok, tag: tagColumn(cols, tagCol) });
  }
  flush();
  return docs.filter((d) => d.sentences.length);
}

/** The documents of a gold file, labels as person_name spans, split alternately into tune and holdout. */
export function loadGoldDocs(file: string, format: GoldFormat, opts: { lang?: NameLang; tagCol?: number; sentenceDocs?: boolean } = {}): NameDoc[] {
  const src = readFileSync(file, 'utf8');
  let lang = opts.lang;
  let docs: RawDoc[];
  if (format === 'inline') {
    const p = parseInline(src, lang);
    lang = p.lang;
    docs = p.docs;
  } else {
    lang ??= /[\u4e00-\u9fff]/.test(src.slice(0, 5000)) ? 'zh' : 'en';
    docs = parseConll(src, lang, opts.tagCol);
  }
  if (!lang) throw new Error(`${file}: no language (add '# lang en|zh' or pass --lang)`);
  if (opts.sentenceDocs) docs = docs.flatMap((d) => d.sentences.map((s, k) => ({ ...d, id: `${d.id}.${k}`, sentences: [s] })));
  const l = lang;
  return docs.map((d, i) => {
    let text = '';
    const labels: Label[] = [];
    d.sentences.forEach((s, k) => {
      if (k > 0 && l === 'en') text += ' ';
      for (const sp of s.spans) labels.push({ start: text.length + sp.start, end: text.length + sp.end, detector: 'person_name' });
      text += s.text;
    });
    const split: Split = i % 2 === 0 ? 'tune' : 'holdout';
    return { id: d.id, lang: l, split, text: `${text}\n`, labels };
  });
}
