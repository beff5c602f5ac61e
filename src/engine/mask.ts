/**
 * Masked snippets (CONTRACT.md "Masking"): keep at most 4 leading and 4 trailing characters and never more
 * than half of the value; emails keep their domain; short and special-category values are masked whole.
 */

const SEPARATORS = new Set([' ', '-', '.', '/', ':', '(', ')']);

export function maskValue(raw: string, opts: { whole?: boolean } = {}): string {
  const chars = Array.from(raw);
  if (opts.whole || chars.length < 6) return '*'.repeat(Math.min(Math.max(chars.length, 3), 12));
  const keep = Math.min(4, Math.floor(chars.length / 4));
  return chars
    .map((c, i) => {
      if (i < keep || i >= chars.length - keep) return c;
      // Separators tell the format, not the person, so they survive masking.
      return SEPARATORS.has(c) ? c : '*';
    })
    .join('');
}

export function maskEmail(raw: string): string {
  const at = raw.lastIndexOf('@');
  if (at <= 0) return maskValue(raw);
  const local = raw.slice(0, at);
  const domain = raw.slice(at + 1);
  return (local.length > 1 ? `${Array.from(local)[0]}***` : '*') + '@' + domain;
}
