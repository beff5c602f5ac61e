import { keyWindows, toBigInt, windowEnd } from '../key-windows.js';
import type { DbColumn, DbTable, DbValue, Sample, SampleBatch, SampleRequest } from '../types.js';
import type { MysqlArrayQuery, MysqlQuery } from './query.js';
import { fromDriver } from '../values.js';

/**
 * MySQL/MariaDB sampling without `ORDER BY RAND()` (which reads and sorts the whole table): random windows
 * on the integer primary key (its leading column for a composite key), each an index range read of at
 * most a few hundred rows, until the sample is full. A table without an integer key gets its first rows
 * (`LIMIT`), said so in `method` and `random: false`.
 */

const INTEGER_TYPE = /^(tinyint|smallint|mediumint|int|integer|bigint)\b/i;
/** Rows per `LIMIT` batch when there is no key to window on. */
const LIMIT_BATCH = 1000;

export interface MysqlSampler {
  q: MysqlQuery;
  qa: MysqlArrayQuery;
  /** mysql2's escapeId, unqualified: a name with a dot is one identifier. */
  id(name: string): string;
}

/** The leading primary-key column when it is an integer (windows need a numeric range to draw from). */
export function windowKey(table: DbTable): DbColumn | null {
  const lead = table.columns.find((c) => c.primaryKey === 1);
  return lead && INTEGER_TYPE.test(lead.type) ? lead : null;
}

/** Driver values as the contract wants them: booleans for tinyint(1)/bit(1), parsed JSON from MariaDB's LONGTEXT. */
function convert(columns: DbColumn[], row: unknown[]): DbValue[] {
  return columns.map((c, i) => {
    const v = row[i] as DbValue;
    // BIT(1) arrives as bytes.
    if (c.valueClass === 'boolean' && v instanceof Uint8Array) return v.some((b) => b !== 0);
    return fromDriver(c, v);
  });
}

export async function sampleMysql(s: MysqlSampler, table: DbTable, request: SampleRequest): Promise<Sample> {
  // Row counts end up in LIMIT clauses: whole and non-negative, whatever the caller passed.
  const req = { rows: Math.max(0, Math.floor(request.rows)), seed: request.seed };
  const from = `${s.id(table.schema)}.${s.id(table.table)}`;
  const list = table.columns.map((c) => s.id(c.name)).join(', ');
  const cols = table.columns;
  const key = table.kind === 'table' ? windowKey(table) : null;

  if (!key) {
    const batches = async function* (): AsyncGenerator<SampleBatch> {
      // Bounded pages of one LIMIT read: memory stays at one page whatever `rows` is.
      const order = table.columns.some((c) => c.primaryKey !== null)
        ? ` ORDER BY ${cols.filter((c) => c.primaryKey !== null).sort((a, b) => (a.primaryKey ?? 0) - (b.primaryKey ?? 0)).map((c) => s.id(c.name)).join(', ')}`
        : '';
      for (let offset = 0; offset < req.rows; offset += LIMIT_BATCH) {
        const n = Math.min(LIMIT_BATCH, req.rows - offset);
        const rows = await s.qa(`SELECT ${list} FROM ${from}${order} LIMIT ${n} OFFSET ${offset}`);
        if (rows.length) yield { rows: rows.map((r) => convert(cols, r)) };
        if (rows.length < n) return;
      }
    };
    return { method: `LIMIT ${req.rows} (no integer primary key: first rows)`, random: false, batches: batches() };
  }

  const k = s.id(key.name);
  const keyIndex = cols.indexOf(key);
  const composite = cols.some((c) => c.primaryKey !== null && c.primaryKey > 1);
  const pkOrder = cols
    .filter((c) => c.primaryKey !== null)
    .sort((a, b) => (a.primaryKey ?? 0) - (b.primaryKey ?? 0))
    .map((c) => s.id(c.name))
    .join(', ');
  // Two separate MIN and MAX reads: each is a single index dive (the optimizer's "Select tables optimized away").
  const [lo] = await s.qa(`SELECT MIN(${k}) FROM ${from}`);
  const [hi] = await s.qa(`SELECT MAX(${k}) FROM ${from}`);
  const min = toBigInt(lo?.[0]);
  const max = toBigInt(hi?.[0]);
  const method = `pk windows on ${key.name}`;
  if (min === null || max === null) return { method, random: true, batches: (async function* () {})() };

  const batches = keyWindows({
    min,
    max,
    rows: req.rows,
    seed: req.seed,
    salt: `${table.schema}.${table.table}`,
    read: async (from_, to, limit) => {
      // Bigints written as literals (digits only): a string parameter would be compared as a double.
      const where = `${k} >= ${from_}${to === null ? '' : ` AND ${k} < ${to}`}`;
      const rows = await s.qa(`SELECT ${list} FROM ${from} WHERE ${where} ORDER BY ${pkOrder} LIMIT ${limit}`);
      const last = rows[rows.length - 1];
      const lastKey = last ? toBigInt(last[keyIndex]) : null;
      if (composite && lastKey !== null && rows.length === limit) {
        // A full window may have cut the last leading value's group short: leave that group to the window
        // that starts at it — unless the window holds nothing else, then the rest of the group is skipped.
        const whole = rows.filter((r) => toBigInt(r[keyIndex]) !== lastKey);
        if (whole.length > 0) return { rows: whole.map((r) => convert(cols, r)), end: lastKey };
      }
      return { rows: rows.map((r) => convert(cols, r)), end: windowEnd(rows.length, limit, lastKey) };
    },
  });
  return { method, random: true, batches };
}
