import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { ISO_DATE, ISO_DATE_MESSAGE, isRealDate } from './iso-date.js';

/**
 * The baseline: findings a team has reviewed and accepted, so the gate fails only on new ones. An entry
 * is keyed by detector + asset (a file path, or `schema.table` for columns) + the keyed fingerprint of
 * the value (of `table.column` for schema findings) — never a line number, so moving a line keeps it
 * accepted, and never a raw value, so the file can be committed. Fingerprints are HMACs under one key:
 * `fingerprintKeyId` records which, and a baseline made with another key is refused rather than
 * silently matching nothing.
 */

export const BASELINE_VERSION = 1;

const IsoDate = z
  .string()
  .regex(ISO_DATE, ISO_DATE_MESSAGE)
  .refine(isRealDate, 'not a real date');

export const BaselineEntrySchema = z
  .object({
    detector: z.string().min(1),
    /** A file path (relative, `/` separators), or `schema.table` for a column. */
    asset: z.string().min(1),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
    /** For schema findings: `table.column`, so a reviewer can read what was accepted. Not used to match. */
    column: z.string().optional(),
    reason: z.string().optional(),
    /** Accepted until the end of this day (UTC); after it the finding fails again. */
    expires: IsoDate.optional(),
  })
  .strict();

export const BaselineSchema = z
  .object({
    baselineVersion: z.literal(BASELINE_VERSION),
    tool: z.string().optional(),
    fingerprintKeyId: z.string().regex(/^[0-9a-f]{8}$/),
    entries: z.array(BaselineEntrySchema),
  })
  .strict();

export type BaselineEntry = z.infer<typeof BaselineEntrySchema>;
export type Baseline = z.infer<typeof BaselineSchema>;

/** What a finding is matched on. */
export interface BaselineKey {
  detector: string;
  asset: string;
  fingerprint: string;
}

export const keyOf = (k: BaselineKey) => `${k.detector}\u0000${k.asset}\u0000${k.fingerprint}`;

export function readBaseline(file: string, shown = file): Baseline | null {
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`baseline ${shown}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = BaselineSchema.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const at = i.path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
    throw new UsageError(`baseline ${shown}: ${at || '(root)'}: ${i.message}`);
  }
  return parsed.data;
}

/** Refuse a baseline made under another fingerprint key: every entry would silently fail to match. */
export function assertSameKey(b: Baseline, keyId: string, shown: string): void {
  if (b.fingerprintKeyId !== keyId) {
    throw new UsageError(
      `baseline ${shown} was made with fingerprint key ${b.fingerprintKeyId}, but this run uses key ${keyId}`,
      'Set PIISCAN_FINGERPRINT_KEY to the key the baseline was made with (in CI: the same secret as on the machine that wrote it), or recreate it with `piiscan baseline create`.',
    );
  }
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(a.asset, b.asset) || cmp(a.detector, b.detector) || cmp(a.column ?? '', b.column ?? '') || cmp(a.fingerprint, b.fingerprint));
}

/** Written sorted and without timestamps, so an unchanged baseline is an unchanged file in git. */
export function writeBaseline(file: string, b: Baseline): void {
  mkdirSync(dirname(file), { recursive: true });
  const out: Baseline = { ...b, entries: sortEntries(b.entries) };
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
}

/** Whether an entry has expired on `today` (UTC): a date is valid through its whole day. */
export function isExpired(e: BaselineEntry, today: Date): boolean {
  if (!e.expires) return false;
  const end = /^\d{4}-\d{2}-\d{2}$/.test(e.expires) ? Date.parse(`${e.expires}T23:59:59.999Z`) : Date.parse(e.expires);
  return today.getTime() > end;
}

export interface BaselineLookup {
  entry: BaselineEntry;
  expired: boolean;
}

export class BaselineIndex {
  private readonly byKey = new Map<string, BaselineEntry>();
  constructor(
    readonly baseline: Baseline,
    private readonly today: Date,
  ) {
    for (const e of baseline.entries) this.byKey.set(keyOf(e), e);
  }
  lookup(k: BaselineKey): BaselineLookup | null {
    const entry = this.byKey.get(keyOf(k));
    return entry ? { entry, expired: isExpired(entry, this.today) } : null;
  }
}

export interface NewEntry extends BaselineKey {
  column?: string;
}

/**
 * A baseline for `items`. `previous` (for `update`) keeps the reason and expiry of entries still present
 * and drops the ones no longer found (stale) — but only inside `inScope`: an entry for a file this run did
 * not look at (a narrower target, `--changed-since`) is kept as it is. `reason`/`expires` apply to new entries.
 */
export function buildBaseline(
  items: readonly NewEntry[],
  keyId: string,
  tool: string,
  opts: { previous?: Baseline | null; reason?: string; expires?: string; inScope?: (e: BaselineEntry) => boolean } = {},
): { baseline: Baseline; added: number; kept: number; dropped: number } {
  const old = new Map((opts.previous?.entries ?? []).map((e) => [keyOf(e), e]));
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  let added = 0;
  let kept = 0;
  for (const it of items) {
    const k = keyOf(it);
    if (seen.has(k)) continue;
    seen.add(k);
    const prev = old.get(k);
    if (prev) kept++;
    else added++;
    const reason = prev ? prev.reason : opts.reason;
    const expires = prev ? prev.expires : opts.expires;
    entries.push({
      detector: it.detector,
      asset: it.asset,
      fingerprint: it.fingerprint,
      ...(it.column ? { column: it.column } : {}),
      ...(reason ? { reason } : {}),
      ...(expires ? { expires } : {}),
    });
  }
  let dropped = 0;
  for (const [k, e] of old) {
    if (seen.has(k)) continue;
    if (opts.inScope && !opts.inScope(e)) entries.push(e);
    else dropped++;
  }
  return { baseline: { baselineVersion: BASELINE_VERSION, tool, fingerprintKeyId: keyId, entries: sortEntries(entries) }, added, kept, dropped };
}

/** Check an `--expires` option value. */
export { parseExpires } from './iso-date.js';
