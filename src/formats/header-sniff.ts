/**
 * Does a first row hold column labels or data? A wrong "header" hides a row of values from the
 * scan, while a wrong "data" only costs column names, so a header needs positive evidence:
 * every non-empty cell is label-like (short, has a letter, not a number/date/email/URL), labels are
 * mostly distinct, and at least one of: a common header word (English or Chinese), identifier
 * style (`first_name`, `createdAt`), or a column whose values below are of another kind (numbers,
 * dates, emails) than its label. With no data rows below, label-like cells are enough.
 */

const MAX_LABEL = 64;
const MAX_LABEL_WORDS = 6;
const NUMERIC = /^[-+]?[\d\s,.'%$€£¥]*\d[\d\s,.'%]*$/;
const DATE_LIKE = /^\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}/;
const EMAIL_OR_URL = /@|^https?:|^www\./i;
const LETTER = /\p{L}/u;
const IDENTIFIER_STYLE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]+)+$/;

/** Words that are column names far more often than values (lower case; Chinese as is). */
const HEADER_WORDS = new Set(
  (
    'id no nr num number code key name first last middle full given family surname username user login account ' +
    'email mail e-mail phone mobile cell tel telephone fax address street city town state province region zip postcode postal ' +
    'country nation nationality gender sex age birth birthday dob date time created updated modified timestamp ' +
    'ssn passport license licence card iban bank swift bic salary amount price total qty quantity status type category ' +
    'description comment comments note notes title department dept company employer position role ip url website ' +
    'password hash token secret ethnicity religion diagnosis'
  ).split(' '),
);
const HEADER_WORDS_ZH = /姓名|名字|手机|电话|号码|身份证|证件|地址|住址|邮箱|邮件|性别|民族|出生|日期|时间|编号|序号|账号|银行|卡号|金额|部门|职位|备注|年龄|籍贯|国籍|单位|公司|密码|城市|省份|学历|婚姻|宗教|病|工号/;

export function isLabelLike(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > MAX_LABEL || !LETTER.test(t)) return false;
  // A sentence is content, not a label ("Bob asked to update his phone."); an abbreviation's dot is not a
  // sentence's end ("Telephone No.", "Tel.", "Dept.").
  if (t.split(/\s+/).length > MAX_LABEL_WORDS || /[!?。！？]$|\p{L}{5,}\.$|[^\p{L}]\.$/u.test(t)) return false;
  return !NUMERIC.test(t) && !DATE_LIKE.test(t) && !EMAIL_OR_URL.test(t);
}

function hasHeaderWord(s: string): boolean {
  const t = s.trim();
  if (HEADER_WORDS_ZH.test(t) || IDENTIFIER_STYLE.test(t)) return true;
  const words = t
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  return words.some((w) => HEADER_WORDS.has(w));
}

/** A value whose kind a label never has. */
function dataKind(s: string): boolean {
  const t = s.trim();
  return NUMERIC.test(t) || DATE_LIKE.test(t) || EMAIL_OR_URL.test(t);
}

/** `first` is the candidate header row, `below` some rows under it (same column positions). */
export function looksLikeHeader(first: readonly (string | null)[], below: readonly (readonly (string | null)[])[]): boolean {
  const cells = first.map((c) => (c ?? '').trim());
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0) return false;
  if (!filled.every(isLabelLike)) return false;
  if (new Set(filled.map((c) => c.toLowerCase())).size < filled.length * 0.9) return false;
  if (below.length === 0) return true;
  if (filled.some(hasHeaderWord)) return true;
  // A column whose label is a word while most of its values are numbers, dates or emails.
  for (let i = 0; i < cells.length; i++) {
    if (!cells[i]) continue;
    const values = below.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
    if (values.length > 0 && values.filter(dataKind).length >= values.length * 0.5) return true;
  }
  return false;
}

type Row = readonly (string | null)[];
const filled = (cells: Row) => cells.reduce((n, v) => (v === null || v.trim() === '' ? n : n + 1), 0);

/**
 * Index of the header among a table's top rows, or -1. Exports often put a title, an author or a date and
 * a blank line above the table (`2023年度员工花名册` / `制表人：人事部` / `序号,姓名,…`): the header is the first
 * row that looks like labels and is about as wide as the table under it, so a one-cell title over a
 * five-column table is not taken for it. Below the first wide row the table has begun, and a "header"
 * further down would be data.
 */
export function findHeaderRow(top: readonly Row[]): number {
  for (let i = 0; i < top.length; i++) {
    const below = top.slice(i + 1);
    const widest = Math.max(0, ...below.map(filled));
    const n = filled(top[i]);
    if (n < Math.min(2, widest) || n < widest * 0.5) continue;
    if (looksLikeHeader(top[i], below)) return i;
    if (n >= 2) return -1;
  }
  return -1;
}
