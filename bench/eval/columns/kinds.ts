/**
 * Column kinds for the column-classification evaluation: what a column holds (the detector that should
 * claim it, or none), how people name it, and how its values look. Two header vocabularies per kind:
 * `tune` is what we look at while improving the classifier, `holdout` (other spellings, other languages'
 * conventions, other word orders) is only ever measured, so its numbers say how the classifier does on
 * names it was not shaped on.
 */
import { createHash } from 'node:crypto';
import { COMPANIES, FIRST, LAST, PRODUCTS, STREETS, US_STATES, ZH_CITIES, ZH_COMPANIES, ZH_DISTRICTS, ZH_GIVEN, ZH_SURNAMES, ZH_PRODUCTS } from '../names.js';
import type { Rng } from '../prng.js';
import { bic, birthYmd, card, cardCn, email, emailZh, iban, ip, mac, passportCn, phone, phoneCn, plate, residentId, ssn, uscc } from '../values.js';
import { invoiceNo, orderNo, tracking, version } from '../distractors.js';

export type Split = 'tune' | 'holdout';

export interface ColumnKind {
  id: string;
  /** The detector that should classify the column; null when the column holds no personal data. */
  detector: string | null;
  headers: Record<Split, readonly string[]>;
  value: (r: Rng) => string;
  /** Share of rows left empty (sparse columns must still be found). */
  empty?: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ETHNIC = ['汉族', '汉族', '汉族', '汉族', '壮族', '回族', '满族', '维吾尔族', '苗族', '彝族', '土家族', '藏族', '蒙古族', '朝鲜族'];
const STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'];
const DEPARTMENTS = ['研发部', '市场部', '财务部', '人事部', '销售部', '客服部'];
const LOREM = [
  'Customer asked about delivery times for the spring catalogue.',
  'Package arrived damaged; replacement approved by the warehouse team.',
  'Upgrade to the premium plan requested, pending manager approval.',
  'Invoice reissued after the currency correction.',
  '物流延迟，已安排补发。',
  '客户咨询退货流程，已告知。',
  'Follow-up scheduled after the product demo.',
];

function fullName(r: Rng): string {
  const [first, last] = [r.pick(FIRST), r.pick(LAST)];
  // Registers and exports also write names in capitals, in lower case, or surname first.
  return r.weighted([
    [7, () => `${first} ${last}`],
    [1, () => `${last}, ${first}`.toUpperCase()],
    [1, () => `${first} ${last}`.toLowerCase()],
    [1, () => `${last}, ${first}`],
  ] as const)();
}
function zhName(r: Rng): string {
  return r.pick(ZH_SURNAMES) + r.pick(ZH_GIVEN);
}
function usAddress(r: Rng): string {
  return `${r.int(1, 9999)} ${r.pick(STREETS)}, ${r.pick(['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Salem'])}, ${r.pick(US_STATES)} ${r.int(10000, 99999)}`;
}
function zhAddress(r: Rng): string {
  return `${r.pick(ZH_CITIES)}市${r.pick(ZH_DISTRICTS)}${r.pick(['建设路', '人民路', '解放大道', '中山路', '和平街', '科技园路'])}${r.int(1, 999)}号${r.chance(0.5) ? `${r.int(1, 30)}栋${r.int(101, 2808)}室` : ''}`;
}
function isoDate(r: Rng, from: number, to: number): string {
  return `${r.int(from, to)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
}
function timestamp(r: Rng): string {
  return `${isoDate(r, 2019, 2025)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
}
function bcrypt(r: Rng): string {
  return `$2b$12$${r.chars(53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
}
function sha256(r: Rng): string {
  return createHash('sha256').update(r.digits(20)).digest('hex');
}
function uuid(r: Rng): string {
  const h = () => r.chars(4, '0123456789abcdef');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-${r.pick(['8', '9', 'a', 'b'])}${h().slice(1)}-${h()}${h()}${h()}`;
}

export const PERSONAL_KINDS: readonly ColumnKind[] = [
  { id: 'email', detector: 'email', headers: { tune: ['email', 'customer_email', '邮箱', 'emailAddress'], holdout: ['E-Mail', 'contact mail', '电子邮箱', 'mail_addr', 'user_email_address'] }, value: (r) => (r.chance(0.7) ? email(r).value : emailZh(r).value) },
  { id: 'phone', detector: 'phone', headers: { tune: ['phone', 'mobile', '手机号', 'contact_phone'], holdout: ['Telephone No.', 'cell', '联系电话', 'tel_no', 'mobileNumber'] }, value: (r) => phone(r).value },
  { id: 'phone-cn', detector: 'phone', headers: { tune: ['手机', 'mobile_phone'], holdout: ['手机号码', '联系方式'] }, value: (r) => phoneCn(r).value },
  { id: 'card', detector: 'credit_card', headers: { tune: ['card_number', '银行卡号', 'cc_num'], holdout: ['Credit Card', 'pan', '卡号', 'payment card no'] }, value: (r) => (r.chance(0.8) ? card(r).value : cardCn(r).value) },
  { id: 'iban', detector: 'iban', headers: { tune: ['iban', 'bank_account_iban'], holdout: ['IBAN Nummer', 'account (IBAN)', 'payee_iban'] }, value: (r) => iban(r).value },
  { id: 'ssn', detector: 'us.ssn', headers: { tune: ['ssn', 'social_security_number'], holdout: ['SSN#', 'soc sec no', 'taxpayer ssn'] }, value: (r) => ssn(r).value },
  { id: 'resident-id', detector: 'cn.resident_id', headers: { tune: ['身份证号', 'id_card_no'], holdout: ['证件号码', '公民身份号码', 'idcard'] }, value: (r) => residentId(r).value },
  { id: 'ip', detector: 'ip_address', headers: { tune: ['ip', 'last_login_ip', 'client_ip'], holdout: ['IP Address', 'remote_addr', '登录IP'] }, value: (r) => ip(r).value },
  { id: 'mac', detector: 'mac_address', headers: { tune: ['mac', 'device_mac'], holdout: ['MAC Address', 'hw_addr'] }, value: (r) => mac(r).value },
  { id: 'bic', detector: 'swift_bic', headers: { tune: ['swift', 'bic'], holdout: ['SWIFT code', 'bank_bic'] }, value: (r) => bic(r).value },
  { id: 'uscc', detector: 'cn.uscc', headers: { tune: ['统一社会信用代码', 'uscc'], holdout: ['信用代码', 'social_credit_code'] }, value: (r) => uscc(r).value },
  { id: 'plate', detector: 'cn.license_plate', headers: { tune: ['车牌号', 'plate_no'], holdout: ['车牌号码', 'license plate'] }, value: (r) => plate(r).value },
  { id: 'passport-cn', detector: 'cn.passport', headers: { tune: ['护照号', 'passport_no'], holdout: ['护照号码', 'Passport Number'] }, value: (r) => passportCn(r).value },
  {
    id: 'dob',
    detector: 'date_of_birth',
    headers: { tune: ['date_of_birth', 'dob', '出生日期'], holdout: ['Birthday', 'birth date', '生日', 'birthDate'] },
    value: (r) => {
      const b = birthYmd(r);
      return r.weighted([[3, `${b.y}-${pad(b.m)}-${pad(b.d)}`], [1, `${pad(b.m)}/${pad(b.d)}/${b.y}`], [1, `${b.y}/${pad(b.m)}/${pad(b.d)}`]] as const);
    },
  },
  { id: 'name', detector: 'person_name', headers: { tune: ['full_name', 'name', '姓名', 'customer_name'], holdout: ['Contact Person', 'employee name', '联系人', '收件人', 'holderName'] }, value: (r) => (r.chance(0.6) ? fullName(r) : zhName(r)) },
  { id: 'address', detector: 'postal_address', headers: { tune: ['address', 'shipping_address', '地址'], holdout: ['Mailing Address', 'street address', '收货地址', '家庭住址'] }, value: (r) => (r.chance(0.5) ? usAddress(r) : zhAddress(r)) },
  { id: 'gender', detector: 'gender', headers: { tune: ['gender', '性别'], holdout: ['Sex', 'gender_code'] }, value: (r) => r.pick(['M', 'F', 'male', 'female', '男', '女']) },
  { id: 'ethnicity', detector: 'ethnicity', headers: { tune: ['民族', 'ethnicity'], holdout: ['ethnic group', '民族名称'] }, value: (r) => r.pick(ETHNIC) },
  { id: 'password', detector: 'credential.password', headers: { tune: ['password_hash', 'password'], holdout: ['pwd', 'passwd_digest', '密码'] }, value: bcrypt },
  { id: 'email-hashed', detector: 'email', headers: { tune: ['email_sha256'], holdout: ['hashed_email'] }, value: sha256 },
  { id: 'phone-masked', detector: 'phone', headers: { tune: ['phone_masked'], holdout: ['手机号(脱敏)'] }, value: (r) => `1${r.pick(['38', '39', '58', '86'])}****${r.digits(4)}` },
  { id: 'sparse-email', detector: 'email', headers: { tune: ['backup_email'], holdout: ['secondary e-mail'] }, value: (r) => email(r).value, empty: 0.9 },
];

export const OTHER_KINDS: readonly ColumnKind[] = [
  { id: 'pk', detector: null, headers: { tune: ['id', 'order_id'], holdout: ['ID', 'record_no', '编号'] }, value: (r) => String(r.int(1, 9_999_999)) },
  { id: 'order-no', detector: null, headers: { tune: ['order_no', '订单号'], holdout: ['Order Number', 'so_number', '订单编号'] }, value: (r) => orderNo(r).value },
  { id: 'order-no-18', detector: null, headers: { tune: ['trade_no'], holdout: ['交易流水号', 'transaction id'] }, value: (r) => `${r.int(2019, 2025)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(10)}` },
  { id: 'invoice', detector: null, headers: { tune: ['invoice_no'], holdout: ['发票号码', 'Invoice #'] }, value: (r) => invoiceNo(r).value },
  { id: 'tracking', detector: null, headers: { tune: ['tracking_no'], holdout: ['运单号', 'Tracking Number'] }, value: (r) => tracking(r).value },
  { id: 'uuid', detector: null, headers: { tune: ['uuid', 'request_id'], holdout: ['GUID', 'trace id'] }, value: uuid },
  { id: 'sku', detector: null, headers: { tune: ['sku'], holdout: ['SKU Code', '商品编码'] }, value: (r) => `${r.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${r.digits(5)}` },
  { id: 'product', detector: null, headers: { tune: ['product', '商品名称'], holdout: ['Item Description', '品名'] }, value: (r) => (r.chance(0.5) ? r.pick(PRODUCTS) : r.pick(ZH_PRODUCTS)) },
  { id: 'price', detector: null, headers: { tune: ['price', 'amount', '金额'], holdout: ['Unit Price', 'total_due', '实付金额'] }, value: (r) => `${r.int(1, 9999)}.${pad(r.int(0, 99))}` },
  { id: 'qty', detector: null, headers: { tune: ['quantity'], holdout: ['Qty', '数量'] }, value: (r) => String(r.int(1, 50)) },
  { id: 'status', detector: null, headers: { tune: ['status'], holdout: ['Order Status', '状态'] }, value: (r) => r.pick(STATUSES) },
  { id: 'created', detector: null, headers: { tune: ['created_at', 'updated_at'], holdout: ['Created On', 'last_modified', '创建时间'] }, value: timestamp },
  { id: 'event-date', detector: null, headers: { tune: ['ship_date', 'order_date'], holdout: ['Delivery Date', '下单日期', 'due_on'] }, value: (r) => isoDate(r, 2019, 2025) },
  { id: 'epoch', detector: null, headers: { tune: ['ts'], holdout: ['event_time_ms', '时间戳'] }, value: (r) => String(1_550_000_000_000 + r.int(0, 200_000_000) * 1000 + r.int(0, 999)) },
  { id: 'currency', detector: null, headers: { tune: ['currency'], holdout: ['CCY', '币种'] }, value: (r) => r.pick(['USD', 'EUR', 'CNY', 'GBP', 'JPY']) },
  { id: 'country', detector: null, headers: { tune: ['country'], holdout: ['Country Code', '国家'] }, value: (r) => r.pick(['US', 'CN', 'DE', 'GB', 'FR', 'JP']) },
  { id: 'flag', detector: null, headers: { tune: ['is_active', 'marketing_opt_in'], holdout: ['Enabled', '是否有效'] }, value: (r) => r.pick(['true', 'false', '0', '1']) },
  { id: 'checksum', detector: null, headers: { tune: ['checksum', 'file_sha256'], holdout: ['Content Hash', 'etag'] }, value: sha256 },
  { id: 'version', detector: null, headers: { tune: ['app_version'], holdout: ['Build', '版本号'] }, value: (r) => version(r).value },
  { id: 'department', detector: null, headers: { tune: ['部门', 'department'], holdout: ['Team', '所属部门'] }, value: (r) => r.pick(DEPARTMENTS) },
  { id: 'notes', detector: null, headers: { tune: ['notes', '备注'], holdout: ['Comment', '说明'] }, value: (r) => r.pick(LOREM) },
  { id: 'rating', detector: null, headers: { tune: ['rating'], holdout: ['Score', '评分'] }, value: (r) => `${r.int(1, 5)}.${r.int(0, 9)}` },
  { id: 'percent', detector: null, headers: { tune: ['discount'], holdout: ['Tax Rate', '折扣'] }, value: (r) => `${r.int(0, 60)}%` },
  { id: 'company', detector: null, headers: { tune: ['company', 'vendor_name'], holdout: ['Supplier', '公司名称', 'merchant name'] }, value: (r) => (r.chance(0.6) ? r.pick(COMPANIES) : r.pick(ZH_COMPANIES)) },
  { id: 'product-name', detector: null, headers: { tune: ['product_name'], holdout: ['Item Name', '商品名'] }, value: (r) => (r.chance(0.5) ? r.pick(PRODUCTS) : r.pick(ZH_PRODUCTS)) },
  { id: 'hire-date', detector: null, headers: { tune: ['hire_date'], holdout: ['Start Date', '入职日期'] }, value: (r) => isoDate(r, 2005, 2025) },
  { id: 'employee-id', detector: null, headers: { tune: ['employee_id'], holdout: ['工号', 'Staff No.'] }, value: (r) => `E${r.digits(6)}` },
  { id: 'salary', detector: null, headers: { tune: ['salary'], holdout: ['月薪', 'Base Pay'] }, value: (r) => String(r.int(3000, 40000)) },
  { id: 'zipless-city', detector: null, headers: { tune: ['city'], holdout: ['Town', '城市'] }, value: (r) => (r.chance(0.5) ? r.pick(ZH_CITIES) : r.pick(['Berlin', 'Paris', 'Austin', 'Leeds', 'Osaka'])) },
];

/** Headers that say nothing: only the values can classify such a column. */
export const GENERIC_HEADERS: readonly string[] = ['field_1', 'col_a', 'value', 'data', 'attr3', '字段1'];

/** Kinds whose values alone identify them (checksums, fixed shapes): still classified under a generic header. */
export const VALUE_DRIVEN = new Set(['email', 'phone-cn', 'card', 'iban', 'resident-id', 'ip', 'mac', 'uscc']);
