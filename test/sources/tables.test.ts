import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import type { AssetColumn, ScanReport } from '../../src/types.js';
import { ROOT } from '../helpers/detector-modules.js';

const run = (targets: string[]) => scan(targets, { cwd: ROOT, fingerprintKey: 'k', showValues: true });
const cols = (r: ScanReport, match: (a: ScanReport['assets'][number]) => boolean) =>
  (r.assets.find(match)?.columns ?? []).map((c: AssetColumn) => `${c.name}:${c.detector}:${c.protection}:${c.matched}/${c.sampled}`);

describe('table files in scan()', () => {
  it('classifies CSV columns from their values and reports cell findings at the row a person sees', async () => {
    const r = await run(['fixtures/tables/customers.csv']);
    expect(cols(r, () => true)).toEqual([
      'full_name:person_name:plain:6/6',
      'email:email:plain:6/6',
      'phone:phone:plain:6/6',
      'card_number:credit_card:plain:6/6',
      'date_of_birth:date_of_birth:plain:6/6',
      'address:postal_address:plain:6/6',
    ]);
    const first = r.findings.find((f) => f.detector === 'email')!;
    expect(first.location).toEqual({ kind: 'cell', path: 'fixtures/tables/customers.csv', row: 2, column: 'email', columnIndex: 3 });
    expect(r.assets[0]).toMatchObject({ kind: 'file', records: 6 });
    expect(r.assets[0].cooccurrence?.[0].records).toBe(6);
  });

  it('classifies the columns under a header that title rows push down (a GBK roster export)', async () => {
    const rows = [
      '2023年度员工花名册,,,,,', '制表人：人事部,,,,,', ',,,,,', '序号,姓名,性别,身份证号码,联系电话,家庭住址',
      '1,张伟,男,110101199003074514,13812345678,北京市朝阳区建国路88号',
      '2,李娜,女,310104198811236026,13987654321,上海市徐汇区漕溪北路201号',
      '3,王强,男,440305199506150032,15011112222,广东省深圳市南山区深南大道9999号',
      '4,刘洋,女,51010719921230442X,18622223333,四川省成都市武侯区人民南路四段12号',
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'piiscan-roster-')), 'roster.csv');
    writeFileSync(file, iconv.encode(rows.join('\r\n'), 'gbk'));
    const r = await run([file]);
    expect(cols(r, () => true).map((c) => c.split(':').slice(0, 2).join(':'))).toEqual([
      '姓名:person_name', '性别:gender', '身份证号码:cn.resident_id', '联系电话:phone', '家庭住址:postal_address',
    ]);
  });

  it('takes names in capitals, lower case or `Last, First` from a name column, and not organisations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-names-'));
    writeFileSync(join(dir, 'register.csv'), 'Name,cardholder,full name,contact\n"SMITH, JOHN","García, José",mary johnson,ACME CORP\n"JOHNSON, MARY","Okafor, Fatima",robert brown,GLOBEX LTD\n"BROWN, ROBERT","Smith, John A.",wang xiaoming,INITECH INC\nWANG XIAOMING,"Brown, Robert",li wei,UMBRELLA CORP\n');
    const r = await run([join(dir, 'register.csv')]);
    const byName = new Map(r.assets[0].columns!.map((c) => [c.name, c]));
    for (const name of ['Name', 'cardholder', 'full name']) expect(byName.get(name), name).toMatchObject({ detector: 'person_name', matched: 4, sampled: 4 });
    expect(byName.get('contact')?.matched ?? 0).toBe(0);
  });

  it('classifies a column without a header by its values\' shape when nearly all share it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piiscan-nohead-'));
    const people = ['张伟', '李娜', '王强', '刘洋', '陈静', '杨帆', '赵敏', '周杰', '吴磊', '孙丽'];
    const cities = ['北京', '上海', '广州', '深圳', '成都', '杭州', '南京', '武汉', '重庆', '天津'];
    writeFileSync(join(dir, 'export.csv'), people.map((p, i) => `${p},${i % 2 ? '女' : '男'},${cities[i]},${i % 3 ? 'S' : 'M'}`).join('\n') + '\n');
    const r = await run([join(dir, 'export.csv')]);
    expect(r.assets[0].columns!.map((c) => `${c.name}:${c.detector}`)).toEqual(['column1:person_name', 'column2:gender']);
    expect(r.assets[0].columns![0].evidence).toMatchObject({ steps: [expect.stringContaining('no header: 10/10')] });
  });

  it('reads GBK and UTF-8 Chinese CSVs alike, and drops rival name-only hints', async () => {
    const r = await run(['fixtures/tables/customers-zh.csv', 'fixtures/tables/customers-gbk.csv']);
    const zh = cols(r, (a) => 'path' in a.location && a.location.path.endsWith('customers-zh.csv'));
    const gbk = cols(r, (a) => 'path' in a.location && a.location.path.endsWith('customers-gbk.csv'));
    expect(zh).toEqual(gbk);
    expect(zh).toContain('身份证号:cn.resident_id:plain:8/8');
    expect(zh.some((c) => c.includes('es.dni') || c.includes('sg.nric'))).toBe(false);
  });

  it('reads a Big5 traditional-script export as it reads the simplified one: same columns, same detectors', async () => {
    const r = await run(['fixtures/tables/customers-zh.csv', 'fixtures/tables/customers-big5.csv']);
    const zh = cols(r, (a) => 'path' in a.location && a.location.path.endsWith('customers-zh.csv'));
    const tw = cols(r, (a) => 'path' in a.location && a.location.path.endsWith('customers-big5.csv'));
    // Column names differ in script only; what each column holds and how much of it must not.
    const shape = (c: string[]) => c.map((x) => x.split(':').slice(1).join(':')).sort();
    expect(shape(tw)).toEqual(shape(zh));
    expect(tw).toContain('身份證號:cn.resident_id:plain:8/8');
    expect(tw.some((c) => c.startsWith('姓名:person_name'))).toBe(true);
    expect(tw.some((c) => c.startsWith('地址:postal_address'))).toBe(true);
  });

  it('makes one asset per sheet, with masked and hashed columns known by name', async () => {
    const r = await run(['fixtures/tables/hr.xlsx']);
    expect(r.assets.map((a) => (a.location.kind === 'sheet' ? a.location.sheet : ''))).toEqual(['Employees', 'Payroll', 'Notes']); // workbook order
    const emp = cols(r, (a) => a.location.kind === 'sheet' && a.location.sheet === 'Employees');
    expect(emp).toContain('Mobile:phone:masked:0/3');
    expect(emp).toContain('Password hash:credential.password:hashed:0/3');
    expect(r.findings.some((f) => f.location.kind === 'cell' && f.location.sheet === 'Payroll')).toBe(true);
  });

  it('keeps what it read from broken files and records each fault', async () => {
    const r = await run(['fixtures/broken']);
    expect(r.scan.errors.map((e) => [e.target, e.code])).toEqual([
      ['fixtures/broken/fake.xlsx', 'FORMAT_CORRUPT'],
      ['fixtures/broken/truncated.csv.gz', 'FORMAT_CORRUPT'],
      ['fixtures/broken/truncated.xlsx', 'FORMAT_CORRUPT'],
    ]);
    expect(r.scan.warnings?.map((w) => w.code)).toEqual(expect.arrayContaining(['CSV_RAGGED_ROW', 'CSV_UNTERMINATED_QUOTE']));
    const gz = r.assets.find((a) => 'path' in a.location && a.location.path.endsWith('truncated.csv.gz'))!;
    expect(gz.records).toBeGreaterThan(1000);
    expect(r.scan.stats.rows).toBeGreaterThan(1000);
  });
});
