import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/baseline/baseline.js';
import type { GateReport } from '../../src/gate/report.js';
import { expectValidReport, expectValidSarif } from '../reports/validate.js';
import { removeTempRepos, TempRepo } from './helpers.js';

afterAll(removeTempRepos);

// Synthetic values only: example.com addresses and a checksummed, fictional PRC resident ID.
const EMAIL = 'alice@example.com';
const EMAIL2 = 'bob@example.com';
const RESIDENT_ID = '440304200002291236';

function repoWithPii(): TempRepo {
  return new TempRepo()
    .write('src/app.ts', 'export const x = 1;\n')
    .write('data/customers.txt', `客户资料\n联系邮箱 ${EMAIL}\n身份证号：${RESIDENT_ID}\n`)
    .commit('initial');
}

describe('piiscan gate on files', () => {
  it('exit codes: 0 when clean, 1 on violations (summary on stderr, no raw value), 2 on usage/config errors', async () => {
    const repo = repoWithPii();
    const clean = await repo.run('gate', 'src');
    expect(clean.exitCode).toBe(0);
    expect(clean.stderr).toMatch(/piiscan gate: passed — 0 violation/);

    const failed = await repo.run('gate', '.');
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/piiscan gate: FAILED — 2 violation\(s\)/);
    expect(failed.stderr).toMatch(/data\/customers\.txt:2:\d+ {2}email {2}confidential/);
    expect(failed.stderr).toMatch(/data\/customers\.txt:3:\d+ {2}cn\.resident_id {2}restricted/);
    expect(failed.stderr).toContain('piiscan baseline update .');
    expect(failed.stderr).toContain('piiscan:allow');
    expect(failed.stderr).not.toContain(EMAIL);
    expect(failed.stderr).not.toContain(RESIDENT_ID);
    expect(failed.stdout).toBe('');

    expect((await repo.run('gate', '.', '--no-such-flag')).exitCode).toBe(2);
    repo.write('piiscan.yaml', 'gate:\n  failOn: { sensitivity: secret }\n');
    const bad = await repo.run('gate', '.');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/piiscan\.yaml: invalid configuration\n {2}- gate\.failOn\.sensitivity: /);
  });

  it('policy from piiscan.yaml: threshold, overrides, and a custom detector', async () => {
    const repo = repoWithPii()
      .write('logs/a.log', 'employee EMP-123456 logged in\n')
      .write(
        'piiscan.yaml',
        [
          'custom:',
          '  - id: acme.employee_id',
          '    name: ACME employee number',
          "    pattern: 'EMP-[0-9]{6}'",
          '    sensitivity: confidential',
          '    context: [employee]',
          "    examples: { match: ['employee EMP-123456'], noMatch: ['EMP-12'] }",
          'gate:',
          '  failOn: { sensitivity: restricted }',
          '  overrides:',
          "    - paths: ['logs/**']",
          '      failOn: { sensitivity: confidential }',
        ].join('\n'),
      );
    const r = await repo.run('gate', '.', '--format', 'json');
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as GateReport;
    expectValidReport(report);
    // The email (confidential) is below the configured threshold, and so is the custom detector's own example
    // inside piiscan.yaml; the restricted ID and the custom detector under logs/ (override) fail.
    expect(report.findings.map((f) => f.detector).sort()).toEqual(['acme.employee_id', 'cn.resident_id']);
    expect(report.gate).toMatchObject({ passed: false, violations: 2, accepted: { belowPolicy: 2 } });
    const listed = await repo.run('detectors');
    expect(listed.stdout).toMatch(/^acme\.employee_id +confidential/m);
  });

  it('baselines: accepted findings survive moved lines; a new value on a baselined line fails; the file holds no raw value', async () => {
    const repo = repoWithPii();
    const created = await repo.run('baseline', 'create', '.', '--reason', 'legacy export, ticket PRIV-12');
    expect(created.exitCode, created.stderr).toBe(0);
    expect(created.stderr).toMatch(/\.piiscan\/baseline\.json: 2 entries \(2 added, 0 kept, 0 dropped\)/);
    const text = repo.read('.piiscan/baseline.json');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(RESIDENT_ID);
    expect(text).not.toContain(RESIDENT_ID.slice(0, 6));
    const b = JSON.parse(text) as Baseline;
    expect(b.fingerprintKeyId).toMatch(/^[0-9a-f]{8}$/);
    expect(b.entries.map((e) => [e.detector, e.asset, e.reason])).toEqual([
      ['cn.resident_id', 'data/customers.txt', 'legacy export, ticket PRIV-12'],
      ['email', 'data/customers.txt', 'legacy export, ticket PRIV-12'],
    ]);
    expect(JSON.stringify(b)).not.toMatch(/"line"|"column"/);
    expect((await repo.run('gate', '.')).exitCode).toBe(0);
    expect((await repo.run('baseline', 'create', '.')).exitCode).toBe(2); // exists: update or --force

    // Moved: three lines inserted above; the same values, other line numbers.
    repo.write('data/customers.txt', `新的说明\n\n\n客户资料\n联系邮箱 ${EMAIL}\n身份证号：${RESIDENT_ID}\n`);
    const moved = await repo.run('gate', '.');
    expect(moved.exitCode, moved.stderr).toBe(0);
    expect(moved.stderr).toMatch(/accepted: 2 in the baseline/);

    // A new value on a baselined line fails, and only the new value is reported.
    repo.write('data/customers.txt', `新的说明\n\n\n客户资料\n联系邮箱 ${EMAIL}, ${EMAIL2}\n身份证号：${RESIDENT_ID}\n`);
    const added = await repo.run('gate', '.', '--format', 'json');
    expect(added.exitCode).toBe(1);
    const report = JSON.parse(added.stdout) as GateReport;
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ detector: 'email', location: { path: 'data/customers.txt', line: 5 } });
    expect(report.gate.accepted.baseline).toBe(2);

    // update: keeps the reasons of entries still present, adds the new one, drops what is gone.
    repo.write('data/customers.txt', `联系邮箱 ${EMAIL2}\n身份证号：${RESIDENT_ID}\n`);
    const updated = await repo.run('baseline', 'update', '.');
    expect(updated.stderr).toMatch(/2 entries \(1 added, 1 kept, 1 dropped\)/);
    const after = JSON.parse(repo.read('.piiscan/baseline.json')) as Baseline;
    expect(after.entries.map((e) => [e.detector, e.reason ?? null])).toEqual([
      ['cn.resident_id', 'legacy export, ticket PRIV-12'],
      ['email', null],
    ]);
    expect((await repo.run('gate', '.')).exitCode).toBe(0);
  });

  it('expired baseline entries fail again; a baseline made with another key is refused', async () => {
    const repo = repoWithPii();
    expect((await repo.run('baseline', 'create', '.', '--expires', '2020-01-31')).exitCode).toBe(0);
    const r = await repo.run('gate', '.');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/baseline entry expired 2020-01-31/);
    expect(r.stderr).toMatch(/expired baseline entries: review them/);
    expect((await repo.run('baseline', 'create', '.', '--expires', 'tomorrow')).exitCode).toBe(2);

    repo.env.PIISCAN_FINGERPRINT_KEY = 'another-key';
    const refused = await repo.run('gate', '.');
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/was made with fingerprint key [0-9a-f]{8}, but this run uses key [0-9a-f]{8}/);
    expect(refused.stderr).toMatch(/PIISCAN_FINGERPRINT_KEY/);
  });

  it('fails closed on scan errors unless --allow-errors; judges a saved report', async () => {
    const repo = repoWithPii();
    const missing = await repo.run('gate', 'src', 'no-such-dir');
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toMatch(/1 error\(s\)/);
    expect(missing.stderr).toMatch(/error: no-such-dir: no such file or directory/);
    expect((await repo.run('gate', 'src', 'no-such-dir', '--allow-errors')).exitCode).toBe(0);

    const scanned = await repo.run('scan', '.', '--format', 'json', '--output', 'scan.json');
    expect(scanned.exitCode).toBe(0);
    expect((await repo.run('gate', '--report', 'scan.json')).exitCode).toBe(1);
    // A report that could not hold every finding, or was made above the policy's threshold, is not judged blind.
    expect((await repo.run('scan', '.', '--format', 'json', '--output', 'capped.json', '--max-findings', '1')).exitCode).toBe(0);
    expect((await repo.run('gate', '--report', 'capped.json')).stderr).toMatch(/findings of data\/customers\.txt were capped/);
    expect((await repo.run('scan', 'src', '--format', 'json', '--output', 'high.json', '--min-confidence', '0.9')).exitCode).toBe(0);
    const high = await repo.run('gate', '--report', 'high.json');
    expect(high.exitCode).toBe(1);
    expect(high.stderr).toMatch(/made at --min-confidence 0\.9, but the policy judges findings from 0\.5/);
    repo.write('piiscan.yaml', "allowlists:\n  - paths: ['data/**']\n");
    expect((await repo.run('gate', '--report', 'scan.json')).exitCode).toBe(0);
    // …and the scan itself skips a path allowlisted whole, and counts what it suppressed.
    expect((await repo.run('gate', '.')).exitCode).toBe(0);
  });

  it('--changed-since: only files changed since the merge base, committed or not; an unknown ref is a usage error', async () => {
    const repo = repoWithPii();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/clean.ts', 'export const y = 2;\n').commit('clean change');
    const onlyClean = await repo.run('gate', '.', '--changed-since', 'main');
    expect(onlyClean.exitCode, onlyClean.stderr).toBe(0);

    repo.write('docs/new.md', `contact ${EMAIL2}\n`).commit('adds an address');
    repo.write('src/app.ts', `// owner: ${EMAIL}\nexport const x = 1;\n`); // unstaged change
    repo.write('notes/untracked.txt', `身份证号：${RESIDENT_ID}\n`); // untracked
    repo.write('.gitignore', 'ignored/\n').write(`ignored/secret.txt`, `${EMAIL}\n`);
    const r = await repo.run('gate', '.', '--changed-since', 'main', '--format', 'json');
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as GateReport;
    expect([...new Set(report.findings.map((f) => (f.location.kind === 'file' ? f.location.path : '')))].sort()).toEqual(['docs/new.md', 'notes/untracked.txt', 'src/app.ts']);
    // The committed file on main with personal data is not part of this change.
    expect(report.findings.some((f) => 'path' in f.location && f.location.path === 'data/customers.txt')).toBe(false);

    const scan = await repo.run('scan', 'docs', '--changed-since', 'main', '--format', 'json');
    expect(scan.exitCode).toBe(0);
    expect(JSON.parse(scan.stdout).scan.stats.files).toBe(1);

    const unknown = await repo.run('gate', '.', '--changed-since', 'no-such-branch');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/git does not know the revision "no-such-branch"/);
    expect((await repo.run('scan', '.', '--changed-since', '--upload-pack=x')).exitCode).toBe(2);
  });
});

describe('piiscan gate --migrations (the issue’s “done when”)', () => {
  const MIGRATION_1 = 'CREATE TABLE users (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n';
  const MIGRATION_2 = [
    '-- KYC: 实名认证字段',
    'ALTER TABLE users ADD COLUMN id_card_no varchar(18);', // line 2
    'ALTER TABLE users ADD COLUMN "手机号" varchar(20);', //  line 3
    'ALTER TABLE users ADD COLUMN display_color text;', //    line 4: neutral
    '',
  ].join('\n');

  function migrationsRepo(): TempRepo {
    return new TempRepo().write('db/migrations/001_users.sql', MIGRATION_1).write('db/migrations/002_kyc.sql', MIGRATION_2).commit('migrations');
  }

  it('fails with SARIF results at the personal-data columns only; passes once they are annotated', async () => {
    const repo = migrationsRepo();
    const r = await repo.run('gate', '--migrations', 'db/migrations/*.sql', '--format', 'sarif', '--output', 'gate.sarif');
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/db\/migrations\/002_kyc\.sql:2:30 {2}cn\.resident_id/);
    expect(r.stderr).toMatch(/db\/migrations\/002_kyc\.sql:3:30 {2}phone/);
    expect(r.stderr).toMatch(/COMMENT ON COLUMN users\.id_card_no IS 'pii: cn\.resident_id; purpose: …; retention: …'/);
    const log = JSON.parse(repo.read('gate.sarif')) as Log;
    expectValidSarif(log);
    const results = log.runs[0].results ?? [];
    expect(results.map((x) => [x.ruleId, x.locations?.[0].physicalLocation?.artifactLocation?.uri, x.locations?.[0].physicalLocation?.region?.startLine])).toEqual([
      ['cn.resident_id', 'db/migrations/002_kyc.sql', 2],
      ['phone', 'db/migrations/002_kyc.sql', 3],
    ]);
    expect(results.some((x) => x.locations?.[0].physicalLocation?.region?.startLine === 4)).toBe(false);

    repo.write(
      'db/migrations/003_annotate.sql',
      "COMMENT ON COLUMN users.id_card_no IS 'pii: cn.resident_id; purpose: kyc; retention: 5y';\nCOMMENT ON COLUMN users.\"手机号\" IS 'pii: phone; purpose: account recovery; retention: account lifetime';\n",
    );
    const ok = await repo.run('gate', '--migrations', 'db/migrations/*.sql', '--format', 'sarif', '--output', 'gate.sarif');
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/2 annotated column\(s\)/);
    expect((JSON.parse(repo.read('gate.sarif')) as Log).runs[0].results).toEqual([]);
  });

  it('an incomplete annotation still fails; a side file annotates too; `pii: none` records a reviewed column', async () => {
    const repo = migrationsRepo().write('db/migrations/003.sql', "COMMENT ON COLUMN users.id_card_no IS 'pii: cn.resident_id; purpose: kyc';\n");
    const r = await repo.run('gate', '--migrations', 'db/migrations/*.sql');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/annotation \(comment\) incomplete: the annotation states no `retention:`/);
    repo.write(
      'db/migrations/piiscan-annotations.yaml',
      'users.id_card_no: "pii: cn.resident_id; purpose: kyc; retention: 5y"\npublic.users.手机号: { pii: phone, purpose: support, retention: 2y }\n',
    );
    // The comment wins over the side file, and it is incomplete.
    expect((await repo.run('gate', '--migrations', 'db/migrations/*.sql')).exitCode).toBe(1);
    repo.write('db/migrations/003.sql', "COMMENT ON COLUMN users.id_card_no IS NULL;\n");
    const ok = await repo.run('gate', '--migrations', 'db/migrations/*.sql');
    expect(ok.exitCode, ok.stderr).toBe(0);
    repo.write('db/migrations/piiscan-annotations.yaml', 'users: oops\n');
    expect((await repo.run('gate', '--migrations', 'db/migrations/*.sql')).exitCode).toBe(2);
  });

  it('a migration that cannot be parsed fails closed with file:line, never exit 0', async () => {
    const repo = migrationsRepo().write('db/migrations/004_broken.sql', 'ALTER TABLE users\n  ADD COLUMN note text,,\n;\n');
    const annotateAll = "COMMENT ON COLUMN users.id_card_no IS 'pii: cn.resident_id; purpose: kyc; retention: 5y';\nCOMMENT ON COLUMN users.\"手机号\" IS 'pii: phone; purpose: x; retention: 1y';\n";
    repo.write('db/migrations/003_annotate.sql', annotateAll);
    const r = await repo.run('gate', '--migrations', 'db/migrations/*.sql', '--format', 'json');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/error: db\/migrations\/004_broken\.sql:2:24: cannot parse \(postgres\): syntax error at or near ","/);
    const report = JSON.parse(r.stdout) as GateReport;
    expectValidReport(report);
    expect(report.scan.errors[0]).toMatchObject({ code: 'MIGRATION_PARSE', asset: 'db/migrations/004_broken.sql' });
    expect(report.gate).toMatchObject({ passed: false, violations: 0, errors: 1 });
    expect((await repo.run('gate', '--migrations', 'db/migrations/*.sql', '--dialect', 'mysql')).exitCode).toBe(1);
    expect((await repo.run('gate', '--migrations', 'db/none/*.sql')).exitCode).toBe(2);
  });

  it('baselines a column by the fingerprint of table.column; --changed-since judges only the changed migrations', async () => {
    const repo = migrationsRepo();
    expect((await repo.run('baseline', 'create', '--migrations', 'db/migrations/*.sql', '--reason', 'legacy KYC')).exitCode).toBe(0);
    const b = JSON.parse(repo.read('.piiscan/baseline.json')) as Baseline;
    expect(b.entries.map((e) => [e.detector, e.asset, e.column])).toEqual([
      ['cn.resident_id', 'public.users', 'users.id_card_no'],
      ['phone', 'public.users', 'users.手机号'],
    ]);
    expect((await repo.run('gate', '--migrations', 'db/migrations/*.sql')).exitCode).toBe(0);
    repo.commit('baseline');

    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('db/migrations/005_contact.sql', 'ALTER TABLE users ADD COLUMN contact_email text;\nALTER TABLE users ADD COLUMN shoe_size int;\n').commit('contact');
    const r = await repo.run('gate', '--migrations', 'db/migrations/*.sql', '--changed-since', 'main', '--format', 'json', '--baseline', 'none.json');
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as GateReport;
    expect(report.findings.map((f) => [f.detector, f.snippet])).toEqual([['email', 'users.contact_email']]);
  });

  it('reads MySQL inline comments as annotations', async () => {
    const repo = new TempRepo().write(
      'sql/V1__users.sql',
      "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  id_card_no varchar(18) COMMENT 'pii: cn.resident_id; purpose: kyc; retention: 5y',\n  `手机号` varchar(20) COMMENT '手机号码'\n) ENGINE=InnoDB;\n",
    );
    const r = await repo.run('gate', '--migrations', 'sql/*.sql', '--dialect', 'mysql');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/sql\/V1__users\.sql:4:3 {2}phone/);
    expect(r.stderr).not.toMatch(/id_card_no/);
  });
});

describe('allowlists and inline markers behind the gate', () => {
  it('suppresses marked lines and allowlisted values, counts them, and skips paths allowlisted whole', async () => {
    const repo = repoWithPii()
      .write('data/customers.txt', `客户资料\n联系邮箱 ${EMAIL} # piiscan:allow(email)\n身份证号：${RESIDENT_ID}\n`)
      .write('fixtures/sample.txt', `${EMAIL2}\n`)
      .write('piiscan.yaml', `allowlists:\n  - paths: ['fixtures/**']\n  - detectors: ['cn.*']\n    regexes: ['^4403']\n`);
    const r = await repo.run('scan', '.', '--format', 'json');
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as GateReport;
    expect(report.findings).toEqual([]);
    expect(report.scan.stats.allowed).toBe(2);
    expect(report.scan.skipped).toContainEqual({ path: 'fixtures/sample.txt', reason: 'allowlisted' });
    const g = await repo.run('gate', '.');
    expect(g.exitCode).toBe(0);
    expect(g.stderr).toMatch(/2 allowlisted or marked piiscan:allow/);
  });
});

describe('gate output formats', () => {
  it('renders the violations in any report format (markdown for a pull-request comment); --changed-since alone means the work tree', async () => {
    const repo = repoWithPii();
    const md = await repo.run('gate', '.', '--format', 'markdown');
    expect(md.exitCode).toBe(1);
    expect(md.stdout).toMatch(/^## piiscan: 2 finding\(s\)/);
    expect(md.stdout).not.toContain(EMAIL);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('new.txt', `${EMAIL2}\n`);
    const r = await repo.run('gate', '--changed-since', 'main', '--format', 'json');
    expect(r.exitCode).toBe(1);
    expect((JSON.parse(r.stdout) as GateReport).findings.map((f) => f.location.kind === 'file' && f.location.path)).toEqual(['new.txt']);
  });
});
