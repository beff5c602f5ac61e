import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../detectors/index.js';
import { hintedDetectorIds } from '../../src/classify/column-hints.js';
import { ColumnClassifier } from '../../src/classify/column.js';
import { engineFor, resolveDetectors } from '../../src/engine/registry.js';
import { scan } from '../../src/scan.js';
import { ROOT } from '../helpers/detector-modules.js';

/**
 * person_name and postal_address on table columns: a name or address column is classified by its values,
 * with the header opening the keyword gate; look-alike columns (user names, company names) are not.
 */
const engine = engineFor(resolveDetectors(undefined));

function classify(header: string, values: string[]) {
  const c = new ColumnClassifier(engine, header, hintedDetectorIds(header, BUILTIN_DETECTORS), 0.5);
  for (const v of values) c.add(v);
  return c.finish();
}

function expectColumn(header: string, values: string[], detector: string) {
  const r = classify(header, values);
  const mine = r.find((c) => c.detector === detector);
  expect(mine, JSON.stringify(r)).toBeDefined();
  expect(mine!.ratio, JSON.stringify(mine)).toBeGreaterThanOrEqual(0.8);
  expect(mine!.confidence).toBeGreaterThanOrEqual(0.5);
  return r;
}

const ZH_NAMES = ['张三', '李四', '王小明', '欧阳娜娜', '赵六', '司马光', '陈静', '刘德华', '黄晓明', '周杰'];
const EN_NAMES = ['Alice Smith', 'Bob Jones', "Mary-Jane O'Neil", 'José García', 'Carol Test', 'Dan Brown', 'Erin Walsh', 'Frank Li', 'Anna van der Berg', 'Dr Grace Hopper'];
const ZH_ADDRESSES = [
  '北京市东城区示例街1号',
  '上海市徐汇区测试路22号3室',
  '广东省深圳市南山区样例大道3号',
  '四川省成都市武侯区演示巷45号',
  '浙江省杭州市西湖区文三路90号2幢301室',
  '江苏省南京市鼓楼区中山路8号',
  '上海市静安区演示路100弄5号601室',
  '湖北省武汉市洪山区珞喻路1037号',
];
const EN_ADDRESSES = [
  '12 Main St, Springfield',
  '1600 Example Avenue, Springfield',
  'Flat 3, 22 Baker Street, London NW1 6XE',
  '56 Pine Rd, Shelbyville',
  '78 Elm St',
  '90 Cedar Ln, Capital City',
  '350 Fifth Ave, New York, NY 10118',
  '11 Birch Ct, Ogdenville',
];

describe('name and address columns', () => {
  it('classifies a 姓名 column of Chinese names as person_name', () => {
    expectColumn('姓名', ZH_NAMES, 'person_name');
  });

  it('classifies a pinyin-abbreviated xm column (姓名) and a 监护人 column as person_name', () => {
    expectColumn('xm', ZH_NAMES, 'person_name');
    expectColumn('监护人', ZH_NAMES, 'person_name');
    // …but not the guardian's phone column.
    expect(hintedDetectorIds('监护人电话', BUILTIN_DETECTORS)).not.toContain('person_name');
  });

  it('classifies a full_name column of Latin names as person_name', () => {
    expectColumn('full_name', EN_NAMES, 'person_name');
  });

  it('classifies first_name and last_name columns of single words the name lexicons know, in any case', () => {
    expectColumn('first_name', ['Maria', 'JAMES', 'wei', 'Priya', 'Olivia', 'Ahmed', 'Sofia', 'Lucas'], 'person_name');
    expectColumn('last_name', ['Gonzalez', 'OCONNOR', 'zhang', 'Patel', 'Smith', 'Nguyen', 'Müller', 'Kim'], 'person_name');
    // One word is a name only when the lexicons know it: a `name` column of products is not one.
    const products = classify('name', ['Keyboard', 'Monitor', 'Webcam', 'Headset', 'Router', 'Charger']);
    expect(products.find((c) => c.detector === 'person_name')?.matched ?? 0).toBe(0);
  });

  it('classifies a 地址 column of Chinese addresses as postal_address', () => {
    expectColumn('地址', ZH_ADDRESSES, 'postal_address');
  });

  it('classifies an address column of English street addresses as postal_address', () => {
    expectColumn('address', EN_ADDRESSES, 'postal_address');
  });

  it('does not take names for addresses or addresses for names', () => {
    expect(classify('姓名', ZH_NAMES).map((c) => c.detector)).not.toContain('postal_address');
    expect(classify('address', EN_ADDRESSES).map((c) => c.detector)).not.toContain('person_name');
    expect(classify('地址', ZH_ADDRESSES).map((c) => c.detector)).not.toContain('person_name');
  });

  it('classifies username and company_name columns as nothing', () => {
    expect(hintedDetectorIds('username', BUILTIN_DETECTORS)).not.toContain('person_name');
    expect(hintedDetectorIds('company_name', BUILTIN_DETECTORS)).not.toContain('person_name');
    expect(hintedDetectorIds('ip_address', BUILTIN_DETECTORS)).not.toContain('postal_address');
    expect(classify('username', ['alice01', 'bob_j', 'carol.t', 'dan99', 'erin_w'])).toEqual([]);
    expect(classify('company_name', ['ACME Ltd', 'Example GmbH', 'Initech Inc.', 'Globex Corporation', 'Umbrella Holdings'])).toEqual([]);
  });
});

describe('table fixtures', () => {
  it('classifies the name and address columns of customers.csv and customers-zh.csv', async () => {
    const report = await scan(['fixtures/tables/customers.csv', 'fixtures/tables/customers-zh.csv'], { cwd: ROOT, fingerprintKey: 'k' });
    const columns = (path: string) => report.assets.find((a) => a.location.kind === 'file' && a.location.path === path)?.columns ?? [];
    const en = columns('fixtures/tables/customers.csv');
    expect(en.find((c) => c.name === 'full_name' && c.detector === 'person_name')).toMatchObject({ matched: 6, sampled: 6, nameHint: true });
    expect(en.find((c) => c.name === 'address' && c.detector === 'postal_address')).toMatchObject({ matched: 6, sampled: 6, nameHint: true });
    expect(en.filter((c) => c.name === 'notes').map((c) => c.detector)).not.toContain('person_name');
    const zh = columns('fixtures/tables/customers-zh.csv');
    expect(zh.find((c) => c.name === '姓名' && c.detector === 'person_name')).toMatchObject({ nameHint: true, ratio: 1 });
    expect(zh.find((c) => c.name === '地址' && c.detector === 'postal_address')).toMatchObject({ nameHint: true, ratio: 1 });
    expect(report.findings.filter((f) => f.detector === 'person_name').length).toBeGreaterThanOrEqual(10);
  });
});
