import { defineDetector } from '../src/types.js';
import creditCard from './credit_card.js';
import { LEADER } from './_lib/label.js';
import { digitsOnly, isRepeatedDigit, isSequentialDigits } from './_lib/normalize.js';

/**
 * Domestic bank account number: the US, UK, Chinese and most other account numbers that are not IBANs. They
 * have no common check digit (US accounts 6–17 digits, UK 8 after a sort code, Chinese 12–19), so a number
 * is one only as the value of an account label (`account 4459201837`, `Account No.: 12345678`, `银行账号：
 * 6214 8301 2345 6789`) with a banking word on its line (routing, sort code, deposit, wire, 银行, 开户行 …) or
 * in a bank-details block whose sort code, BSB, IFSC or bank name is a field on the line beside it, or in an
 * account-number column. A customer or order "account number" with no banking word is not reported:
 * it identifies a customer (confidential), not money.
 *
 * GDPR Art. 4(1) personal data, a high-risk element (Recital 75: financial loss); CCPA §1798.140(v)(1)(A) and,
 * with the code that unlocks it, SPI (ae)(1)(B) and a §1798.81.5(d)(1)(A)(iii) breach element; PIPL Art. 28
 * (financial accounts): restricted.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// Digits in one run, or in groups split by single blanks or hyphens (`6214 8301 2345 6789`, `12-345-678`; Taiwan's
// branch-type-serial-check `2081-01-0012345-6` has a 7-digit group).
// Up to 21 digits: Chinese banks' own account numbers run longer than their cards (China Construction Bank 20,
// Bank of Communications 21: 310066726018010043821).
const NUMBER = '[0-9]{6,21}|[0-9]{2,8}(?:[ -][0-9]{1,8}){1,5}';
/** The number ends there: not inside a longer token, an amount (`1,234.56`) or a date. A full stop may end the sentence. */
const END = '(?:[^0-9A-Za-z.,-]|[.,](?:[^0-9]|$)|$)';
const LABEL_EN = '\\b(?i:bank[ \\t]+account|checking[ \\t]+account|savings[ \\t]+account|current[ \\t]+account|account|acct|a/c)(?i:[ \\t]*(?:number|num|no\\.?|nr\\.?|#))?';
/** Between an account label and its number: blanks, a dot leader, a colon or `#`. */
const GAP = `[ \\t]*${LEADER}[:：#]?[ \\t]*`;
/**
 * A form line naming the bank or the branch of an account: `Sort code: 60-83-71`, `BSB ........ 062-000`,
 * `IFSC : SBIN0011597`, `Bank name: State Bank of India`. Only as a label at the start of its line (a quoted
 * reply's `>` aside), so a bank named in a sentence next to a customer's account number does not count.
 */
const BANK_LINE =
  // An account type that only a bank keeps (`Account type : Savings - Regular`, `A/c type: Current`) says so too.
  '^[ \\t>]*(?:(?i:(?:account|a/c)[ \\t]+type)[ \\t]*[:：.…]*[ \\t]*(?i:savings|current|checking|salary|nre|nro)\\b|(?i:bank(?:[ \\t]+name)?|bank[ \\t]+branch|sort[ \\t]?code|bsb(?:[ \\t]+(?:number|no\\.?))?|ifsc(?:[ \\t]+code)?|routing[ \\t]+(?:number|no\\.?)|aba(?:[ \\t]+(?:number|no\\.?))?|transit(?:[ \\t]+number)?|institution(?:[ \\t]+number)?|swift(?:[ \\t]?code)?|bic|iban)' +
  '(?:[ \\t]*[:：#]|[ \\t]*(?:\\.{2,64}|…{1,32})|[ \\t]{2,}|\\t))[^\\n]{0,80}';
/** A form line whose label is an account number's (the value is group 1). */
const ACCOUNT_LINE = `^[ \\t>]*${LABEL_EN}${GAP}(${NUMBER})`;
// Hong Kong writes a bank account as 銀行戶口 (戶口號碼); 户口 alone is the mainland's household registration. 帐 is
// the older form of 账 that Taiwan keeps (帳號, 帳戶) and many mainland forms still print (帐号).
const LABEL_ZH = '(?:银行账号|银行账户|银行帐号|银行帐户|银行卡号|银行卡|开户账号|收款账号|付款账号|对公账号|结算账号|收款账户|收款帐户|银行户口|户口号码|账号|账户|帐号|帐户|卡号)';
/**
 * What may stand between a Chinese label and its number: a bracketed note (`账户（工资卡）：`) and the bank's or
 * branch's name (`收款账户：招商银行 6214…`, `账号：中国银行北京分行 3402…`), as transfer slips and forms write it.
 */
const NOTE_ZH = '(?:[ \\t]*[（(][^）)\\n]{1,16}[)）])?';
const BANK_ZH = '(?:[ \\t]*\\p{Han}{2,24}?(?:银行|支行|分行|营业部|分理处|信用社)[ \\t]*)?';

export default defineDetector({
  id: 'bank_account',
  name: 'Bank account number',
  category: 'financial',
  sensitivity: 'restricted',
  description: 'A domestic bank account number (6–21 digits, no IBAN) after an account label with a banking word on its line or a bank-details field (sort code, BSB, IFSC, bank name) on the line beside it, or in an account-number column (en + zh).',
  patterns: [
    { name: 'labelled', regex: `${LABEL_EN}${GAP}(${NUMBER})${END}`, score: 0.4, group: 1 },
    // A bank-details block of a form, payslip or e-mail, one field a line: the sort code, BSB, IFSC or bank name
    // on the line above (one other field may sit between) or below says the account is a bank's. The match
    // spans the lines, so it carries its banking word with it.
    {
      name: 'form-block',
      regex: `(?m)${BANK_LINE}\\r?\\n(?:[ \\t>]*[^\\n]{0,80}\\n)?${ACCOUNT_LINE}${END}`,
      score: 0.6,
      group: 1,
      selfContained: true,
    },
    {
      name: 'form-block-below',
      regex: `(?m)${ACCOUNT_LINE}[ \\t]*(?:[,;(][^\\n]{0,80})?\\r?\\n${BANK_LINE}`,
      score: 0.6,
      group: 1,
      selfContained: true,
    },
    { name: 'labelled-zh', regex: `${LABEL_ZH}${NOTE_ZH}(?:[ \\t]*(?:是|为|為))?[ \\t]*[:：]?${BANK_ZH}[ \\t]*(${NUMBER})${END}`, score: 0.4, group: 1 },
    // A Chinese invoice's `开户行及账号` (bank and account): the branch's name comes before the number.
    { name: 'invoice-zh', regex: `开户行及账号[ \\t]*[:：]?[ \\t]*\\p{Han}{2,24}?(?:支行|分行|营业部|银行|分理处)[ \\t]*(${NUMBER})${END}`, score: 0.4, group: 1 },
    // A value alone in an account-number column (the header opens the gate and is the context).
    { name: 'cell', regex: `^[ \\t]*(${NUMBER})[ \\t]*$`, score: 0.35, group: 1, cellOnly: true },
  ],
  keywords: ['account', 'acct', 'a/c', '账号', '账户', '帐号', '帐户', '卡号', '银行卡', '银行户口', '户口号码'],
  context: {
    words: [
      'bank', 'banking', 'routing', 'aba', 'sort code', 'iban', 'swift', 'bic', 'deposit', 'direct deposit', 'wire', 'ach',
      'checking', 'savings', 'payee', 'beneficiary', 'bank account', 'account holder',
      // The branch codes written beside an account: Australia's BSB, India's IFSC, Canada's transit and institution.
      'bsb', 'ifsc', 'transit', 'institution number',
      '银行', '开户行', '开户', '收款', '汇款', '转账', '打款', '退款', '工资卡', '储蓄卡', '借记卡', '户名',
    ],
    // An accounting line's ledger account or cost object is not a bank account (`GL account 6100-200-330`).
    negative: ['order', 'customer', 'invoice', 'member', 'loyalty', 'login', 'user', 'gl', 'g/l', 'general ledger', 'ledger', 'cost centre', 'cost center', '订单', '会员', '登录', '用户'],
    before: 64,
    after: 48,
  },
  requireContext: true,
  columnHints: [
    'bank account', 'bank account number', 'bank account no', 'account number', 'account no', 'acct no', 'acct number',
    'checking account', 'savings account', 'beneficiary account', 'payee account', 'debit account',
    '银行账号', '银行账户', '银行帐号', '银行帐户', '银行卡号', '开户账号', '收款账号', '付款账号', '对公账号', '结算账号', '收款账户', '卡号',
  ],
  columnHintExcludes: ['account id', 'account type', 'account name', 'account status', 'account manager', 'account owner', 'account holder', 'customer account', 'account balance', '账户名', '户名', '账户类型', '账户余额'],
  normalize: (raw: string) => digitsOnly(raw),
  validate(n: string) {
    if (!/^[0-9]{6,21}$/.test(n) || isRepeatedDigit(n) || isSequentialDigits(n)) return 'invalid';
    // A number the card detector validates (a card IIN and a Luhn check) is a card: a Chinese 银行卡号 is one.
    if (n.length >= 13 && creditCard.validate?.(n) === 'valid') return 'invalid';
    return 'unknown';
  },
  legal: ['gdpr:art4-1', 'gdpr:recital75', 'gdpr:art32', 'ccpa:1798.140-v-1-a', 'ccpa:1798.140-ae-1-b', 'ccpa:1798.81.5-d-1-a-iii', 'pipl:art28'],
  examples: {
    match: [
      { text: 'Direct deposit: routing 021000021, account 4459201837.', value: '4459201837' },
      { text: 'Sort code 20-00-00, account number 43860195', value: '43860195', note: 'a UK account after a sort code' },
      { text: 'Please wire the refund to checking account #000123456789 at Chase Bank.', value: '000123456789' },
      { text: 'Bank: Wells Fargo. Acct No.: 7391 0284 5561', value: '7391 0284 5561', note: 'grouped digits' },
      { text: '开户行：中国工商银行北京分行，银行账号：0200 0045 0902 1234 567', value: '0200 0045 0902 1234 567' },
      { text: '退款请打到我的银行卡 6214 8301 2345 6790', value: '6214 8301 2345 6790', note: 'a Luhn-failing debit account is still an account' },
      { text: '收款账号为 1109 0876 5432 1', value: '1109 0876 5432 1' },
      { text: '开户行及账号：中国建设银行长沙支行 443170361932', value: '443170361932', note: 'an invoice: the branch before the number' },
      { text: 'Refund to BSB 062-000, account 3344 5618', value: '3344 5618', note: 'Australian BSB beside the account' },
      { text: 'A/c No: 912010045678923, IFSC UTIB0000123', value: '912010045678923', note: 'Indian IFSC after the account' },
      { text: 'Direct deposit to transit 00012, institution 003, account 4821993', value: '4821993' },
      { text: '开户行及账号：交通银行上海张江支行 310066726018010043821', value: '310066726018010043821', note: 'a 21-digit Bank of Communications account' },
      { text: '收款人账号：50050110360000001234（建设银行重庆渝中支行）', value: '50050110360000001234', note: 'a 20-digit China Construction Bank account' },
      { text: '收款账户：招商银行 1109 3657 8210 601', value: '1109 3657 8210 601', note: 'the bank named between the label and the number' },
      { text: '銀行戶口（強積金供款）：恒生銀行 024-378-291836-883', value: '024-378-291836-883', note: 'Hong Kong: a bracketed note and the bank before the number' },
      { text: '匯入出租人帳戶：台新銀行中山分行 帳號 2081-01-0012345-6。', value: '2081-01-0012345-6', note: 'Taiwan: a 7-digit group' },
      { text: 'Direct deposit account number ........ 4459201837', value: '4459201837', note: 'a dot leader between label and number' },
      { text: '    Bank:          Starling Bank\n    Sort code:     60-83-71\n    Account no:    31926819\n', value: '31926819', note: 'a bank-details block: the sort code on the line above' },
      { text: 'BSB .................. 062-000\nAccount number ....... 1093 8845\n', value: '1093 8845', note: 'dot leaders, the BSB on the line above' },
      { text: 'Sort code: 20-45-77\nAccount name: J Smith\nAccount no: 43218765\n', value: '43218765', note: 'one other field between' },
      { text: 'Account number    : 38912047715\nIFSC              : SBIN0011597\n', value: '38912047715', note: 'the IFSC on the line below' },
      { text: '> Bank name: State Bank of India\n> A/c No: 50100412277093\n', value: '50100412277093', note: 'quoted in a reply' },
      { text: '   Account type         : Savings - Regular\n   A/c No               : 50100412277093\n', value: '50100412277093', note: 'an account type only a bank keeps' },
    ],
    noMatch: [
      { text: 'Your account 4459201837 has a new message.', note: 'no banking word on the line' },
      { text: 'Customer account number: 88213945 (loyalty program)', note: 'a customer account, negative context' },
      { text: 'Bank details: HSBC UK, sort code on file.\nGL account 6100-200-330. Cost centre 55120.', note: 'a general-ledger account under a banking line' },
      { text: 'Post the bank charges to ledger account 72014 400', note: 'a ledger account' },
      { text: 'Bank account: 12345', note: 'five digits' },
      { text: '银行账号：6214 8301 2345 6789 0123 45', note: '22 digits: longer than any account' },
      { text: '户口所在地：河南省郑州市，户口簿编号 41010519880', note: 'household registration, not a bank account' },
      { text: 'Bank account: 123456789', note: 'an ascending filler' },
      { text: 'Bank account: 000000000', note: 'repeated digits' },
      { text: 'Account balance at the bank: 1,234,567.89', note: 'an amount' },
      { text: '银行通知：登录账号 13812345678 的密码已修改', note: 'a login account (a phone number) next to 登录' },
      { text: 'Bank holiday on account of the 2024-12-25 closure.', note: 'a date, not an account' },
      { text: '退款账户：6226-9956-9806-3530（农业银行）', note: 'a valid card number: credit_card reports it' },
      { text: 'We bank with HSBC: they hold the float.\nAccount no: 88213945\n', note: 'a bank named in a sentence is no bank-details field' },
      { text: 'Account type: Premium\nAccount no: 88213945\n', note: 'an account type of any service' },
      { text: 'Sort code: 20-00-00\nCustomer account no: 88213945', note: 'a customer account under a bank line (negative context)' },
      { text: 'Bank: Barclays\nTel: 0345 734 5345\nNotes: none\nAccount no: 88213945\n', note: 'the bank line too far above' },
    ],
  },
});
