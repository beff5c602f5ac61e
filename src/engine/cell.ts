import type { CompiledEngine } from './compile.js';
import { findContextInHeader } from './context.js';
import { detectRegion, type DetectOptions } from './detect.js';
import { resolveOverlaps, type Candidate } from './overlap.js';
import { recogniseRegion, RecogniserSession } from './recognisers/index.js';

/**
 * Detection on one cell value (CSV/XLSX/JSON leaf, database column value), with the column's header as
 * context: DESIGN.md §4 — per value, header as context, and the column-name hint as evidence. The header is
 * profiled once per column, not once per cell.
 */
export interface ColumnProfile {
  header: string;
  /** Engine indices of detectors whose column-name hints match the header. */
  hinted: ReadonlySet<number>;
  /** Context words the header holds, per detector index. */
  headerWords: ReadonlyMap<number, readonly string[]>;
  headerNegative: ReadonlyMap<number, readonly string[]>;
}

/**
 * `hintedIds` are the detector ids whose column-name hints match the header (from the column-name
 * matcher); header context words are found here with each detector's own context lexicon.
 */
export function profileColumn(engine: CompiledEngine, header: string, hintedIds: Iterable<string> = []): ColumnProfile {
  const ids = new Set(hintedIds);
  const hinted = new Set<number>();
  const headerWords = new Map<number, string[]>();
  const headerNegative = new Map<number, string[]>();
  for (const cd of engine.detectors) {
    if (ids.has(cd.detector.id)) hinted.add(cd.index);
    if (cd.context && header) {
      const found = findContextInHeader(cd.context, header);
      if (found.words.length) headerWords.set(cd.index, found.words);
      if (found.negative.length) headerNegative.set(cd.index, found.negative);
    }
  }
  return { header, hinted, headerWords, headerNegative };
}

/** Characters from which a cell value may count as running text for the recognisers. */
const FREE_TEXT_CELL = 24;
/** Five words, or eight Han characters in a row: a sentence, not a name, an address or a code. */
const SENTENCE = /(?:[^ \t]+[ \t]+){4}[^ \t]|\p{Script=Han}{8}/u;

const HAN_G = /\p{Script=Han}/gu;

/**
 * A Chinese character says as much as two or three Latin letters, so it counts one and a half towards
 * FREE_TEXT_CELL: `客户说他住在北京市朝阳区建国路3号` (19 characters) is a note; `上海市浦东新区世纪大道100号` (15) and
 * `张家港市华润科技有限公司` (12) are an address and a firm, their column's business.
 */
function isRunningText(value: string): boolean {
  if (value.length < FREE_TEXT_CELL / 2) return false;
  const length = value.length >= FREE_TEXT_CELL ? value.length : value.length + (value.match(HAN_G)?.length ?? 0) / 2;
  return length >= FREE_TEXT_CELL && SENTENCE.test(value);
}

/** Candidates in one cell value (already scored, overlap-resolved, at or above the threshold). */
export function detectCell(engine: CompiledEngine, value: string, column: ColumnProfile, opts: DetectOptions): Candidate[] {
  if (value.length === 0) return [];
  const buf = Buffer.from(value, 'utf8');
  const cands = detectRegion(
    engine,
    buf,
    { from: 0, acceptEnd: buf.length, regionEnd: buf.length },
    { ...opts, cell: true, hinted: column.hinted, headerWords: column.headerWords, headerNegative: column.headerNegative },
  );
  // A short value is the column's business (its header decides); running text in a cell (notes, comments,
  // descriptions) is read like any text.
  if (!isRunningText(value)) return cands;
  const found = recogniseRegion(engine, buf, 0, buf.length, { minConfidence: opts.minConfidence, session: new RecogniserSession(), onDetectorError: opts.onDetectorError });
  return found.length ? resolveOverlaps([...cands, ...found], opts.minConfidence) : cands;
}

