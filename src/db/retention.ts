import { retentionDays } from '../assess/retention.js';
import type { Detector } from '../types.js';
import type { DbColumn, DbValue } from './types.js';
import { toInstant } from './values.js';

/**
 * Record ages of a sampled table (CONTRACT.md `assets[].retention`): the oldest and newest value of the
 * column that dates the records, and how many records are older than the retention policy
 * (piiscan.yaml `retention`) of the personal data found in the table. The dating column is a date or
 * timestamp column that is not itself personal data (a birth date says nothing about how long a record has
 * been kept), preferring names such as `created_at`.
 */

export interface RetentionFacts {
  column: string;
  oldest: string;
  newest: string;
  /** `exact`: the table's own minimum and maximum (read through an index); `sample`: those of the sample. */
  range: 'exact' | 'sample';
  /** Records older than the policy: counted in the sample, scaled to the table's records when sampled. */
  olderThanPolicy?: number;
  /** The count in the sample itself, when the sample is not the whole table. */
  olderThanPolicySampled?: number;
  /** The policy applied, in days (the shortest policy of the table's detectors). */
  policyDays?: number;
}

const CREATION = /(^|[_\s-])(created|creation|inserted|registered|signup|added|opened|submitted|received)([_\s-]|$)|^(created|inserted|registered)|create_?(d_)?(at|on|time|date)|创建|注册|登记|入职/i;
const DAY_MS = 86_400_000;

export class RetentionTracker {
  private readonly times = new Map<number, number[]>();

  constructor(private readonly columns: readonly DbColumn[]) {
    columns.forEach((c, i) => {
      if (c.valueClass === 'date' || c.valueClass === 'timestamp') this.times.set(i, []);
    });
  }

  /** One row's values, in column order. */
  row(values: readonly DbValue[]): void {
    for (const [i, list] of this.times) {
      const iso = toInstant(values[i] ?? null);
      if (iso !== null) list.push(Date.parse(iso));
    }
  }

  /** The column that dates the records: a sampled date/timestamp column that is not personal data. */
  datingColumn(personal: ReadonlySet<string>): string | undefined {
    const candidates = [...this.times].filter(([i, list]) => list.length > 0 && !personal.has(this.columns[i].name));
    if (candidates.length === 0) return undefined;
    return this.columns[(candidates.find(([i]) => CREATION.test(this.columns[i].name)) ?? candidates[0])[0]].name;
  }

  finish(opts: {
    /** Columns classified as personal data: not used to date records. */
    personal: ReadonlySet<string>;
    /** Exact oldest and newest values from the database (an index made them cheap), instead of the sample's. */
    range?: { oldest: string; newest: string } | null;
    detectorIds: readonly string[];
    detectors: readonly Detector[];
    policy: Readonly<Record<string, number>> | undefined;
    now: Date;
    sampled: number;
    records: number;
  }): RetentionFacts | undefined {
    const column = this.datingColumn(opts.personal);
    if (column === undefined) return undefined;
    const list = this.times.get(this.columns.findIndex((c) => c.name === column)) ?? [];
    let min = Infinity;
    let max = -Infinity;
    for (const t of list) {
      if (t < min) min = t;
      if (t > max) max = t;
    }
    const exact = opts.range ? { oldest: toInstant(opts.range.oldest), newest: toInstant(opts.range.newest) } : null;
    const facts: RetentionFacts =
      exact?.oldest && exact.newest
        ? { column, oldest: exact.oldest, newest: exact.newest, range: 'exact' }
        : { column, oldest: new Date(min).toISOString(), newest: new Date(max).toISOString(), range: 'sample' };
    if (!opts.policy || opts.detectorIds.length === 0) return facts;
    const byId = new Map(opts.detectors.map((d) => [d.id, d]));
    const days = opts.detectorIds.map((id) => retentionDays(opts.policy ?? {}, id, byId.get(id))).filter((d): d is number => d !== undefined);
    if (days.length === 0) return facts;
    const policyDays = Math.min(...days);
    const cutoff = opts.now.getTime() - policyDays * DAY_MS;
    const older = list.reduce((n, t) => (t < cutoff ? n + 1 : n), 0);
    const whole = opts.sampled >= opts.records;
    return {
      ...facts,
      policyDays,
      olderThanPolicy: whole || opts.sampled === 0 ? older : Math.round((older / opts.sampled) * opts.records),
      ...(whole ? {} : { olderThanPolicySampled: older }),
    };
  }
}
