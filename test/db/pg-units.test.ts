import { describe, expect, it } from 'vitest';
import { mergeGrants } from '../../src/db/postgres/grants.js';
import { planSample, replan } from '../../src/db/postgres/sampling.js';
import { selectTables } from '../../src/db/scan-database.js';
import type { DbTable } from '../../src/db/types.js';

describe('PostgreSQL sampling plan', () => {
  it('reads small or never-analysed tables with LIMIT', () => {
    expect(planSample(null, 10_000)).toEqual({ kind: 'limit' });
    expect(planSample(15_000, 10_000)).toEqual({ kind: 'limit' });
  });

  it('asks SYSTEM for a share that gives about the rows wanted, whatever the size', () => {
    const p = planSample(1_000_000, 10_000);
    expect(p.kind).toBe('system');
    if (p.kind === 'system') expect(p.percent).toBeCloseTo(1.3, 5);
    const q = planSample(1_000_000_000, 10_000);
    if (q.kind === 'system') expect(q.percent).toBeCloseTo(0.0013, 6);
  });

  it('redraws a short draw with a larger share, and falls back to LIMIT when nothing came', () => {
    const p = planSample(1_000_000, 10_000);
    expect(replan(p, 12_000, 10_000)).toBe(p);
    const r = replan(p, 2_000, 10_000);
    expect(r.kind).toBe('system');
    if (r.kind === 'system' && p.kind === 'system') expect(r.percent).toBeGreaterThan(p.percent * 4);
    expect(replan(p, 0, 10_000)).toEqual({ kind: 'limit' });
  });
});

describe('PostgreSQL grants', () => {
  it('gives members of a granted role the role’s rights, transitively named', () => {
    const g = mergeGrants(
      [
        { role: '10', grantee: 'analyst', privilege: 'SELECT', column: null },
        { role: '0', grantee: 'PUBLIC', privilege: 'SELECT', column: null },
        { role: '11', grantee: 'support', privilege: 'SELECT', column: 'email' },
      ],
      [{ via_role: '10', member: 'alice', via: 'analyst' }],
    );
    expect(g).toContainEqual({ grantee: 'alice', privilege: 'SELECT', column: null, via: 'role:analyst' });
    expect(g).toContainEqual({ grantee: 'PUBLIC', privilege: 'SELECT', column: null });
    expect(g).toContainEqual({ grantee: 'support', privilege: 'SELECT', column: 'email' });
    expect(g).toHaveLength(4);
  });
});

describe('table selection', () => {
  const t = (schema: string, table: string): DbTable => ({ schema, table, kind: 'table', columns: [], estimatedRows: null, comment: null });
  const all = [t('app', 'customers'), t('app', 'orders'), t('audit', 'log'), t('app', 'Customer "VIP"; DROP TABLE x; --')];
  it('matches --include / --exclude globs against schema.table', () => {
    expect(selectTables(all, ['app.*'], ['app.orders']).map((x) => x.table)).toEqual(['customers', 'Customer "VIP"; DROP TABLE x; --']);
    expect(selectTables(all, undefined, ['audit.*']).length).toBe(3);
    expect(selectTables(all, ['*.log'], undefined).map((x) => x.table)).toEqual(['log']);
  });
});
