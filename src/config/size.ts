// What the CLI needs from the config code on every run, apart from load.ts, which brings yaml and zod.

export const DEFAULT_CONFIG_FILE = 'piiscan.yaml';

const UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** `50MB` → bytes. Returns NaN when the text is not a size. */
export function parseSize(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v.trim());
  if (!m) return NaN;
  const unit = UNITS[(m[2] || 'b').toLowerCase()];
  return unit ? Math.round(Number(m[1]) * unit) : NaN;
}
