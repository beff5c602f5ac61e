/**
 * Guess a CSV delimiter from the first lines: the candidate that splits most records into the same
 * number (≥ 1) of extra fields wins. Quotes are followed across lines, so a multi-line quoted field
 * or a comma inside quotes does not count. Candidates in the order they win ties.
 */

export const DELIMITERS = [',', '\t', ';', '|'] as const;
const SAMPLE_RECORDS = 100;

/** Per record, how many times each candidate occurs outside quotes. */
function countPerRecord(text: string, delims: readonly string[]): number[][] {
  const counts: number[][] = delims.map(() => []);
  let current = delims.map(() => 0);
  let quoted = false;
  let records = 0;
  let content = false;
  // The last line of a head may be cut: only complete records are counted (unless there is one line).
  const lastNewline = text.lastIndexOf('\n');
  const end = lastNewline === -1 ? text.length : lastNewline + 1;
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n') {
      if (content) {
        current.forEach((n, k) => counts[k].push(n));
        records++;
      }
      current = delims.map(() => 0);
      content = false;
      continue;
    } else {
      const k = delims.indexOf(c);
      if (k !== -1) current[k]++;
    }
    content = true;
  }
  if (records === 0 && content) current.forEach((n, k) => counts[k].push(n)); // one line without a newline
  return counts;
}

function mode(xs: number[]): { value: number; share: number } {
  const freq = new Map<number, number>();
  for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1);
  let value = 0;
  let best = 0;
  for (const [v, f] of freq) if (f > best || (f === best && v > value)) [value, best] = [v, f];
  return { value, share: xs.length ? best / xs.length : 0 };
}

/**
 * The delimiter of `text` (the decoded head of the file). `preferred` goes first on ties (tab for
 * .tsv). A file with a single column has no delimiter to find; comma is returned then.
 */
export function sniffDelimiter(text: string, preferred?: string): string {
  const candidates = preferred ? [preferred, ...DELIMITERS.filter((d) => d !== preferred)] : [...DELIMITERS];
  const counts = countPerRecord(text.replace(/\r\n?/g, '\n'), candidates);
  let best = candidates[0];
  let bestScore = 0;
  candidates.forEach((d, k) => {
    const m = mode(counts[k]);
    if (m.value === 0) return;
    // Consistency matters more than frequency: a comma in free text is frequent but irregular.
    const score = m.share * 1000 + Math.min(m.value, 999);
    if (score > bestScore) [best, bestScore] = [d, score];
  });
  return best;
}
