import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mod11_2CheckChar } from '../../../detectors/_lib/iso7064.js';
import { mod97_10Valid } from '../../../detectors/_lib/iso7064.js';
import { luhnValid } from '../../../detectors/_lib/luhn.js';

/**
 * The table fixtures (fixtures/tables, fixtures/broken): their data and how they are made.
 * Every value is synthetic: example.com addresses, 555-01xx numbers, published test card numbers,
 * documentation IBANs and IPs, and resident ids with a valid GB 11643 check character for dates
 * and regions that belong to no one in particular. scripts/make-table-fixtures.ts writes them;
 * the tests read the committed files and compare with the data here.
 */

/** A GB 11643 resident id with its MOD 11-2 check character. */
export function residentId(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`;
  return body + mod11_2CheckChar(body);
}

function assert(ok: boolean, what: string): void {
  if (!ok) throw new Error(`fixture data: ${what}`);
}

export const CUSTOMERS_HEADER = ['customer_id', 'full_name', 'email', 'phone', 'card_number', 'date_of_birth', 'address', 'notes'];
/** Row 3's address spans two lines (a quoted field), so rows after it start one line later. */
export const CUSTOMERS: string[][] = [
  ['1001', 'Alice Example', 'alice.example@example.com', '(202) 555-0101', '4111111111111111', '1985-03-14', '12 Main St, Springfield', 'prefers email'],
  ['1002', 'Bob Sample', 'bob.sample@example.com', '(202) 555-0102', '5555555555554444', '1990-07-01', '34 Oak Ave\nApt 5, Springfield', 'call after 5pm, "urgent" only'],
  ['1003', 'Carol Test', 'carol.test@example.com', '(202) 555-0103', '378282246310005', '1978-11-30', '56 Pine Rd, Shelbyville', ''],
  ['1004', 'Dan Placeholder', 'dan.placeholder@example.com', '(202) 555-0104', '6011111111111117', '2001-01-09', '78 Elm St, Springfield', 'VIP'],
  ['1005', 'Erin Dummy', 'erin.dummy@example.com', '(202) 555-0105', '3530111333300000', '1969-05-21', '90 Cedar Ln, Capital City', 'no marketing'],
  ['1006', 'Frank Fiction', 'frank.fiction@example.com', '(202) 555-0106', '4012888888881881', '1995-12-25', '11 Birch Ct, Ogdenville', ''],
];
/** Line where each customer record starts in customers.csv (header = line 1). */
export const CUSTOMER_ROWS = [2, 3, 5, 6, 7, 8];

export const CUSTOMERS_ZH_HEADER = ['身份证号', '手机号', '姓名', '地址', '邮箱'];
export const CUSTOMERS_ZH: string[][] = [
  [residentId('110101', '19900307', '123'), '13800138000', '张三', '北京市东城区示例街1号', 'zhangsan@example.com'],
  [residentId('310104', '19851112', '234'), '13800138001', '李四', '上海市徐汇区测试路22号', 'lisi@example.com'],
  [residentId('440305', '20000101', '345'), '13800138002', '王五', '广东省深圳市南山区样例大道3号', 'wangwu@example.com'],
  [residentId('510107', '19780615', '456'), '13800138003', '赵六', '四川省成都市武侯区演示巷45号', 'zhaoliu@example.com'],
  [residentId('330106', '19921220', '567'), '13800138004', '陈七', '浙江省杭州市西湖区虚构街6号', 'chenqi@example.com'],
  [residentId('420102', '19880808', '678'), '13800138005', '刘八', '湖北省武汉市江岸区模拟路78号', 'liuba@example.com'],
  [residentId('610113', '19751003', '789'), '13800138006', '孙九', '陕西省西安市雁塔区假设街9号', 'sunjiu@example.com'],
  [residentId('500103', '19990418', '890'), '13800138007', '周十', '重庆市渝中区样本路10号', 'zhoushi@example.com'],
];

/** The same customers as Hong Kong and Taiwan write them: traditional script, Big5 (Excel's export there). */
export const CUSTOMERS_TW_HEADER = ['身份證號', '手機號碼', '姓名', '地址', '電郵'];
const TW_NAMES_ADDRESSES: [string, string][] = [
  ['張三', '北京市東城區示例街1號'],
  ['李四', '上海市徐匯區測試路22號'],
  ['王五', '廣東省深圳市南山區樣例大道3號'],
  ['趙六', '四川省成都市武侯區演示巷45號'],
  ['陳七', '浙江省杭州市西湖區虛構街6號'],
  ['劉八', '湖北省武漢市江岸區模擬路78號'],
  ['孫九', '陝西省西安市雁塔區假設街9號'],
  ['周十', '重慶市渝中區樣本路10號'],
];
export const CUSTOMERS_TW: string[][] = CUSTOMERS_ZH.map((r, i) => [r[0], r[1], TW_NAMES_ADDRESSES[i][0], TW_NAMES_ADDRESSES[i][1], r[4]]);

/** RFC 4180 field quoting. */
function csvField(v: string, delimiter: string): string {
  return /["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v;
}
export function toCsv(rows: string[][], delimiter = ',', eol = '\n'): string {
  return rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter)).join(eol) + eol;
}

export const EVENTS = [
  { ts: '2024-05-01T10:00:00Z', event: 'login', user: { id: 'u1001', email: 'alice.example@example.com' }, ip: '192.0.2.10' },
  { ts: '2024-05-01T10:05:00Z', event: 'purchase', user: { id: 'u1002', email: 'bob.sample@example.com' }, payment: { card: '4111111111111111', amount: 19.99 } },
  { ts: '2024-05-01T10:07:00Z', event: 'profile_update', user: { id: 'u1003', email: 'carol.test@example.com', phone: '+1 202-555-0103' }, changes: ['phone', 'address'] },
  { ts: '2024-05-01T11:00:00Z', event: 'support_ticket', user: { id: 'u1004' }, message: 'Please call me on (202) 555-0104', vip: true, score: null },
];

export const ORDERS = {
  exportedAt: '2024-06-30T23:59:59Z',
  source: 'synthetic fixture',
  orders: [
    {
      id: 'SO-1001',
      customer: { name: 'Alice Example', contact: { email: 'alice.example@example.com', phone: '(202) 555-0101' } },
      items: [
        { sku: 'BK-1', qty: 2, price: 12.5 },
        { sku: 'PN-7', qty: 1, price: 3 },
      ],
      payment: { card: '4111111111111111', iban: 'DE89370400440532013000' },
    },
    {
      id: 'SO-1002',
      customer: { name: 'Bob Sample', contact: { email: 'bob.sample@example.com' } },
      items: [{ sku: 'MG-3', qty: 1, price: 99.9 }],
      payment: { card: '5555555555554444' },
      gift: true,
    },
  ],
};

export const HR_EMPLOYEES_HEADER = ['Employee ID', 'Name', 'Email', 'Mobile', 'Hire date', 'Monthly salary', 'Annual salary', 'Password hash'];
/** bcrypt-shaped strings (cost 10, 53 characters after the prefix) made for this fixture: no password behind them. */
export const HR_EMPLOYEES: { id: string; name: string; email: string; mobile: string; hired: Date; monthly: number; hash: string }[] = [
  { id: 'E-0001', name: 'Alice Example', email: 'alice.example@example.com', mobile: '138****5678', hired: new Date(Date.UTC(2019, 2, 4)), monthly: 5200.5, hash: '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy' },
  { id: 'E-0002', name: 'Bob Sample', email: 'bob.sample@example.com', mobile: '139****1234', hired: new Date(Date.UTC(2021, 10, 15)), monthly: 4800, hash: '$2b$10$abcdefghijklmnopqrstuu5H2rR5oYb1t6jB7nK0E9mYw3xq8uQ2a' },
  { id: 'E-0003', name: 'Carol Test', email: 'carol.test@example.com', mobile: '137****0000', hired: new Date(Date.UTC(2023, 0, 2)), monthly: 6100.25, hash: '$2b$10$zyxwvutsrqponmlkjihgfeWq3n6C0s9dK2LrT5pQ8vX1yZ4aB7cD6' },
];
export const HR_PAYROLL_HEADER = ['Employee ID', 'IBAN', 'Bank card', 'Amount', 'Paid at'];
export const HR_PAYROLL = [
  { id: 'E-0001', iban: 'GB82WEST12345698765432', card: '4111111111111111', amount: 5200.5, paid: new Date(Date.UTC(2024, 4, 31, 17, 30)) },
  { id: 'E-0002', iban: 'DE89370400440532013000', card: '5555555555554444', amount: 4800, paid: new Date(Date.UTC(2024, 4, 31, 17, 31)) },
];

function checkData(): void {
  for (const c of CUSTOMERS) assert(luhnValid(c[4]), `card ${c[4]}`);
  for (const p of HR_PAYROLL) assert(mod97_10Valid(p.iban.slice(4) + p.iban.slice(0, 4)), `iban ${p.iban}`);
  for (const e of HR_EMPLOYEES) assert(/^\$2b\$10\$[./A-Za-z0-9]{53}$/.test(e.hash), `bcrypt shape ${e.hash}`);
}

async function writeHrXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'piiscan fixtures';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;

  const emp = wb.addWorksheet('Employees');
  emp.addRow(['ACME Corp employee register (synthetic data)']);
  emp.mergeCells('A1:H1');
  emp.addRow([]); // row 2 left empty between the title and the header
  emp.getRow(3).values = HR_EMPLOYEES_HEADER;
  HR_EMPLOYEES.forEach((e, i) => {
    const r = 4 + i;
    emp.getRow(r).values = [e.id, e.name, { text: e.email, hyperlink: `mailto:${e.email}` }, e.mobile, e.hired, e.monthly, { formula: `F${r}*12`, result: e.monthly * 12 }, e.hash];
    emp.getCell(`E${r}`).numFmt = 'yyyy-mm-dd';
  });
  // A rich-text note under the table, in the Name column.
  emp.getRow(8).values = ['E-0004', { richText: [{ text: 'Dan ' }, { text: 'Placeholder', font: { bold: true } }] }, 'dan.placeholder@example.com', null, 1, 0.1 + 0.2, { formula: 'F8*12', result: { error: '#VALUE!' } }];
  emp.getCell('E8').numFmt = 'yyyy-mm-dd';

  const pay = wb.addWorksheet('Payroll');
  pay.addRow(HR_PAYROLL_HEADER);
  HR_PAYROLL.forEach((p, i) => {
    pay.addRow([p.id, p.iban, p.card, p.amount, p.paid]);
    pay.getCell(`E${i + 2}`).numFmt = 'yyyy-mm-dd hh:mm';
  });
  pay.addRow(['Total', null, null, { formula: 'SUM(D2:D3)', result: HR_PAYROLL.reduce((s, p) => s + p.amount, 0) }]);

  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Reminder: send the contract to alice.example@example.com before Friday.']);
  notes.addRow(['Bob asked to update his phone to (202) 555-0102.']);
  // Excel's 1900 leap-year bug: serial 59 is 1900-02-28, 60 the phantom 1900-02-29, 61 is 1900-03-01.
  for (const [k, serial] of [59, 60, 61].entries()) {
    notes.addRow([serial]);
    notes.getCell(`A${3 + k}`).numFmt = 'yyyy-mm-dd';
  }

  await wb.xlsx.writeFile(path);
}

/** A CSV large enough that a cut .gz still holds many complete rows. */
export function longCsv(rows: number): string {
  const lines = ['id,email,phone'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},user${i}@example.com,(202) 555-01${String(i % 100).padStart(2, '0')}`);
  return lines.join('\n') + '\n';
}

export const RAGGED_CSV = 'id,name,email,phone\n1,Alice Example,alice.example@example.com,(202) 555-0101\n2,Bob Sample,bob.sample@example.com\n3,Carol Test,carol.test@example.com,(202) 555-0103,extra-field\n4,Dan Placeholder,dan.placeholder@example.com,(202) 555-0104,,\n';
export const UNTERMINATED_QUOTE_CSV = 'id,name,email\n1,Alice Example,alice.example@example.com\n2,"Bob Sample,bob.sample@example.com\n3,Carol Test,carol.test@example.com\n4,Dan Placeholder,dan.placeholder@example.com\n';

/** Write every table fixture under `root` (the repository). */
export async function makeTableFixtures(root: string): Promise<string[]> {
  checkData();
  const tables = join(root, 'fixtures/tables');
  const broken = join(root, 'fixtures/broken');
  mkdirSync(tables, { recursive: true });
  mkdirSync(broken, { recursive: true });
  const written: string[] = [];
  const put = (path: string, data: string | Buffer) => {
    writeFileSync(path, data);
    written.push(path);
  };

  const customers = toCsv([CUSTOMERS_HEADER, ...CUSTOMERS]);
  put(join(tables, 'customers.csv'), customers);
  const zh = toCsv([CUSTOMERS_ZH_HEADER, ...CUSTOMERS_ZH]);
  put(join(tables, 'customers-zh.csv'), zh);
  // Excel's "CSV" export on a Chinese-locale Windows: GBK and CRLF.
  put(join(tables, 'customers-gbk.csv'), iconv.encode(toCsv([CUSTOMERS_ZH_HEADER, ...CUSTOMERS_ZH], ',', '\r\n'), 'gbk'));
  // Excel's "CSV" export on a Hong Kong or Taiwan Windows: Big5, traditional script, CRLF.
  put(join(tables, 'customers-big5.csv'), iconv.encode(toCsv([CUSTOMERS_TW_HEADER, ...CUSTOMERS_TW], ',', '\r\n'), 'big5'));
  // Excel's "Unicode text" export: UTF-16LE with a BOM, tab-separated, CRLF.
  put(join(tables, 'export-utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toCsv([CUSTOMERS_HEADER, ...CUSTOMERS], '\t', '\r\n'), 'utf16le')]));
  put(join(tables, 'events.ndjson'), EVENTS.map((e) => JSON.stringify(e)).join('\n') + '\n');
  put(join(tables, 'orders.json'), JSON.stringify(ORDERS, null, 2) + '\n');
  // mtime 0 and no name in the gzip header: the bytes depend on the content only.
  put(join(tables, 'customers.csv.gz'), gzipSync(customers, { level: 9 }));
  await writeHrXlsx(join(tables, 'hr.xlsx'));
  written.push(join(tables, 'hr.xlsx'));

  const xlsx = readFileSync(join(tables, 'hr.xlsx'));
  put(join(broken, 'truncated.xlsx'), xlsx.subarray(0, Math.floor(xlsx.length * 0.6)));
  put(join(broken, 'fake.xlsx'), 'This is a text file with an .xlsx name.\nname,email\nAlice Example,alice.example@example.com\n');
  const gz = gzipSync(longCsv(5000), { level: 6 });
  put(join(broken, 'truncated.csv.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
  put(join(broken, 'ragged.csv'), RAGGED_CSV);
  put(join(broken, 'unterminated-quote.csv'), UNTERMINATED_QUOTE_CSV);
  return written;
}
