/* eslint-disable @typescript-eslint/no-unused-expressions -- b.line`…` tagged templates append to the document */
/**
 * English documents of the kinds a scanner meets: support emails, HR notes, CRM exports pasted as text,
 * server logs, chat transcripts, invoices, news-like paragraphs, README/config files, forms, shipping
 * notices, meeting notes and markdown tables. Values sit at the start and end of sentences, in parentheses,
 * after colons, in quotes, in mailto: links, in comma/semicolon/slash lists and table cells, next to many
 * look-alikes (dates, amounts, versions, order and tracking numbers …).
 */
import * as D from './distractors.js';
import { DocBuilder, dist, pii, textOf, type Piece } from './doc.js';
import { CITIES, COMPANIES, PRODUCTS, STREETS, US_STATES } from './names.js';
import type { Rng } from './prng.js';
import * as V from './values.js';

type Gen = (r: Rng, b: DocBuilder) => void;

const name = (p: V.Person) => `${p.first} ${p.last}`;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A short street address (not labelled: no address detector), with its ZIP as a distractor; ends the line. */
function address(r: Rng, b: DocBuilder, label = ''): void {
  b.t`${label}${r.int(1, 9999)} ${r.pick(STREETS)}, ${r.pick(CITIES)}, ${r.pick(US_STATES)} ${D.zip(r)}`.nl();
}

function filler(r: Rng, b: DocBuilder): void {
  const g = r.pick(D.EN_DISTRACTORS);
  const d = g(r);
  const s = r.pick([
    () => b.line`Note: reference ${d} was logged by the system.`,
    () => b.line`(See item ${d} in the attached sheet.)`,
    () => b.line`Last updated ${D.date(r)} — value recorded as ${d}.`,
    () => b.line`The figure quoted was ${d}, as discussed.`,
  ]);
  s();
}

// ───────────────────────────── support email ─────────────────────────────

const supportEmail: Gen = (r, b) => {
  const cust = V.person(r);
  const agent = V.person(r);
  const company = r.pick(COMPANIES);
  const custEmail = V.email(r, cust);
  const agentEmail = V.email(r, agent, r.pick(['support.northwind-traders.com', 'contoso.co.uk', 'helpdesk.globex.io', 'fabrikam.de', 'example.com']));
  b.line`From: ${name(cust)} <${custEmail}>`;
  b.line`To: ${company} Support <${V.email(r, agent, 'example.com')}>`;
  if (r.chance(0.4)) b.line`Cc: ${V.email(r)}, ${V.email(r)}`;
  b.line`Date: ${D.timestamp(r)}`;
  if (r.chance(0.4)) b.line`Message-ID: ${D.atLike(r)}`;
  b.line`Subject: Re: [Ticket ${D.reference(r)}] ${r.pick(['Refund for order', 'Problem with my order', 'Billing question about invoice', 'Cannot log in', 'Card declined on order'])} ${D.orderNo(r)}`;
  b.nl();
  b.line`Hi ${agent.first},`;
  b.nl();
  const order = D.orderNo(r);
  r.pick([
    () => b.line`I placed order ${order} on ${D.date(r)} for ${D.money(r)} and it still hasn't arrived. The tracking number you sent (${D.tracking(r)}) hasn't updated since ${D.date(r)}.`,
    () => b.line`My card was charged twice for order ${order} — once on ${D.date(r)} and again at ${D.time(r)} the next day. Both charges were ${D.money(r)}.`,
    () => b.line`I'm writing about invoice ${D.invoiceNo(r)}. The amount (${D.money(r)}) doesn't match the quote of ${D.money(r)} we agreed on ${D.date(r)}.`,
    () => b.line`Since the update to version ${D.version(r)} I can't sign in to the portal. It says "${D.caps(r).value} ERROR ${r.int(400, 599)}" after about ${D.measurement(r)}.`,
  ])();
  const ph = V.phone(r);
  r.pick([
    () => b.line`The best number to reach me is ${ph}, weekdays after ${D.time(r)}.`,
    () => b.line`You can call me at ${ph} or just reply to this email.`,
    () => b.line`Phone: ${ph}`,
    () => b.line`If it's easier, ring my mobile (${ph}).`,
    () => b.line`${ph} is my cell if you need to talk it through.`,
  ])();
  if (r.chance(0.5)) {
    const c = V.card(r);
    r.pick([
      () => b.line`The card I used was ${c}, exp ${r.int(1, 12)}/${r.int(26, 31)}.`,
      () => b.line`For reference, the card number is ${c} (the one ${D.lastFour(r)} on my statement is a different one).`,
      () => b.line`Please refund to card ${c} rather than store credit.`,
      () => b.line`Charged card: ${c}`,
    ])();
  }
  if (r.chance(0.3)) b.line`Alternative email: ${V.email(r, cust, r.pick(['gmail.com', 'outlook.com', 'yahoo.com']))}.`;
  b.nl();
  b.line`Thanks,`;
  b.line`${name(cust)}`;
  if (r.chance(0.5)) address(r, b);
  b.nl();
  b.line`-----Original Message-----`;
  b.line`From: ${name(agent)} [mailto:${agentEmail}]`;
  b.line`Sent: ${D.date(r)} ${D.time(r)}`;
  b.line`We have received your request (case ${D.reference(r)}). Our team replies within ${r.int(24, 72)} hours. Support hours are ${D.time(r)} ET, Monday–Friday; call ${r.chance(0.5) ? V.phoneExt(r, 'US') : V.phone(r, 'US')} for urgent issues, or dial ${D.extension(r)} from an office line.`;
};

// ───────────────────────────── HR note ─────────────────────────────

const hrNote: Gen = (r, b) => {
  const emp = V.person(r);
  const mgr = V.person(r);
  b.line`${r.pick(['CONFIDENTIAL — HR FILE NOTE', 'Employee record update', 'Onboarding checklist', 'HR case notes'])}`;
  b.line`Employee: ${name(emp)}   Employee ID: ${D.reference(r)}   Dept: ${r.pick(['Finance', 'Engineering', 'Operations', 'Sales', 'Legal'])}`;
  const s = V.ssn(r);
  r.pick([
    () => b.line`SSN: ${s}`,
    () => b.line`Social Security No. ${s} (verified against I-9 on ${D.date(r)})`,
    () => b.line`The W-4 lists SSN ${s}; payroll flagged a mismatch with the ${r.int(2019, 2024)} W-2.`,
    () => b.line`${name(emp)}'s social security number, ${s}, was entered twice in the payroll system.`,
    () => b.line`Tax ID / SSN: ${s}.`,
  ])();
  const dob = V.dob(r);
  r.pick([
    () => b.line`DOB: ${dob}`,
    () => b.line`Date of birth: ${dob}`,
    () => b.line`Born ${dob} in ${r.pick(CITIES)}.`,
    () => b.line`Birth date ${dob}, start date ${D.date(r)}.`,
  ])();
  b.line`Start date: ${D.date(r)}. Salary: ${D.money(r)} per year, ${D.percent(r)} bonus target.`;
  const ph = V.phone(r, r.pick(['US', 'US', 'US', 'CA', 'GB']));
  r.pick([
    () => b.line`Emergency contact: ${name(V.person(r))} (spouse), ${ph}.`,
    () => b.line`Contact: ${ph} / ${V.email(r, emp)}`,
    () => b.line`Mobile ${ph}; personal email ${V.email(r, emp, r.pick(['gmail.com', 'yahoo.com', 'icloud.com']))}.`,
  ])();
  if (r.chance(0.5)) {
    b.line`Direct deposit: routing ${D.reference(r)}, acct ending ${D.lastFour(r).value.slice(-4)}.`;
  }
  if (r.chance(0.4)) {
    const ib = V.iban(r);
    b.line`Salary account (EU secondment): IBAN ${ib}, BIC ${V.bic(r)}.`;
  }
  b.line`${r.pick(['Manager', 'Reported by', 'Reviewed by'])}: ${name(mgr)} (${V.email(r, mgr, r.pick(['hr.contoso.co.uk', 'initech.net', 'globex.io']))}) on ${D.date(r)}.`;
  b.line`${r.pick([
    'Performance review scheduled; the previous rating was 3.5 out of 5.',
    'Relocation allowance approved up to the policy cap.',
    'Leave of absence from the first of next month, returning after 12 weeks.',
    'Background check cleared; badge issued for building B, floor 4.',
  ])}`;
  if (r.chance(0.5)) b.line`Ref. policy HR-${r.int(100, 999)} v${D.version(r).value.replace(/^v/, '')}, updated ${D.date(r)}.`;
};

// ───────────────────────────── CRM export ─────────────────────────────

const crmExport: Gen = (r, b) => {
  const layout = r.pick(['csv', 'tsv', 'pipe', 'semi'] as const);
  const sep = { csv: ',', tsv: '\t', pipe: ' | ', semi: ';' }[layout];
  const header = ['id', 'name', 'email', 'phone', 'company', 'created', 'deal_value', 'stage'];
  b.line`${r.pick(['Export from CRM', 'contacts_export', 'Leads Q3 (pasted from Salesforce)', 'HubSpot export'])} — ${D.timestamp(r)}`;
  b.join(header, sep);
  const rows = r.int(3, 9);
  for (let i = 0; i < rows; i++) {
    const p = V.person(r);
    const row: Piece[] = [
      D.reference(r),
      name(p),
      V.email(r, p),
      r.chance(0.85) ? V.phone(r) : '',
      r.pick(COMPANIES),
      D.date(r),
      D.money(r),
      r.pick(['Prospect', 'Qualified', 'Closed Won', 'Closed Lost', 'Negotiation']),
    ];
    if (layout === 'csv') {
      // CSV quotes fields that contain the separator.
      b.join(
        row.map((c) => (textOf(c).includes(',') ? (typeof c === 'string' ? `"${c}"` : c) : c)),
        sep,
      );
    } else b.join(row, sep);
  }
  b.line`${rows} rows, exported by ${V.email(r)}`;
};

// ───────────────────────────── server logs ─────────────────────────────

const UA = [
  () => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.94 Safari/537.36`,
  () => `Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15`,
  () => `curl/8.4.0`,
  () => `python-requests/2.31.0`,
  () => `Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148`,
  () => `okhttp/4.12.0`,
];

const serverLog: Gen = (r, b) => {
  const style = r.pick(['nginx', 'sshd', 'app', 'json', 'firewall', 'dhcp']);
  const n = r.int(5, 14);
  for (let i = 0; i < n; i++) {
    const ip = V.ip(r);
    switch (style) {
      case 'nginx':
        b.line`${ip} - - [${dist('timestamp', `${pad2(r.int(1, 28))}/Mar/2024:${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))} +0000`)}] "${r.pick(['GET', 'POST', 'PUT'])} /api/v${r.int(1, 3)}/${r.pick(['orders', 'users', 'cart', 'login', 'search'])}/${r.int(1000, 99999)}?page=${r.int(1, 20)} HTTP/1.1" ${r.pick([200, 200, 201, 302, 404, 500])} ${r.int(200, 90000)} "-" "${r.pick(UA)()}"`;
        break;
      case 'sshd':
        b.line`${D.date(r)} ${D.time(r)} bastion-${r.int(1, 4)} sshd[${r.int(1000, 65000)}]: ${r.pick(['Failed password for invalid user admin', 'Accepted publickey for deploy', 'Connection closed by authenticating user root', 'Disconnected from user ubuntu'])} from ${ip} port ${r.int(1024, 65535)} ssh2`;
        break;
      case 'app':
        b.line`${D.timestamp(r)} ${r.pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} [${r.pick(['auth', 'billing', 'api', 'worker'])}] request_id=${D.uuid(r)} ${r.pick(['login ok', 'token refreshed', 'payment declined', 'rate limited', 'session expired'])} user=${r.chance(0.5) ? V.email(r) : dist('user-id', String(r.int(10000, 999999)))} client=${ip} latency=${r.int(2, 2500)}ms build=${D.buildId(r)}`;
        break;
      case 'json':
        b.line`{"ts":"${D.timestamp(r)}","level":"${r.pick(['info', 'warn', 'error'])}","msg":"${r.pick(['checkout completed', 'password reset requested', 'profile updated', 'webhook delivered'])}","remote_addr":"${ip}","user_email":"${V.email(r)}","order_id":"${D.orderNo(r)}","app_version":"${D.version(r)}","trace":"${D.hash(r)}"}`;
        break;
      case 'firewall':
        b.line`${D.timestamp(r)} fw01 ${r.pick(['DROP', 'ACCEPT', 'REJECT'])} IN=eth0 OUT= SRC=${ip} DST=${V.ipv4(r)} LEN=${r.int(40, 1500)} TTL=${r.int(30, 128)} PROTO=${r.pick(['TCP', 'UDP'])} SPT=${r.int(1024, 65535)} DPT=${D.port(r)}`;
        break;
      case 'dhcp':
        b.line`${D.date(r)} ${D.time(r)} dhcpd: DHCPACK on ${V.ipv4(r)} to ${V.mac(r)} (${r.pick(['laptop', 'iphone', 'printer', 'desk'])}-${r.int(1, 99)}) via eth${r.int(0, 3)}`;
        break;
    }
    if (r.chance(0.1)) b.line`${D.timestamp(r)} INFO snmp poll oid=${D.oid(r)} value=${r.int(0, 1_000_000)} agent v${D.version(r).value.replace(/^v/, '')}`;
    if (r.chance(0.08)) b.line`${D.timestamp(r)} INFO deployed release ${D.version(r)} (commit ${D.hash(r)}) to ${r.int(2, 12)} nodes`;
  }
};

// ───────────────────────────── chat transcript ─────────────────────────────

const chat: Gen = (r, b) => {
  const agent = V.person(r);
  const cust = V.person(r);
  const t = () => `${pad2(r.int(8, 20))}:${pad2(r.int(0, 59))}`;
  b.line`Chat transcript — ${D.date(r)} — session ${D.uuid(r)}`;
  b.line`[${t()}] ${agent.first} (Agent): Hi, thanks for contacting ${r.pick(COMPANIES)}! How can I help today?`;
  b.line`[${t()}] ${cust.first}: hi my order ${D.orderNo(r)} never showed up`;
  b.line`[${t()}] ${agent.first} (Agent): Sorry about that. Can you confirm the email on the account?`;
  const e = V.email(r, cust);
  b.line`[${t()}] ${cust.first}: ${r.pick(['its ', 'sure, ', '', 'should be '])}${e}`;
  if (r.chance(0.6)) {
    const ph = V.phone(r);
    b.line`[${t()}] ${agent.first} (Agent): And a phone number in case we get disconnected?`;
    b.line`[${t()}] ${cust.first}: ${r.pick(['', 'ok ', 'yeah '])}${ph}${r.pick(['', ' thx', '.', ' (mobile)'])}`;
  }
  if (r.chance(0.5)) {
    const c = V.card(r);
    b.line`[${t()}] ${cust.first}: do you need the card? it's ${c} exp ${pad2(r.int(1, 12))}/${r.int(26, 30)}`;
    b.line`[${t()}] ${agent.first} (Agent): Please don't share full card numbers in chat! I only need the last four (${D.lastFour(r)}).`;
  }
  b.line`[${t()}] ${agent.first} (Agent): I've reshipped it — new tracking ${D.tracking(r)}, should arrive by ${D.date(r)}.`;
  if (r.chance(0.3)) b.line`[${t()}] ${cust.first}: great, the old one was ${D.tracking(r)} btw. my zip is ${D.zip(r)}`;
  b.line`[${t()}] ${agent.first} (Agent): Anything else? Our hotline is ${V.phone(r, r.pick(['US', 'GB', 'AU', 'CA']))} if you need us.`;
  b.line`[${t()}] ${cust.first}: no that's all, thanks :)`;
};


// ───────────────────────────── invoice ─────────────────────────────

const invoice: Gen = (r, b) => {
  const seller = r.pick(COMPANIES);
  const buyer = V.person(r);
  b.line`${seller}`;
  address(r, b);
  b.line`VAT Reg. No. ${r.pick(['GB', 'DE', 'NL', 'FR'])}${r.digits(9)}   Tel ${V.phone(r, r.pick(['GB', 'DE', 'NL', 'FR', 'US']))}`;
  b.nl();
  b.line`${r.pick(['INVOICE', 'TAX INVOICE', 'Invoice'])} ${D.invoiceNo(r)}`;
  b.line`Invoice date: ${D.date(r)}    Due: ${D.date(r)}    PO: ${D.orderNo(r)}`;
  b.line`Bill to: ${name(buyer)}, ${r.pick(COMPANIES)} — ${V.email(r, buyer)}`;
  b.nl();
  b.line`| Item | SKU | Qty | Unit price | Amount |`;
  b.line`|---|---|---:|---:|---:|`;
  const items = r.int(2, 5);
  for (let i = 0; i < items; i++) b.line`| ${r.pick(PRODUCTS)} | ${D.productCode(r)} | ${r.int(1, 20)} | ${D.money(r)} | ${D.money(r)} |`;
  b.nl();
  b.line`Subtotal ${D.money(r)}   VAT ${D.percent(r)}   TOTAL DUE ${D.money(r)}`;
  b.nl();
  b.line`${r.pick(['PAYMENT INSTRUCTIONS', 'Payment details', 'REMITTANCE ADVICE'])}`;
  const ib = V.iban(r);
  const bc = V.bic(r);
  r.pick([
    () => b.line`Bank transfer to IBAN: ${ib}   BIC/SWIFT: ${bc}`,
    () => {
      b.line`Account holder: ${seller}`;
      b.line`IBAN ${ib}`;
      b.line`SWIFT ${bc}`;
    },
    () => b.line`Please pay by SEPA credit transfer to ${ib} (${bc}), quoting ${D.invoiceNo(r)} as reference.`,
    () => b.line`IBAN: ${ib}; BIC: ${bc}; Reference: ${D.reference(r)}`,
  ])();
  if (r.chance(0.3)) b.line`UK payments: sort code ${D.ukSortCode(r)}, account ${V.bankAccount(r)}.`;
  if (r.chance(0.35)) b.line`Card payments: we accept ${r.pick(['VISA', 'Mastercard', 'AMEX'])}. Paid with card ${D.lastFour(r)} on ${D.date(r)}.`;
  b.line`Questions? ${r.pick(['Email', 'Contact'])} ${V.email(r, V.person(r), r.pick(['billing.example.com', 'accounts.fabrikam.de', 'contoso.co.uk']))} or call ${V.phone(r)}.`;
};

// ───────────────────────────── news-like paragraphs ─────────────────────────────

const news: Gen = (r, b) => {
  const co = r.pick(COMPANIES);
  const city = r.pick(CITIES).toUpperCase();
  b.line`${city}, ${D.date(r)} — ${co} said on ${r.pick(['Tuesday', 'Monday', 'Thursday'])} that quarterly revenue rose ${D.percent(r)} to ${D.money(r)}, beating analyst estimates of ${D.money(r)}. Shares closed at ${D.money(r)} (NASDAQ: ${D.caps(r).value.slice(0, 4)}).`;
  b.line`The company shipped version ${D.version(r)} of its platform in ${D.date(r).value.includes(',') ? 'March' : 'April'}, and expects the ${D.version(r)} update by ${D.date(r)}. Temperatures at the ${r.pick(CITIES)} plant reached ${D.temperature(r)} during the heatwave, ${r.pick(['delaying', 'halting'])} ${D.measurement(r)} of output.`;
  if (r.chance(0.5)) b.line`The expedition set up camp at ${D.coordinates(r)}, roughly ${r.int(10, 400)} km from the nearest town, on ${D.date(r)}.`;
  if (r.chance(0.5)) b.line`Readers can find the full study (${D.isbn(r)}) in the library; the patent, US ${r.int(8, 11)},${r.digits(3)},${r.digits(3)} B2, was granted in ${r.int(2015, 2024)}.`;
  const spokes = V.person(r);
  r.pick([
    () => b.line`Media contact: ${name(spokes)}, ${V.email(r, spokes, r.pick(['press.globex.io', 'contoso.co.uk', 'fabrikam.de', 'example.com']))}, ${V.phone(r)}.`,
    () => b.line`For more information contact ${name(spokes)} at ${V.phone(r)} or email ${V.email(r, spokes)}.`,
    () => b.line`"We are thrilled," said ${name(spokes)}. Inquiries: ${V.email(r, spokes)} (${V.phone(r)}).`,
  ])();
  b.line`About ${co}: founded in ${r.int(1950, 2015)}, the company employs ${r.int(100, 90000).toLocaleString('en-US')} people in ${r.int(2, 60)} countries. ${D.caps(r).value} NOTICE: forward-looking statements involve risks.`;
};

// ───────────────────────────── README / config ─────────────────────────────

const readmeConfig: Gen = (r, b) => {
  const style = r.pick(['yaml', 'env', 'ini', 'readme']);
  if (style === 'yaml') {
    b.line`# service config — generated ${D.timestamp(r)}`;
    b.line`version: "${D.version(r)}"`;
    b.line`server:`;
    b.line`  host: ${V.ipv4(r)}`;
    b.line`  port: ${D.port(r)}`;
    b.line`  workers: ${r.int(2, 32)}`;
    b.line`database:`;
    b.line`  url: postgres://app@${V.ipv4(r)}:${D.port(r)}/orders`;
    b.line`  pool_timeout_ms: ${r.int(1000, 30000)}`;
    b.line`admin_email: ${V.email(r)}`;
    b.line`alerts:`;
    b.line`  - ${V.email(r)}`;
    b.line`  - ${V.email(r)}`;
    b.line`image: registry.example.com/api@${D.hash(r)}`;
    b.line`account_id: "${D.accountId(r)}"`;
    b.line`dns: [${V.ipv4(r)}, ${V.ipv4(r)}]`;
  } else if (style === 'env') {
    b.line`APP_VERSION=${D.version(r)}`;
    b.line`BIND_ADDR=${V.ipv4(r)}`;
    b.line`PORT=${D.port(r)}`;
    b.line`SUPPORT_EMAIL=${V.email(r)}`;
    b.line`SUPPORT_PHONE="${V.phone(r)}"`;
    b.line`BUILD_ID=${D.buildId(r)}`;
    b.line`REQUEST_TIMEOUT=${r.int(5, 120)}`;
    b.line`INSTANCE_ID=${D.uuid(r)}`;
    b.line`UPSTREAM=${V.ipv6(r)}`;
  } else if (style === 'ini') {
    b.line`[network]`;
    b.line`address = ${V.ipv4(r)}`;
    b.line`gateway = ${V.ipv4(r)}`;
    b.line`netmask = 255.255.255.0`;
    b.line`ipv6 = ${V.ipv6(r)}`;
    b.line`mtu = ${r.pick([1500, 9000, 1280])}`;
    b.line`[owner]`;
    b.line`contact = ${V.email(r)}`;
    b.line`oncall = ${V.phone(r)}`;
    b.line`firmware = ${D.version(r)}`;
    b.line`serial = ${D.serial(r)}`;
  } else {
    b.line`# ${r.pick(['acme-cli', 'orders-service', 'geo-tools', 'invoice-parser'])}`;
    b.nl();
    b.line`![build](https://ci.example.com/badge/${D.buildId(r).value.replace('#', '')}.svg) Version ${D.version(r)} — released ${D.date(r)}.`;
    b.nl();
    b.line`## Install`;
    b.line`    npm install acme-cli@${D.version(r).value.replace(/^v/, '')}`;
    b.nl();
    b.line`Point it at your server with \`--host ${V.ipv4(r)} --port ${D.port(r)}\` (IPv6 works too: \`[${V.ipv6(r)}]\`).`;
    b.nl();
    b.line`## Maintainers`;
    b.nl();
    b.line`| Name | Email | Phone |`;
    b.line`|------|-------|-------|`;
    for (let i = 0, n = r.int(2, 4); i < n; i++) {
      const p = V.person(r);
      b.line`| ${name(p)} | ${V.email(r, p)} | ${V.phone(r)} |`;
    }
    b.nl();
    const sec = V.email(r, V.person(r), 'example.com');
    b.line`Report security issues to [${sec}](mailto:${sec}), PGP fingerprint ${D.hash(r)}.`;
    b.line`Changelog: ${D.version(r)} (${D.date(r)}), ${D.version(r)} (${D.date(r)}). Licensed under MIT.`;
  }
};

// ───────────────────────────── application form ─────────────────────────────

const form: Gen = (r, b) => {
  const p = V.person(r);
  b.line`${r.pick(['LOAN APPLICATION', 'Rental Application Form', 'New Patient Registration', 'Account Opening Form'])} — Application No. ${D.reference(r)}`;
  b.line`Full name: ${name(p)}`;
  b.line`Date of birth: ${V.dob(r)}`;
  const s = V.ssn(r, r.weighted([[6, 'dashed'], [1, 'spaced'], [2, 'bare']] as const));
  b.line`Social Security Number: ${s}`;
  b.line`Phone (home): ${V.phone(r, 'US')}   Phone (work): ${V.phoneExt(r, 'US')}`;
  b.line`Email: ${V.email(r, p)}`;
  address(r, b, 'Address: ');
  b.line`Annual income: ${D.money(r)}   Requested amount: ${D.money(r)}   Term: ${r.int(12, 360)} months at ${D.percent(r)} APR`;
  if (r.chance(0.6)) b.line`Card on file for the application fee: ${V.card(r)} (exp ${pad2(r.int(1, 12))}/${r.int(26, 31)}, CVV provided)`;
  b.line`Employer: ${r.pick(COMPANIES)}, since ${D.date(r)}; employer phone ${V.phone(r)}`;
  b.line`Signed: ${name(p)}    Date: ${D.date(r)}`;
};

// ───────────────────────────── shipping notice ─────────────────────────────

const shipping: Gen = (r, b) => {
  const p = V.person(r);
  b.line`${r.pick(['Your package is on its way!', 'SHIPMENT NOTIFICATION', 'Delivery update'])}`;
  b.line`Hello ${p.first}, your order ${D.orderNo(r)} shipped on ${D.date(r)}.`;
  b.line`Carrier: ${r.pick(['UPS', 'FedEx', 'USPS', 'DHL', 'Royal Mail'])}   Tracking number: ${D.tracking(r)}`;
  b.line`Estimated delivery: ${D.date(r)} between ${D.time(r)}. Weight ${D.measurement(r)}.`;
  address(r, b, `Ship to: ${name(p)}, `);
  b.line`Items: ${r.pick(PRODUCTS)} (${D.productCode(r)}) ×${r.int(1, 4)}, ${r.pick(PRODUCTS)} (${D.productCode(r)})`;
  b.line`Order total ${D.money(r)} charged to ${r.pick(['Visa', 'Mastercard', 'Amex'])} ${D.lastFour(r)}.`;
  if (r.chance(0.5)) b.line`Questions about this delivery? Call ${V.phone(r)} (${D.time(r)}–${D.time(r)}) or write to ${V.email(r, V.person(r), 'example.com')}.`;
  else b.line`Manage notifications at https://track.example.com/${D.uuid(r)}?ref=${D.reference(r).value.replace('#', '')}.`;
};

// ───────────────────────────── meeting notes / prose ─────────────────────────────

const meetingNotes: Gen = (r, b) => {
  const people = [V.person(r), V.person(r), V.person(r)];
  b.line`Meeting notes — ${D.date(r)}, ${D.time(r)}`;
  b.line`Attendees: ${people.map(name).join(', ')}`;
  b.nl();
  const lines: (() => void)[] = [
    () => b.line`- ${people[0].first} will send the revised budget (${D.money(r)}, up ${D.percent(r)}) by ${D.date(r)}.`,
    () => b.line`- Vendor contact is ${name(people[1])}; reach them at ${V.email(r, people[1])} or ${V.phone(r)}.`,
    () => b.line`- The staging server moved to ${V.ipv4(r)}; old box ${V.ipv4(r)} is decommissioned on ${D.date(r)}.`,
    () => b.line`- Upgrade the cluster from ${D.version(r)} to ${D.version(r)} after the ${D.date(r)} freeze.`,
    () => b.line`- ${people[2].first}: PO ${D.orderNo(r)} approved; invoice ${D.invoiceNo(r)} still pending.`,
    () => b.line`- Ticket ${D.reference(r)} — customer ${V.email(r)} reported the bug again.`,
    () => b.line`- Action: call ${name(people[1])} on ${V.phone(r)} to confirm the ${D.time(r)} slot.`,
    () => b.line`- New hire paperwork: SSN ${V.ssn(r)} and DOB ${V.dob(r)} need re-entry in Workday.`,
    () => b.line`- Room temperature set to ${D.temperature(r)}; the projector (S/N ${D.serial(r)}) needs a new lamp.`,
    () => b.line`- Release checklist for build ${D.buildId(r)} signed off by ${people[0].first}.`,
  ];
  for (const f of r.sample(lines, r.int(4, 8))) f();
  if (r.chance(0.4)) filler(r, b);
};

// ───────────────────────────── contact list ─────────────────────────────

const contactList: Gen = (r, b) => {
  const style = r.pick(['md-table', 'bullets', 'inline', 'vcard']);
  if (style === 'md-table') {
    b.line`## ${r.pick(['Team directory', 'Regional contacts', 'On-call rota', 'Key accounts'])}`;
    b.line`| Name | Role | Email | Phone | Since |`;
    b.line`| --- | --- | --- | --- | --- |`;
    for (let i = 0, n = r.int(3, 7); i < n; i++) {
      const p = V.person(r);
      b.line`| ${name(p)} | ${r.pick(['Manager', 'Engineer', 'Account exec', 'Nurse', 'Analyst'])} | ${V.email(r, p)} | ${V.phone(r)} | ${D.date(r)} |`;
    }
  } else if (style === 'bullets') {
    b.line`${r.pick(['Who to call', 'Contacts for the offsite', 'Escalation list'])}:`;
    for (let i = 0, n = r.int(3, 6); i < n; i++) {
      const p = V.person(r);
      r.pick([
        () => b.line`* ${name(p)} – ${V.phone(r)} – ${V.email(r, p)}`,
        () => b.line`- ${name(p)}: ${V.email(r, p)} / ${V.phone(r)}`,
        () => b.line`${i + 1}. ${name(p)} (${V.phone(r)})`,
        () => b.line`• ${name(p)} <${V.email(r, p)}>`,
      ])();
    }
  } else if (style === 'inline') {
    const es = Array.from({ length: r.int(2, 5) }, () => V.email(r));
    b.t`Please add ${es[0]}`;
    for (const e of es.slice(1)) b.t`${r.pick(['; ', ', ', ' / ', ' and '])}${e}`;
    b.line` to the distribution list before ${D.date(r)}.`;
    b.line`Phones: ${V.phone(r)}, ${V.phone(r)}; fax ${V.phone(r, 'US')}.`;
  } else {
    const p = V.person(r);
    b.line`BEGIN:VCARD`;
    b.line`VERSION:3.0`;
    b.line`FN:${name(p)}`;
    b.line`ORG:${r.pick(COMPANIES)}`;
    b.line`TEL;TYPE=WORK,VOICE:${V.phone(r)}`;
    b.line`TEL;TYPE=CELL:${V.phone(r)}`;
    b.line`EMAIL:${V.email(r, p)}`;
    b.line`REV:${D.timestamp(r)}`;
    b.line`END:VCARD`;
  }
};

// ───────────────────────────── bank / payment correspondence ─────────────────────────────

const bankLetter: Gen = (r, b) => {
  const p = V.person(r);
  b.line`Dear ${r.pick(['Mr', 'Ms', 'Dr'])} ${p.last},`;
  b.nl();
  const ib = V.iban(r);
  r.pick([
    () => b.line`We confirm that the transfer of ${D.money(r)} to account ${ib} was executed on ${D.date(r)} (transaction ${D.reference(r)}).`,
    () => b.line`Your refund of ${D.money(r)} will be credited to IBAN ${ib} within ${r.int(2, 10)} business days.`,
    () => b.line`The beneficiary's IBAN (${ib}) did not match the name on the account, so payment ${D.reference(r)} was returned on ${D.date(r)}.`,
    () => b.line`Standing order ${D.reference(r)}: ${D.money(r)} monthly to "${ib}", first payment ${D.date(r)}.`,
  ])();
  if (r.chance(0.6)) b.line`Beneficiary bank: ${r.pick(COMPANIES)} Bank, SWIFT code ${V.bic(r)}, ${r.pick(CITIES)}.`;
  if (r.chance(0.4)) b.line`Your card ${V.card(r)} has been ${r.pick(['blocked', 'replaced', 'renewed'])}; the new card arrives by ${D.date(r)}.`;
  if (r.chance(0.3)) b.line`Old account ${V.iban(r)} is closed as of ${D.date(r)}.`;
  b.line`Interest rate: ${D.percent(r)}. Statement period ${D.date(r)} – ${D.date(r)}. Ref ${D.invoiceNo(r)}.`;
  b.line`If you did not request this, call us on ${V.phone(r, r.pick(['GB', 'DE', 'FR', 'NL', 'IE']))} or email ${V.email(r, V.person(r), r.pick(['example.com', 'fabrikam.de']))}.`;
  b.line`Yours sincerely, ${name(V.person(r))} — ${D.caps(r)} DEPARTMENT`;
};

// ───────────────────────────── medical / insurance note ─────────────────────────────

const insurance: Gen = (r, b) => {
  const p = V.person(r);
  b.line`Claim ${D.reference(r)} — policy ${D.reference(r)} — received ${D.date(r)}`;
  b.line`Member: ${name(p)}, DOB ${V.dob(r)}, member ID ${D.reference(r)}`;
  if (r.chance(0.7)) b.line`SSN on file: ${V.ssn(r)} (last verified ${D.date(r)}).`;
  b.line`Visit on ${D.date(r)} at ${D.time(r)}: temp ${D.temperature(r)}, BP ${r.int(100, 150)}/${r.int(60, 95)}, weight ${D.measurement(r)}.`;
  b.line`Billed ${D.money(r)}; plan pays ${D.percent(r)} after the ${D.money(r)} deductible. CPT ${r.int(10000, 99999)}, ICD-10 ${r.pick(['J06.9', 'M54.5', 'E11.9', 'I10'])}.`;
  b.line`Provider callback: ${V.phone(r, 'US')}; member prefers contact by ${r.chance(0.5) ? 'email at ' : 'text to '}${r.chance(0.5) ? V.email(r, p) : V.phone(r, 'US')}.`;
};

// ───────────────────────────── IT ticket / network ─────────────────────────────

const itTicket: Gen = (r, b) => {
  const u = V.person(r);
  b.line`INC${r.digits(7)} | Priority ${r.int(1, 4)} | Opened ${D.timestamp(r)}`;
  b.line`Caller: ${name(u)} (${V.email(r, u)}), ext ${r.int(1000, 9999)}, desk phone ${V.phone(r)}`;
  r.pick([
    () => b.line`User's laptop (MAC ${V.mac(r)}) gets ${V.ipv4(r)} from DHCP but can't reach the gateway ${V.ipv4(r)}.`,
    () => b.line`VPN drops every ${r.int(5, 60)} minutes; client ${D.version(r)}, assigned address ${V.ip(r)}, server ${V.ipv4(r)}.`,
    () => b.line`Suspicious logins from ${V.ip(r)} and ${V.ip(r)} between ${D.time(r)} and ${D.time(r)}; account locked.`,
    () => b.line`Printer at ${V.ipv4(r)} (S/N ${D.serial(r)}, firmware ${D.version(r)}) shows "${D.caps(r).value} JAM".`,
  ])();
  b.line`Resolution: ${r.pick(['reimaged to build', 'updated driver to', 'rolled back agent to'])} ${D.version(r)}; closed ${D.date(r)}. KB${r.digits(7)}.`;
};

export const EN_KINDS: Record<string, Gen> = {
  'support-email': supportEmail,
  'hr-note': hrNote,
  'crm-export': crmExport,
  'server-log': serverLog,
  chat,
  invoice,
  news,
  'readme-config': readmeConfig,
  form,
  shipping,
  'meeting-notes': meetingNotes,
  'contact-list': contactList,
  'bank-letter': bankLetter,
  insurance,
  'it-ticket': itTicket,
};

// ───────────────────────────── more kinds: forum, SMS, transactions, contract, traces, signatures, receipts ─────────────────────────────

const forumPost: Gen = (r, b) => {
  const u = V.person(r);
  b.line`Re: ${r.pick(['Router keeps dropping connection', "Can't reach NAS after firmware update", 'VPN works but DNS fails', 'Port forwarding not working'])} (posted ${D.date(r)})`;
  r.pick([
    () => b.line`I'm on firmware ${D.version(r)} (was ${D.version(r)} before the update). The router is at ${V.ipv4(r)} and my public IP is ${V.ipv4(r)}.`,
    () => b.line`Pinging ${V.ipv4(r)} works, but ${V.ipv4(r)} times out after ${D.measurement(r)}. Running build ${D.version(r)} on kernel ${D.version(r)}.`,
    () => b.line`My ISP gave me ${V.ip(r)}, and the modem (model ${D.productCode(r)}, HW rev ${D.version(r)}) hands out ${V.ipv4(r)} to the LAN.`,
  ])();
  b.line`\`\`\``;
  b.line`$ traceroute ${V.ipv4(r)}`;
  for (let i = 1, n = r.int(2, 4); i <= n; i++) b.line` ${i}  ${V.ipv4(r)}  ${(r.int(10, 9999) / 100).toFixed(3)} ms`;
  b.line`\`\`\``;
  b.line`Tried ${pii('ip_address', r.pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', '8.8.4.4']), 'v4:dns')} as DNS too. Temperature of the box is ${D.temperature(r)} so it's not overheating. Uptime ${r.int(1, 90)} days.`;
  if (r.chance(0.5)) b.line`Edit: support (${V.email(r, V.person(r), r.pick(['example.com', 'orbit-telecom.fr', 'globex.io']))}) told me to downgrade to ${D.version(r)}. Ticket ${D.reference(r)}.`;
  b.line`-- ${u.first}${r.chance(0.5) ? ` (${V.email(r, u)})` : ''}`;
};

const smsThread: Gen = (r, b) => {
  const a = V.person(r);
  const c = V.person(r);
  const p1 = V.phone(r);
  b.line`${a.first}: hey it's ${a.first}, new number! ${p1}`;
  b.line`${c.first}: saved 👍 is ${V.email(r, a)} still ur email?`;
  b.line`${a.first}: yep. also my sister's # is ${V.phone(r)} if u cant get me`;
  b.line`${c.first}: k. dinner at ${D.time(r)}? table for ${r.int(2, 8)}, confirmation ${D.reference(r)}`;
  if (r.chance(0.5)) b.line`${a.first}: sure. venmo me ${D.money(r)} for the tickets, ref ${D.orderNo(r)}`;
  b.line`${c.first}: sent. weather says ${D.temperature(r)} so bring a jacket lol`;
};

const transactions: Gen = (r, b) => {
  b.line`Date,Description,Reference,Amount,Balance`;
  for (let i = 0, n = r.int(4, 9); i < n; i++) {
    r.pick([
      () => b.line`${D.date(r)},CARD PAYMENT ${D.caps(r)} ${r.pick(['LONDON', 'BERLIN', 'PARIS'])},${D.reference(r)},-${D.money(r).value.replace(/,/g, '')},${r.int(100, 9999)}.${r.int(10, 99)}`,
      () => b.line`${D.date(r)},SEPA TRANSFER FROM ${V.iban(r)},${D.invoiceNo(r)},${r.int(10, 9999)}.00,${r.int(100, 9999)}.${r.int(10, 99)}`,
      () => b.line`${D.date(r)},DIRECT DEBIT ${r.pick(['ORBIT TELECOM', 'MAPLE LEAF INS', 'CONTOSO ENERGY'])} MANDATE ${D.reference(r)},${D.orderNo(r)},-${r.int(10, 999)}.${r.int(10, 99)},${r.int(100, 9999)}.${r.int(10, 99)}`,
      () => b.line`${D.date(r)},ATM WITHDRAWAL ${D.lastFour(r)},${D.tracking(r)},-${r.int(20, 500)}.00,${r.int(100, 9999)}.${r.int(10, 99)}`,
      () => b.line`${D.date(r)},TRANSFER TO ${V.iban(r)} (${V.bic(r)}),${D.reference(r)},-${r.int(10, 9999)}.00,${r.int(100, 9999)}.${r.int(10, 99)}`,
    ])();
  }
};

const contract: Gen = (r, b) => {
  const p = V.person(r);
  b.line`${r.pick(['SERVICE AGREEMENT', 'CONSULTING AGREEMENT', 'LEASE AGREEMENT'])} No. ${D.reference(r)}`;
  b.line`This Agreement is made on ${D.date(r)} between ${r.pick(COMPANIES)} (company no. ${D.accountId(r)}), and ${p.first} ${p.last} ("the Contractor").`;
  b.line`1. Fees. The Client shall pay ${D.money(r)} per month, plus ${D.percent(r)} VAT, within ${r.int(14, 60)} days of invoice, to the Contractor's account IBAN ${V.iban(r)}.`;
  b.line`2. Term. From ${D.date(r)} to ${D.date(r)}, renewable under clause ${r.int(3, 9)}.${r.int(1, 9)}.${r.int(1, 9)}.`;
  b.line`3. Notices shall be sent to ${V.email(r, p)} (Contractor) and ${V.email(r, V.person(r), 'legal.example.com')} (Client), or by phone to ${V.phone(r)}.`;
  b.line`4. The Contractor's taxpayer details (SSN ${V.ssn(r)}) are held by payroll only; the Client's EIN is ${D.usTaxLike(r)}.`;
  b.line`Signed: ____________  Date: ${D.date(r)}   Witness: ${D.caps(r)}`;
};

const stackTrace: Gen = (r, b) => {
  b.line`${D.timestamp(r)} ERROR [main] c.e.orders.OrderService - Failed to process order ${D.orderNo(r)}`;
  b.line`org.postgresql.util.PSQLException: Connection to ${V.ipv4(r)}:${D.port(r)} refused. Check that the hostname and port are correct.`;
  b.line`    at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:${r.int(100, 400)})`;
  b.line`    at com.example.orders.OrderService.process(OrderService.java:${r.int(20, 900)})`;
  b.line`Caused by: java.net.ConnectException: Connection timed out (host=${V.ip(r)}, retries=${r.int(1, 5)})`;
  b.line`Request-Id: ${D.uuid(r)}  User: ${V.email(r)}  Version: ${D.version(r)}  JVM 17.0.${r.int(1, 12)}+${r.int(1, 12)}`;
};

const signature: Gen = (r, b) => {
  const p = V.person(r);
  b.line`${r.pick(['Best regards', 'Kind regards', 'Cheers', 'Thanks'])},`;
  b.line`${p.first} ${p.last}`;
  b.line`${r.pick(['Senior Account Manager', 'Head of Operations', 'Paralegal', 'Customer Success Lead'])} | ${r.pick(COMPANIES)}`;
  const parts: Piece[][] = [
    [r.pick(['T: ', 'Tel: ', 'Phone ', 'O: ', 'Direct: ']), V.phone(r)],
    [r.pick(['M: ', 'Mob: ', 'Cell ', 'Mobile: ']), V.phone(r)],
    [r.pick(['E: ', 'Email: ', '']), V.email(r, p)],
  ];
  if (r.chance(0.5)) {
    for (const part of parts) b.add(part[0]).add(part[1]).nl();
  } else {
    parts.forEach((part, i) => {
      if (i > 0) b.add(r.pick([' | ', ' · ', ' / ', '  ']));
      b.add(part[0]).add(part[1]);
    });
    b.nl();
  }
  b.line`${r.pick(['www.example.com', 'https://contoso.co.uk', 'fabrikam.de'])} | ${r.int(1, 200)} ${r.pick(STREETS)}, ${r.pick(CITIES)}`;
  b.line`This e-mail is ${D.caps(r).value.toLowerCase()} and intended for the addressee only. Registered in England No. ${D.accountId(r)}.`;
};

const receipt: Gen = (r, b) => {
  b.line`${r.pick(COMPANIES).toUpperCase()}`;
  b.line`STORE #${r.int(100, 9999)}  TERMINAL ${r.digits(8)}`;
  b.line`${D.date(r)} ${D.time(r)}`;
  for (let i = 0, n = r.int(2, 5); i < n; i++) b.line`${r.pick(PRODUCTS).toUpperCase().slice(0, 18).padEnd(18)} ${D.productCode(r)}   ${D.money(r)}`;
  b.line`SUBTOTAL ${D.money(r)}  TAX ${D.percent(r)}  TOTAL ${D.money(r)}`;
  r.pick([
    () => b.line`VISA ${D.lastFour(r)}   AUTH CODE ${r.digits(6)}   REF# ${r.digits(12)}`,
    () => b.line`CARD ${V.card(r)}  (customer copy — report lost cards to ${V.phone(r, 'US')})`,
    () => b.line`MERCHANT ID ${r.digits(15)}  AID A0000000031010  APPROVED`,
  ])();
  b.line`Returns within ${r.int(14, 90)} days with receipt ${D.invoiceNo(r)}. Questions: ${V.email(r, V.person(r), 'example.com')}`;
};

const travel: Gen = (r, b) => {
  const p = V.person(r);
  b.line`Itinerary for ${p.first} ${p.last} — booking ref ${r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}`;
  b.line`${D.date(r)}  ${r.pick(['UA', 'BA', 'LH', 'AF', 'DL'])} ${r.int(10, 2999)}  depart ${D.time(r)}  seat ${r.int(1, 45)}${r.pick(['A', 'C', 'F'])}  e-ticket ${r.digits(13)}`;
  b.line`Hotel: ${r.pick(CITIES)} Grand, confirmation ${r.digits(9)}, check-in ${D.date(r)}, ${D.money(r)}/night. Coordinates: ${D.coordinates(r)}.`;
  b.line`Traveller contact: ${V.phone(r)} · ${V.email(r, p)}`;
  b.line`Frequent flyer ${r.chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(9)}; card on file ${D.lastFour(r)}.`;
};

Object.assign(EN_KINDS, {
  'forum-post': forumPost,
  'sms-thread': smsThread,
  transactions,
  contract,
  'stack-trace': stackTrace,
  signature,
  receipt,
  travel,
});

// ───────────────────────────── mixed prose: many positions and punctuations per entity ─────────────────────────────

const SNIPPETS: ((r: Rng, b: DocBuilder) => void)[] = [
  // email
  (r, b) => b.line`Send your CV and two references to ${V.email(r)}.`,
  (r, b) => b.line`Questions can go to our privacy team (${V.email(r, V.person(r), 'example.com')}) at any time.`,
  (r, b) => {
    const e = V.email(r);
    b.line`<p>Write to <a href="mailto:${e}">${e}</a> for a quote.</p>`;
  },
  (r, b) => b.line`Unsubscribe: https://news.example.com/u?email=${V.email(r)}&list=weekly`,
  (r, b) => b.line`${V.email(r)} wrote on ${D.date(r)}: "Looks good, ship it."`,
  (r, b) => b.line`The address on file, "${V.email(r)}", bounced twice.`,
  (r, b) => {
    const p = V.person(r);
    const e = V.email(r, p);
    b.line`CONTACT: ${name(p).toUpperCase()} — ${pii('email', e.value.toUpperCase(), 'upper')}`;
  },
  (r, b) => b.line`Mentions: @${V.person(r).first.toLowerCase()}_${r.int(1, 99)} and @${V.person(r).last.toLowerCase()} liked the post; see https://medium.com/@${V.person(r).first.toLowerCase()}/notes-${r.int(1, 999)}.`,
  (r, b) => b.line`Run \`npm i lodash@${D.version(r).value.replace(/^v/, '')}\` and pull ghcr.io/acme/api@${D.hash(r)}; clone git@github.com:acme/api.git.`,
  (r, b) => b.line`Assets: logo@2x.png, icon@3x.webp, hero@1.5x.jpg — all ${D.measurement(r)}.`,
  // phone
  (r, b) => b.line`Call ${V.phone(r)} for details.`,
  (r, b) => b.line`${V.phone(r)} (mobile) — leave a voicemail if no answer.`,
  (r, b) => {
    const p = V.phone(r, 'US');
    const d = p.value.replace(/[^0-9]/g, '').slice(-10);
    b.line`<a href="tel:${pii('phone', `+1${d}`, 'US:tel-uri')}">${p}</a>`;
  },
  (r, b) => b.line`Phone/Fax: ${V.phone(r)} / ${V.phone(r)}`,
  (r, b) => b.line`You can reach me on ${V.phone(r)}, or on my landline, ${V.phone(r)}.`,
  (r, b) => b.line`Tel.:${V.phone(r, r.pick(['DE', 'FR', 'GB', 'NL', 'IE']))}`,
  (r, b) => b.line`Our lines are open 24/7; press 1 for billing or dial extension ${r.int(100, 999)}. For emergencies call 911.`,
  (r, b) => b.line`Text STOP to ${r.int(10000, 99999)} to opt out. Msg & data rates may apply; ref ${D.reference(r)}.`,
  (r, b) => b.line`Call reference ${D.reference(r)} was logged at ${D.time(r)} on ${D.date(r)} (duration ${r.int(1, 59)}:${String(r.int(0, 59)).padStart(2, '0')}).`,
  (r, b) => b.line`Phone model ${r.pick(['SM-G991B', 'A2849', 'Pixel 8', 'XT2201-2'])}, serial ${D.serial(r)}, purchased ${D.date(r)} for ${D.money(r)}.`,
  // IP
  (r, b) => b.line`Blocked ${V.ipv4(r)} after ${r.int(5, 500)} failed attempts; whitelisted ${V.ipv4(r)}.`,
  (r, b) => b.line`Open http://${V.ipv4(r)}:${D.port(r)}/admin in your browser (default password changed on ${D.date(r)}).`,
  (r, b) => b.line`X-Forwarded-For: ${V.ipv4(r)}, ${V.ipv4(r)}`,
  (r, b) => b.line`Connect to [${V.ipv6(r)}]:${D.port(r)} or use the IPv4 address ${V.ipv4(r)}.`,
  (r, b) => b.line`The DHCP pool runs from ${V.ipv4(r)} to ${V.ipv4(r)}; lease time ${r.int(1, 24)} h.`,
  (r, b) => b.line`See section ${r.int(1, 9)}.${r.int(1, 9)}.${r.int(1, 9)}.${r.int(1, 9)} of the spec and figure ${r.int(1, 9)}.${r.int(1, 9)}.`,
  (r, b) => b.line`Please upgrade to version ${dist('version', `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 20)}`)} before ${D.date(r)}; ${dist('version', `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 20)}`)} is end-of-life.`,
  (r, b) => b.line`Installed ${r.pick(['agent', 'driver', 'package', 'SDK'])} ${dist('version', `${r.int(1, 20)}.${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 200)}`)} on ${r.int(2, 40)} hosts without issues.`,
  (r, b) => b.line`Browser: Chrome/${r.int(100, 126)}.0.${r.int(4000, 6500)}.${r.int(10, 200)}, OS build ${r.int(10, 11)}.0.${r.int(19041, 22631)}.${r.int(100, 3000)}.`,
  // SSN
  (r, b) => b.line`Applicant SSN ${V.ssn(r)}; co-applicant SSN ${V.ssn(r)}.`,
  (r, b) => b.line`{"name": "${name(V.person(r))}", "ssn": "${V.ssn(r)}", "dob": "${V.dob(r)}"}`,
  (r, b) => b.line`ssn=${V.ssn(r, 'bare')}&state=${r.pick(['CA', 'NY', 'TX'])}&zip=${D.zip(r)}`,
  (r, b) => b.line`Please confirm the last four of your SSN (${D.lastFour(r)}) — never the full number.`,
  (r, b) => b.line`Medical record ${V.medicalRecord(r)} and claim ${D.usTaxLike(r)} were merged on ${D.date(r)}.`,
  (r, b) => b.line`Clone ${D.atLike(r)} and pin ${D.atLike(r)} in package.json.`,
  (r, b) => b.line`Amazon order ${dist('order', `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`)} and UPS ${D.tracking(r)} both show delivered.`,
  // IBAN / BIC
  (r, b) => b.line`IBAN: ${V.iban(r)}.`,
  (r, b) => b.line`IBAN/BIC: ${V.iban(r)} / ${V.bic(r)}`,
  (r, b) => b.line`Refunds go back to the original account (${V.iban(r)}) within ${r.int(3, 10)} days.`,
  (r, b) => b.line`Sort code ${D.ukSortCode(r)}, account number ${V.bankAccount(r)}, ref ${D.invoiceNo(r)}.`,
  // cards
  (r, b) => b.line`card ${V.card(r)} exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)} cvv ${r.digits(3)}`,
  (r, b) => b.line`${V.card(r)}|${String(r.int(1, 12)).padStart(2, '0')}|20${r.int(26, 31)}|${r.digits(3)}`,
  (r, b) => b.line`"cardNumber": "${V.card(r)}", "expiry": "${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}"`,
  (r, b) => b.line`Gift card balance ${D.money(r)}; loyalty no. ${D.luhnSerial(r)}; ISBN ${D.isbn(r)}.`,
  (r, b) => b.line`Your ${r.pick(['Visa', 'Mastercard', 'Amex'])} ${D.lastFour(r)} was charged ${D.money(r)} on ${D.date(r)} (auth ${r.digits(6)}).`,
];

const snippets: Gen = (r, b) => {
  for (let i = 0, n = r.int(5, 10); i < n; i++) r.pick(SNIPPETS)(r, b);
};

EN_KINDS.snippets = snippets;
