/**
 * Look-alikes: values that share a shape with PII (digit runs, dotted quads, all-caps codes, dashed groups)
 * but are not personal data. Each generator returns a `Dist`, so the documents count them and the error
 * listings can say which kind of distractor a false positive came from.
 */
import { luhnCheckDigit } from '../../detectors/_lib/luhn.js';
import { dist, type Dist } from './doc.js';
import type { Rng } from './prng.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HEX = '0123456789abcdef';

function ymd(r: Rng): [number, number, number] {
  return [r.int(2016, 2025), r.int(1, 12), r.int(1, 28)];
}

export function date(r: Rng): Dist {
  const [y, m, d] = ymd(r);
  return dist(
    'date',
    r.weighted<string>([
      [3, `${y}-${pad(m)}-${pad(d)}`],
      [3, `${pad(m)}/${pad(d)}/${y}`],
      [2, `${m}/${d}/${String(y).slice(2)}`],
      [2, `${pad(d)}.${pad(m)}.${y}`],
      [2, `${MONTHS[m - 1]} ${d}, ${y}`],
      [2, `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`],
      [1, `${DAYS[r.int(0, 6)]}, ${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`],
      [1, `${y}/${pad(m)}/${pad(d)}`],
      [1, `${pad(d)}-${MONTHS[m - 1].slice(0, 3)}-${y}`],
      [1, `${y}${pad(m)}${pad(d)}`],
      [1, `Q${r.int(1, 4)} ${y}`],
    ]),
  );
}

export function time(r: Rng): Dist {
  const h = r.int(0, 23);
  const mi = r.int(0, 59);
  return dist(
    'time',
    r.weighted<string>([
      [3, `${pad(h)}:${pad(mi)}`],
      [2, `${pad(h)}:${pad(mi)}:${pad(r.int(0, 59))}`],
      [2, `${(h % 12) + 1}:${pad(mi)} ${h < 12 ? 'AM' : 'PM'}`],
      [1, `${(h % 12) + 1}${h < 12 ? 'am' : 'pm'}`],
      [1, `${pad(h)}:${pad(mi)}–${pad((h + 1) % 24)}:${pad(mi)}`],
    ]),
  );
}

export function timestamp(r: Rng): Dist {
  const [y, m, d] = ymd(r);
  const t = `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
  return dist(
    'timestamp',
    r.weighted<string>([
      [3, `${y}-${pad(m)}-${pad(d)} ${t}`],
      [3, `${y}-${pad(m)}-${pad(d)}T${t}Z`],
      [2, `${y}-${pad(m)}-${pad(d)}T${t}.${r.digits(3)}+0${r.int(0, 9)}:00`],
      [2, `${r.int(1500000000, 1760000000)}`],
      [1, `${r.int(1500000000, 1760000000)}${r.digits(3)}`],
      [1, `${pad(d)}/${MONTHS[m - 1].slice(0, 3)}/${y}:${t} +0000`],
      [1, `${DAYS[r.int(0, 6)]}, ${pad(d)} ${MONTHS[m - 1].slice(0, 3)} ${y} ${t} ${r.pick(['+0000', '-0500', '+0100', 'GMT'])}`],
    ]),
  );
}

export function money(r: Rng): Dist {
  const n = r.int(1, 99999);
  const c = r.int(0, 99);
  const fmt = (x: number) => x.toLocaleString('en-US');
  return dist(
    'money',
    r.weighted<string>([
      [4, `$${fmt(n)}.${pad(c)}`],
      [2, `USD ${fmt(n * 10)}.00`],
      [2, `€${n.toLocaleString('de-DE')},${pad(c)}`],
      [1, `£${fmt(n)}`],
      [1, `$${(r.int(11, 999) / 10).toFixed(1)} million`],
      [1, `${fmt(r.int(1000, 9999999))} EUR`],
      [1, `CAD ${fmt(n)}.${pad(c)}`],
      [1, `$${fmt(r.int(1_000_000, 999_999_999))}`],
    ]),
  );
}

export function percent(r: Rng): Dist {
  return dist('percent', r.weighted<string>([[3, `${r.int(1, 99)}.${r.int(0, 9)}%`], [2, `${r.int(1, 100)}%`], [1, `${r.int(1, 30)} percent`]]));
}

/** Software versions, including four-part ones that look like IPv4 addresses. */
export function version(r: Rng): Dist {
  return dist(
    'version',
    r.weighted<string>([
      [3, `${r.int(0, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`],
      [2, `v${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`],
      [3, `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}`],
      [1, `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1000, 9999)}`],
      [1, `10.0.${r.int(10000, 22631)}.${r.int(100, 4000)}`],
      [1, `${r.int(90, 130)}.0.${r.int(4000, 6999)}.${r.int(10, 250)}`],
      [1, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`],
    ]),
  );
}

export function buildId(r: Rng): Dist {
  return dist(
    'build',
    r.weighted<string>([
      [2, `${r.int(2019, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${r.int(1, 9)}`],
      [2, `#${r.int(1000, 99999)}`],
      [1, `${r.chars(7, HEX)}`],
      [1, `b${r.digits(7)}`],
      [1, `${r.int(2019, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${pad(r.int(0, 23))}${pad(r.int(0, 59))}`],
    ]),
  );
}

/** Order numbers: prefixed codes and long bare digit runs (the shape of phones, SSNs and cards). */
export function orderNo(r: Rng): Dist {
  return dist(
    'order',
    r.weighted<string>([
      [2, `ORD-${r.int(2019, 2025)}-${r.digits(6)}`],
      [2, `${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`],
      [2, r.int(1, 9) + r.digits(8)],
      [2, r.int(1, 9) + r.digits(9)],
      [1, `45${r.digits(8)}`],
      [1, `SO-${r.digits(6)}`],
      [1, `#${r.int(1, 9)}${r.digits(5)}`],
      [1, r.int(1, 9) + r.digits(11)],
      [1, `W${r.digits(9)}`],
    ]),
  );
}

export function invoiceNo(r: Rng): Dist {
  return dist(
    'invoice',
    r.weighted<string>([
      [3, `INV-${r.digits(8)}`],
      [2, `${r.int(2019, 2025)}-${r.digits(4)}`],
      [2, `${r.int(2019, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(3)}`],
      [1, `INV/${r.int(2019, 2025)}/${r.digits(5)}`],
      [1, r.int(1, 9) + r.digits(6)],
    ]),
  );
}

/** Parcel tracking numbers of the big carriers (UPS 1Z…, FedEx 12/15 digits, USPS 22 digits, Royal Mail S10). */
export function tracking(r: Rng): Dist {
  const usps = `9${r.pick(['400', '205', '300'])}${r.digits(18)}`;
  return dist(
    'tracking',
    r.weighted<string>([
      [3, `1Z${r.chars(6, '0123456789ABCDEFGHJKLMNPRSTUVWXY')}${r.digits(10)}`],
      [2, r.digits(12)],
      [1, `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`],
      [1, r.int(1, 9) + r.digits(14)],
      [2, usps.replace(/([0-9]{4})(?=[0-9])/g, '$1 ')],
      [1, usps],
      [1, `${r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${r.digits(9)}GB`],
      [1, r.int(1, 9) + r.digits(9)],
    ]),
  );
}

export function reference(r: Rng): Dist {
  return dist(
    'reference',
    r.weighted<string>([
      [2, `REF-${r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`],
      [2, `${r.digits(8)}`],
      [2, `#${r.int(10000, 999999)}`],
      [1, `${r.int(2019, 2025)}-CL-${r.digits(5)}`],
      [1, `${r.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(6)}`],
      [1, `${r.int(1, 9)}:${r.int(20, 25)}-cv-${r.digits(5)}`],
      [1, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`],
    ]),
  );
}

function isbn13(r: Rng): string {
  const body = `978${r.digits(9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

export function isbn(r: Rng): Dist {
  const i = isbn13(r);
  return dist('isbn', r.weighted<string>([[2, `${i.slice(0, 3)}-${i.slice(3, 4)}-${i.slice(4, 7)}-${i.slice(7, 12)}-${i.slice(12)}`], [1, i], [1, `${i.slice(0, 3)}-${i.slice(3, 5)}-${i.slice(5, 9)}-${i.slice(9, 12)}-${i.slice(12)}`]]));
}

export function zip(r: Rng): Dist {
  return dist('zip', r.weighted<string>([[2, `${r.int(10000, 99999)}-${r.digits(4)}`], [2, String(r.int(10000, 99999))]]));
}

function ean13(r: Rng, prefix = ''): string {
  const body = prefix + r.digits(12 - prefix.length);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

export function productCode(r: Rng): Dist {
  return dist(
    'product',
    r.weighted<string>([
      [2, `SKU-${r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${r.digits(4)}`],
      [2, ean13(r, r.pick(['40', '50', '00', '03', '76', '87']))],
      [1, r.digits(12)],
      [1, `${r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${r.digits(4)}${r.chars(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`],
      [1, `${r.digits(2)}-${r.digits(4)}-${r.digits(2)}`],
      [1, `P/N ${r.digits(3)}-${r.digits(5)}-${r.digits(3)}`],
    ]),
  );
}

export function uuid(r: Rng): Dist {
  const h = (n: number) => r.chars(n, HEX);
  const u = `${h(8)}-${h(4)}-4${h(3)}-${r.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
  return dist('uuid', r.chance(0.2) ? u.toUpperCase() : u);
}

export function hash(r: Rng): Dist {
  return dist('hash', r.weighted<string>([[2, r.chars(40, HEX)], [2, r.chars(64, HEX)], [1, r.chars(32, HEX)], [2, r.chars(7, HEX)], [1, `sha256:${r.chars(64, HEX)}`]]));
}

export function extension(r: Rng): Dist {
  return dist('extension', r.weighted<string>([[2, `ext. ${r.int(100, 9999)}`], [2, `x${r.int(100, 9999)}`], [1, `extension ${r.int(100, 999)}`], [1, `Ext ${r.int(10, 99)}`]]));
}

export function oid(r: Rng): Dist {
  return dist(
    'oid',
    r.pick(['1.3.6.1.4.1.311.21.20', '2.5.4.3', '1.2.840.113549.1.1.11', '1.3.6.1.2.1.1.3.0', '2.16.840.1.101.3.4.2.1', '1.3.6.1.5.5.7.3.1', `1.3.6.1.4.1.${r.int(1000, 60000)}.${r.int(1, 9)}.${r.int(1, 9)}`, '2.5.29.17']),
  );
}

export function port(r: Rng): Dist {
  return dist('port', String(r.pick([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9000, 9200, 27017, 5672, 11211, 3000, 5000])));
}

export function temperature(r: Rng): Dist {
  return dist('temperature', r.weighted<string>([[2, `${r.int(-10, 40)}°C`], [2, `${r.int(20, 105)}°F`], [1, `${r.int(-5, 35)}.${r.int(0, 9)} °C`], [1, `${r.int(0, 40)} degrees`]]));
}

/** A place's coordinates in prose: a city or landmark, not a person's position (2-4 decimals). */
export function coordinates(r: Rng): Dist {
  const lat = (r.int(-6000, 6000) / 100).toFixed(r.pick([2, 2, 4]));
  const lon = (r.int(-17000, 17000) / 100).toFixed(r.pick([2, 2, 4]));
  const alat = Math.abs(+lat).toFixed(2);
  const alon = Math.abs(+lon).toFixed(2);
  return dist('coordinates', r.weighted<string>([[2, `${alat}° ${+lat >= 0 ? 'N' : 'S'}, ${alon}° ${+lon >= 0 ? 'E' : 'W'}`], [1, `${alat}°${+lat >= 0 ? 'N' : 'S'} ${alon}°${+lon >= 0 ? 'E' : 'W'}`]]));
}

const CAPS = [
  'URGENT', 'IMPORTANT', 'DOCUMENT', 'CONFIDENTIAL', 'ATTENTION', 'REMINDER', 'SHIPMENT', 'DELIVERY', 'OVERDUE',
  'STATEMENT', 'APPROVED', 'PENDING', 'RECEIVED', 'CUSTOMER', 'TERMINATED', 'FINALISED', 'HOSPITAL', 'PASSWORD',
  'DATABASE', 'SETTINGS', 'MAINTENANCE', 'COMPLIANCE', 'CANCELLED', 'DISCLAIMER', 'AGREEMENT', 'SIGNATURE',
  'REMITTANCE', 'GUARANTEE', 'MARKETING', 'SECURITY', 'CHECKLIST', 'ENDORSEMENT', 'NOTIFICATION', 'CONTINENTAL',
  'TRANSFERRED', 'PROCESSING', 'WAREHOUSE', 'TRANSACTION', 'ELECTRONIC', 'BENEFICIARY', 'DIRECTORS', 'FEBRUARY',
  'DECEMBER', 'SATURDAY', 'PRESIDENT', 'OPERATIONS', 'INVENTORY', 'SHIPPING', 'TRAINING', 'BUSINESS', 'FINANCE',
];

export function caps(r: Rng): Dist {
  return dist('caps', r.pick(CAPS));
}

export function lastFour(r: Rng): Dist {
  const d = r.digits(4);
  return dist('masked', r.weighted<string>([[2, `ending in ${d}`], [1, `**** **** **** ${d}`], [1, `XXXX-XXXX-XXXX-${d}`], [1, `***-**-${d}`], [1, `xxx-xx-${d}`]]));
}

export function measurement(r: Rng): Dist {
  return dist('measurement', r.weighted<string>([[1, `${r.int(1, 9999).toLocaleString('en-US')} kg`], [1, `${r.int(1, 512)} GB`], [1, `${r.pick(['1920x1080', '2560x1440', '3840x2160', '1280x720'])}`], [1, `${r.int(100, 9999)} ms`], [1, `${r.int(1, 999)} mi`]]));
}

/** 12-digit cloud account ids and similar bare ids found in configs. */
export function accountId(r: Rng): Dist {
  return dist('account-id', r.weighted<string>([[2, r.int(1, 9) + r.digits(11)], [1, `acct_${r.chars(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`], [1, r.int(1, 9) + r.digits(7)]]));
}

/** A number with a valid Luhn check that is not a card: gift-card, loyalty and SIM serials. */
export function luhnSerial(r: Rng): Dist {
  const body = r.pick(['89', '70', '10', '80', '99']) + r.digits(r.pick([13, 16, 17]));
  return dist('luhn-serial', body + luhnCheckDigit(body));
}

export function serial(r: Rng): Dist {
  return dist('serial', r.weighted<string>([[2, r.chars(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')], [1, `${r.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(7)}${r.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`], [1, `${r.chars(5, 'BCDFGHJKMPQRTVWXY2346789')}-${r.chars(5, 'BCDFGHJKMPQRTVWXY2346789')}-${r.chars(5, 'BCDFGHJKMPQRTVWXY2346789')}-${r.chars(5, 'BCDFGHJKMPQRTVWXY2346789')}`]]));
}

/** US numbers in the SSN's neighbourhood: EIN (2-7), 3-2-3 case numbers, 3-3-4-2 claim numbers. */
export function usTaxLike(r: Rng): Dist {
  return dist(
    'us-id-like',
    r.weighted<string>([
      [2, `${r.int(10, 99)}-${r.digits(7)}`],
      [1, `${r.digits(3)}-${r.digits(2)}-${r.digits(3)}`],
      [1, `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}-${r.digits(2)}`],
    ]),
  );
}

/** Mail-system identifiers that contain an @: message ids, SSH remotes, package specs. */
export function atLike(r: Rng): Dist {
  return dist(
    'at-like',
    r.weighted<string>([
      [2, `<${r.chars(16, '0123456789ABCDEF')}.${r.digits(6)}@mail.${r.pick(['example.com', 'contoso.co.uk', 'fabrikam.de'])}>`],
      [1, `<CA${r.chars(r.int(36, 46), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_=-')}@mail.gmail.com>`],
      [1, `ssh://git@git.example.com:2222/ops/${r.pick(['infra', 'deploy', 'api'])}.git`],
      [1, `${r.pick(['react', 'lodash', 'express', 'typescript'])}@${r.int(1, 20)}.${r.int(0, 20)}.${r.int(0, 20)}`],
    ]),
  );
}

export function ukSortCode(r: Rng): Dist {
  return dist('sort-code', `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`);
}

/** Any English distractor, for filler sentences. */
export const EN_DISTRACTORS = [date, time, timestamp, money, percent, version, buildId, orderNo, invoiceNo, tracking, reference, isbn, zip, productCode, uuid, hash, extension, oid, port, temperature, coordinates, caps, lastFour, measurement, accountId, luhnSerial, serial, ukSortCode];

// ───────────────────────────── Chinese ─────────────────────────────

export function dateZh(r: Rng): Dist {
  const [y, m, d] = ymd(r);
  return dist('date', r.weighted<string>([[3, `${y}年${m}月${d}日`], [2, `${y}-${pad(m)}-${pad(d)}`], [1, `${y}/${pad(m)}/${pad(d)}`], [1, `${m}月${d}日`], [1, `${y}.${pad(m)}.${pad(d)}`]]));
}

export function datetimeZh(r: Rng): Dist {
  const [y, m, d] = ymd(r);
  const t = `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
  return dist('timestamp', r.weighted<string>([[3, `${y}-${pad(m)}-${pad(d)} ${t}:${pad(r.int(0, 59))}`], [2, `${y}年${m}月${d}日 ${t}`], [1, `${y}/${pad(m)}/${pad(d)} ${t}`]]));
}

/** 订单号: platform order numbers are long digit runs, often starting with the date. */
export function orderNoZh(r: Rng): Dist {
  const [y, m, d] = ymd(r);
  return dist(
    'order',
    r.weighted<string>([
      [3, `${y}${pad(m)}${pad(d)}${r.digits(r.int(8, 12))}`],
      [3, r.int(1, 9) + r.digits(r.int(16, 18))],
      [1, `${String(y).slice(2)}${pad(m)}${pad(d)}${r.digits(10)}`],
      [1, `DD${r.digits(14)}`],
      [1, r.int(1, 9) + r.digits(10)],
    ]),
  );
}

/** 快递单号 of the big Chinese carriers (顺丰 SF, 圆通 YT, 中通, 韵达, 京东 JD, EMS). */
export function expressNo(r: Rng): Dist {
  return dist(
    'express',
    r.weighted<string>([
      [3, `SF${r.digits(13)}`],
      [2, `YT${r.digits(13)}`],
      [2, `7${r.digits(r.pick([11, 13]))}`],
      [2, `4${r.digits(12)}`],
      [1, `JDV${r.digits(12)}`],
      [1, `E${r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(9)}CN`],
      [1, r.int(1, 9) + r.digits(14)],
    ]),
  );
}

/** 发票号码 (8 digits, or 20 for 全电发票) and 发票代码 (10-12 digits). */
export function invoiceZh(r: Rng): Dist {
  return dist('invoice', r.weighted<string>([[3, r.digits(8)], [2, `${r.int(21, 25)}${r.pick(['11', '31', '44', '32', '33'])}2000000${r.digits(9)}`], [2, `0${r.pick(['44', '11', '31', '32'])}0${r.digits(8)}`], [1, `${r.pick(['11', '31', '44'])}00${r.digits(6)}`]]));
}

export function moneyZh(r: Rng): Dist {
  const n = r.int(1, 99999);
  return dist('money', r.weighted<string>([[3, `¥${n.toLocaleString('en-US')}.${pad(r.int(0, 99))}`], [2, `${n}元`], [1, `${(n / 100).toFixed(2)}万元`], [1, `人民币${n.toLocaleString('en-US')}.00元`], [1, `RMB ${n}`]]));
}

export function memberNo(r: Rng): Dist {
  return dist('member', r.weighted<string>([[2, `VIP${r.digits(8)}`], [2, `E${r.digits(5)}`], [1, r.digits(10)], [1, `HY${r.digits(12)}`], [1, r.int(1, 9) + r.digits(8)]]));
}

export function verifyCode(r: Rng): Dist {
  return dist('code', r.weighted<string>([[3, r.digits(6)], [1, r.digits(4)], [1, `${r.int(1, 20)}-${r.int(1, 9)}-${r.digits(4)}`]]));
}

export function postcodeZh(r: Rng): Dist {
  return dist('zip', `${r.int(10, 85)}${r.digits(4)}`);
}

export function eanZh(r: Rng): Dist {
  return dist('product', ean13(r, '69'));
}

export function ticketZh(r: Rng): Dist {
  return dist('reference', r.weighted<string>([[2, `GD${r.int(2019, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(4)}`], [1, `HT-${r.int(2019, 2025)}-${r.digits(4)}`], [1, `${r.pick(['G', 'D', 'K', 'Z'])}${r.int(1, 9999)}`], [1, `${r.pick(['CA', 'MU', 'CZ', 'HU'])}${r.int(1000, 9999)}`], [1, `工单${r.digits(10)}`]]));
}

export function versionZh(r: Rng): Dist {
  return dist('version', r.weighted<string>([[2, `V${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 20)}`], [2, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 999)}`], [1, `${r.int(1, 9)}.${r.int(0, 30)}`]]));
}

export function tailNo(r: Rng): Dist {
  return dist('masked', r.weighted<string>([[2, `尾号${r.digits(4)}`], [1, `${r.digits(3)}****${r.digits(4)}`], [1, `${r.digits(6)}********${r.digits(4)}`], [1, `**** ${r.digits(4)}`]]));
}

export const ZH_DISTRACTORS = [dateZh, datetimeZh, orderNoZh, expressNo, invoiceZh, moneyZh, memberNo, verifyCode, postcodeZh, eanZh, ticketZh, versionZh, tailNo, percent, time];
