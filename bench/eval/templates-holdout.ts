/* eslint-disable @typescript-eslint/no-unused-expressions, no-irregular-whitespace -- b.line`…` tagged templates
   append to the document; the full-width spaces (U+3000) are part of the Chinese text being generated */
/**
 * A second, smaller set of document kinds (`npm run eval -- --holdout`), written after the detectors were
 * tuned against the main corpus and never used to tune them: a check that the fixes generalise beyond the
 * sentences they were found in. Different genres and phrasing: personal letters, incident reports, social
 * posts, recruiting mail, fraud alerts, event lists, referral letters; Chinese news, property listings,
 * job postings, hotel registrations, courier complaints.
 */
import * as D from './distractors.js';
import type { DocBuilder } from './doc.js';
import { CITIES, COMPANIES, ZH_CITIES, ZH_COMPANIES, ZH_DISTRICTS, ZH_GIVEN, ZH_SURNAMES } from './names.js';
import type { Rng } from './prng.js';
import * as V from './values.js';

type Gen = (r: Rng, b: DocBuilder) => void;
const name = (p: V.Person) => `${p.first} ${p.last}`;

const letter: Gen = (r, b) => {
  const me = V.person(r);
  const you = V.person(r);
  b.line`Dear ${you.first},`;
  b.line`It was lovely to catch up in ${r.pick(CITIES)} on ${D.date(r)}. As promised, here are my new details — I finally switched carriers, so the old number no longer works.`;
  b.line`Mobile: ${V.phone(r)}. Email is the same as before (${V.email(r, me)}), though work mail now goes to ${V.email(r, me, r.pick(['globex.io', 'contoso.co.uk', 'initech.net']))}.`;
  b.line`The rent for the cottage came to ${D.money(r)} for ${r.int(2, 14)} nights; if you want to split it, my account is ${V.iban(r)}.`;
  b.line`PS: the Wi-Fi there was dreadful — ${D.measurement(r)} pings to ${V.ipv4(r)} — and the router still ran firmware ${D.version(r)}!`;
  b.line`Love, ${me.first}`;
};

const incident: Gen = (r, b) => {
  const p = V.person(r);
  b.line`INCIDENT REPORT #${r.digits(7)} — filed ${D.timestamp(r)}`;
  b.line`Reporting party: ${name(p)}, DOB ${V.dob(r)}, contact ${V.phone(r, 'US')}.`;
  b.line`At approximately ${D.time(r)} the complainant noticed unauthorized charges of ${D.money(r)} on card ${V.card(r)}, made from IP ${V.ip(r)}.`;
  b.line`Complainant provided SSN ${V.ssn(r)} for identity verification; case cross-referenced with ${D.reference(r)} and ${D.usTaxLike(r)}.`;
  b.line`Suspect used the email ${V.email(r)} and the number ${V.phone(r)} to register the account on ${D.date(r)}.`;
  b.line`Evidence bag ${D.serial(r)} logged at ${D.temperature(r)} storage. Reviewed by Sgt. ${V.person(r).last}, badge ${r.int(1000, 9999)}.`;
};

const social: Gen = (r, b) => {
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const u = V.person(r);
    r.pick([
      () => b.line`@${u.first.toLowerCase()}${r.int(1, 99)}: selling my ${r.pick(['bike', 'sofa', 'PS5', 'camera'])} for ${D.money(r)}!! text ${V.phone(r)} #forsale #${r.pick(CITIES).replace(' ', '')}`,
      () => b.line`@${u.last.toLowerCase()}: lost dog near ${r.pick(CITIES)} park 😢 if found pls call ${V.phone(r)} or dm. ${D.date(r)}`,
      () => b.line`@${u.first.toLowerCase()}_${u.last.toLowerCase()}: giveaway winners announced ${D.date(r)} — email ${V.email(r)} to claim (ref ${D.reference(r)}) ✨`,
      () => b.line`@${u.first.toLowerCase()}: v${D.version(r).value.replace(/^v/, '')} of the app is out, ${D.percent(r)} faster. changelog: https://example.com/r/${D.buildId(r).value.replace('#', '')}`,
      () => b.line`@${u.last.toLowerCase()}${r.int(1, 9)}: my router got a new public IP (${V.ipv4(r)}) and now nothing works lol`,
    ])();
  }
};

const recruiting: Gen = (r, b) => {
  const c = V.person(r);
  b.line`Subject: Candidate shortlist — ${r.pick(['Senior Analyst', 'Nurse Practitioner', 'Backend Engineer'])} (req ${D.reference(r)})`;
  b.line`Hi team, please find the three finalists below. Interviews are on ${D.date(r)} from ${D.time(r)}.`;
  for (let i = 1; i <= 3; i++) {
    const p = i === 1 ? c : V.person(r);
    b.line`${i}) ${name(p)} — ${V.email(r, p)} — ${V.phone(r)} — expected salary ${D.money(r)}, notice ${r.int(2, 12)} weeks`;
  }
  b.line`Background checks need each candidate's SSN; ${c.first} already sent hers (${V.ssn(r)}). Do not forward this email.`;
  b.line`Thanks, ${V.person(r).first} | Talent Acquisition | ${V.phone(r)}`;
};

const fraudAlert: Gen = (r, b) => {
  b.line`${r.pick(COMPANIES)} Security: unusual activity on your account`;
  b.line`We blocked a payment of ${D.money(r)} to ${V.iban(r)} (${V.bic(r)}) on ${D.date(r)} at ${D.time(r)}.`;
  b.line`The sign-in came from ${V.ip(r)} (${r.pick(CITIES)}), device ${D.serial(r)}, app ${D.version(r)}.`;
  b.line`If this was not you, call ${V.phone(r)} immediately and quote case ${D.reference(r)}. We will never ask for your full card number (only ${D.lastFour(r)}).`;
};

const eventList: Gen = (r, b) => {
  b.line`Registrations — ${r.pick(['Spring Gala', 'DevConf', 'Charity 10K'])} ${D.date(r)} (exported ${D.timestamp(r)})`;
  b.line`# | Name | Email | Phone | Ticket | Paid`;
  for (let i = 1, n = r.int(4, 9); i <= n; i++) {
    const p = V.person(r);
    b.line`${i} | ${name(p)} | ${V.email(r, p)} | ${V.phone(r)} | ${D.orderNo(r)} | ${D.money(r)}`;
  }
};

const referral: Gen = (r, b) => {
  const p = V.person(r);
  b.line`Re: ${name(p)}, born ${V.dob(r)}, MRN ${V.medicalRecord(r)}`;
  b.line`Thank you for seeing this ${r.int(18, 90)}-year-old patient, referred on ${D.date(r)} for ${r.pick(['chest pain', 'persistent cough', 'knee injury'])}. Temperature ${D.temperature(r)}, SpO2 ${r.int(90, 99)}%.`;
  b.line`Insurance: member ${D.reference(r)}, subscriber SSN ${V.ssn(r)}. Patient prefers calls on ${V.phone(r, 'US')}; daughter (${V.phone(r, 'US')}) is the emergency contact.`;
  b.line`Portal messages go to ${V.email(r, p)}. Dr. ${V.person(r).last}, ${V.phone(r, 'US')} / fax ${V.phone(r, 'US')}.`;
};

const zhNews: Gen = (r, b) => {
  b.line`【${r.pick(ZH_CITIES)}讯】${D.dateZh(r)}，${r.pick(ZH_COMPANIES)}发布公告称，第${r.int(1, 4)}季度营收同比增长${D.percent(r)}，达${D.moneyZh(r)}。`;
  b.line`公司新闻发言人${r.pick(ZH_SURNAMES)}${r.pick(ZH_GIVEN)}表示，新版系统（${D.versionZh(r)}）将于${D.dateZh(r)}上线，服务器迁移至${V.ipv4(r)}。`;
  b.line`媒体垂询请致电${V.phoneCn(r)}，或发送邮件至${V.emailZh(r)}。客服热线${V.phoneCnVariant(r)}。`;
};

const property: Gen = (r, b) => {
  b.line`【${r.pick(ZH_CITIES)}${r.pick(ZH_DISTRICTS)}】精装三房出售，${r.int(80, 160)}㎡，总价${D.moneyZh(r)}，房源编号${D.memberNo(r)}。`;
  b.line`业主急售，看房提前联系：${r.pick(ZH_SURNAMES)}经理 ${V.phoneCn(r)}（微信同号），或座机${V.phoneCn(r)}。`;
  b.line`定金请转至业主账户${V.cardCn(r)}，户名${r.pick(ZH_SURNAMES)}${r.pick(ZH_GIVEN)}，备注房源编号。发布日期${D.dateZh(r)}。`;
};

const jobPost: Gen = (r, b) => {
  b.line`${r.pick(ZH_COMPANIES)}招聘启事（${D.dateZh(r)}）`;
  b.line`岗位：${r.pick(['会计', '销售经理', '前端工程师', '行政专员'])}，月薪${D.moneyZh(r)}起，五险一金。`;
  b.line`简历请投递至${V.emailZh(r)}，邮件标题注明“姓名+岗位”；咨询电话${V.phoneCn(r)}，联系人${r.pick(ZH_SURNAMES)}女士。`;
  b.line`面试地点：${r.pick(ZH_CITIES)}市${r.pick(ZH_DISTRICTS)}，乘地铁${r.int(1, 12)}号线，邮编${D.postcodeZh(r)}。`;
};

const hotel: Gen = (r, b) => {
  const birth = V.birthYmd(r, 1960, 2004);
  b.line`入住登记　房号${r.int(101, 2820)}　入住${D.datetimeZh(r)}　预计离店${D.dateZh(r)}`;
  b.line`客人：${r.pick(ZH_SURNAMES)}${r.pick(ZH_GIVEN)}　证件：居民身份证　号码：${V.residentId(r, birth)}`;
  b.line`出生日期：${V.dobZh(r, birth)}　手机：${V.phoneCn(r)}　车牌：${V.plate(r)}`;
  b.line`押金${D.moneyZh(r)}，预授权卡号${V.cardCn(r)}，订单号${D.orderNoZh(r)}。`;
};

const courier: Gen = (r, b) => {
  b.line`【求助】快递丢件怎么办？单号${D.expressNo(r)}，${D.dateZh(r)}寄出，到现在还没收到😭`;
  b.line`打了快递员电话${V.phoneCn(r)}没人接，网点电话${V.phoneCnVariant(r)}一直占线。`;
  b.line`寄件人：${r.pick(ZH_SURNAMES)}先生，${V.phoneCn(r)}；收件人邮箱${V.emailZh(r)}。保价${D.moneyZh(r)}，订单${D.orderNoZh(r)}。`;
};

export const HOLDOUT_EN_KINDS: Record<string, Gen> = { letter, incident, social, recruiting, 'fraud-alert': fraudAlert, 'event-list': eventList, referral };
export const HOLDOUT_ZH_KINDS: Record<string, Gen> = { 'zh-news': zhNews, property, 'job-post': jobPost, hotel, courier };
