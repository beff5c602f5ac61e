/* eslint-disable @typescript-eslint/no-unused-expressions, no-irregular-whitespace -- b.line`…` tagged templates
   append to the document; the full-width spaces (U+3000) are part of the Chinese text being generated */
/**
 * Chinese documents: customer-service records, social-media posts, SMS notices, HR registration forms,
 * invoices and order details, WeChat chats, logs, second-hand listings, booking confirmations, parking
 * records and company profiles. Values sit directly against CJK characters and full-width punctuation
 * (手机号13812345678，…), next to 订单号, 快递单号, 发票号, amounts, dates and member numbers.
 */
import * as D from './distractors.js';
import type { DocBuilder } from './doc.js';
import { ZH_CITIES, ZH_COMPANIES, ZH_DISTRICTS, ZH_GIVEN, ZH_PRODUCTS, ZH_SURNAMES } from './names.js';
import type { Rng } from './prng.js';
import * as V from './values.js';

type Gen = (r: Rng, b: DocBuilder) => void;

const zhName = (r: Rng) => r.pick(ZH_SURNAMES) + r.pick(ZH_GIVEN);
const addr = (r: Rng) => `${r.pick(ZH_CITIES)}市${r.pick(ZH_DISTRICTS)}${r.pick(['建国路', '中山路', '人民路', '科技园南路', '解放大道', '长江路'])}${r.int(1, 999)}号${r.int(1, 30)}栋${r.int(101, 2808)}室`;

const csRecord: Gen = (r, b) => {
  const n = zhName(r);
  b.line`【客服工单】工单号：${D.ticketZh(r)}　创建时间：${D.datetimeZh(r)}`;
  b.line`客户姓名：${n}　会员号：${D.memberNo(r)}`;
  const ph = V.phoneCn(r);
  r.pick([
    () => b.line`联系电话：${ph}`,
    () => b.line`手机号${ph}，客户要求下午回电。`,
    () => b.line`客户留的电话是${ph}（本人），备用号码${V.phoneCn(r)}。`,
    () => b.line`来电号码 ${ph}`,
  ])();
  b.line`订单号：${D.orderNoZh(r)}，下单时间${D.dateZh(r)}，金额${D.moneyZh(r)}。`;
  r.pick([
    () => b.line`问题描述：客户反映商品（${r.pick(ZH_PRODUCTS)}）未收到，快递单号${D.expressNo(r)}显示已签收。`,
    () => b.line`问题描述：申请退款${D.moneyZh(r)}，原路退回至银行卡（${D.tailNo(r)}）。`,
    () => b.line`问题描述：发票抬头错误，原发票号码${D.invoiceZh(r)}，需重开。`,
    () => b.line`问题描述：APP升级到${D.versionZh(r)}后无法登录，提示验证码${D.verifyCode(r)}已过期。`,
  ])();
  if (r.chance(0.5)) {
    const id = V.residentId(r);
    r.pick([
      () => b.line`实名认证：身份证号${id}，已核验。`,
      () => b.line`客户提供身份证号码：${id}（用于办理退货）`,
      () => b.line`证件号码 ${id}`,
    ])();
  }
  if (r.chance(0.4)) b.line`客户邮箱：${V.emailZh(r)}，处理结果已发送。`;
  if (r.chance(0.3)) b.line`退款账户：${V.cardCn(r)}（${r.pick(['工商银行', '建设银行', '招商银行', '农业银行'])}），户名${n}。`;
  b.line`处理人：${zhName(r)}　处理时间：${D.datetimeZh(r)}　状态：${r.pick(['已解决', '处理中', '待回访'])}`;
};

const socialPost: Gen = (r, b) => {
  const style = r.pick(['sell', 'lost', 'review', 'rent']);
  if (style === 'sell') {
    b.line`【转让】九成新${r.pick(ZH_PRODUCTS)}，原价${D.moneyZh(r)}，现${D.moneyZh(r)}出，${r.pick(ZH_CITIES)}同城自提～`;
    const ph = V.phoneCn(r);
    r.pick([
      () => b.line`有意私信或加微信，电话${ph}`,
      () => b.line`联系我：${ph}（微信同号）`,
      () => b.line`${ph} 非诚勿扰！`,
      () => b.line`想要的call我 ${ph}`,
    ])();
    b.line`#闲置转让# #${r.pick(ZH_CITIES)}二手# ${D.dateZh(r)}`;
  } else if (style === 'lost') {
    b.line`急！！${D.dateZh(r)}下午在${r.pick(ZH_CITIES)}地铁${r.int(1, 12)}号线丢了一个钱包，里面有身份证和银行卡😭`;
    b.line`身份证号码是${V.residentId(r)}，已经挂失了，捡到的好心人请联系${V.phoneCn(r)}，必有重谢🙏`;
    b.line`转发扩散～ 评论区${r.int(2, 300)}条 点赞${r.int(10, 9999)}`;
  } else if (style === 'review') {
    b.line`买了${r.pick(ZH_PRODUCTS)}，订单号${D.orderNoZh(r)}，${D.dateZh(r)}下单，${D.dateZh(r)}才到，快递单号${D.expressNo(r)}，物流太慢了！`;
    b.line`客服电话一直打不通，最后发邮件到${V.emailZh(r)}才有人回。给${r.int(1, 5)}星。`;
    b.line`价格${D.moneyZh(r)}，用了${r.int(2, 30)}天，续航${r.int(4, 40)}小时，满意度${D.percent(r)}。`;
  } else {
    b.line`${r.pick(ZH_CITIES)}${r.pick(ZH_DISTRICTS)}整租两居室，${r.int(60, 120)}平米，月租${D.moneyZh(r)}，押一付三，${D.dateZh(r)}起可入住。`;
    b.line`看房请联系房东${r.pick(ZH_SURNAMES)}先生：${V.phoneCn(r)}；或发邮件${V.emailZh(r)}。`;
    b.line`小区门禁码${D.verifyCode(r)}，邮编${D.postcodeZh(r)}。`;
  }
};

const smsNotice: Gen = (r, b) => {
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    r.pick([
      () => b.line`【顺丰速运】您的快件${D.expressNo(r)}已到达${r.pick(ZH_CITIES)}转运中心，派件员${zhName(r)}，电话${V.phoneCn(r)}，取件码${D.verifyCode(r)}。`,
      () => b.line`【${r.pick(['京东', '淘宝', '拼多多'])}】尊敬的客户，您的订单${D.orderNoZh(r)}已发货，预计${D.dateZh(r)}送达。退订回T`,
      () => b.line`【${r.pick(['工商银行', '招商银行', '建设银行'])}】您尾号${D.verifyCode(r)}的卡于${D.datetimeZh(r)}消费${D.moneyZh(r)}，余额${D.moneyZh(r)}。`,
      () => b.line`【12306】订单${D.ticketZh(r)}，${zhName(r)}您已购${D.dateZh(r)}${D.ticketZh(r)}次列车，${r.int(1, 16)}车${r.int(1, 20)}${r.pick(['A', 'B', 'C', 'D', 'F'])}号。`,
      () => b.line`【${r.pick(ZH_COMPANIES)}】您的验证码为${D.verifyCode(r)}，${r.int(3, 10)}分钟内有效。如非本人操作请致电${V.phoneCn(r)}。`,
      () => b.line`快递员${zhName(r)}（${V.phoneCn(r)}）提醒：您的包裹已放至${r.pick(['菜鸟驿站', '丰巢柜', '门卫室'])}，取件码${D.verifyCode(r)}。`,
    ])();
  }
};

const hrForm: Gen = (r, b) => {
  const n = zhName(r);
  const birth = V.birthYmd(r, 1960, 2004);
  b.line`员工入职登记表　　填表日期：${D.dateZh(r)}　　工号：${D.memberNo(r)}`;
  b.line`姓名：${n}　性别：${r.pick(['男', '女'])}　民族：汉`;
  b.line`出生日期：${V.dobZh(r, birth)}`;
  b.line`身份证号码：${V.residentId(r, birth)}`;
  b.line`手机：${V.phoneCn(r)}　　电子邮箱：${V.emailZh(r)}`;
  b.line`现住址：${addr(r)}，邮编${D.postcodeZh(r)}`;
  b.line`紧急联系人：${zhName(r)}（${r.pick(['配偶', '父亲', '母亲'])}），联系电话：${V.phoneCn(r)}`;
  b.line`工资卡开户行：${r.pick(['中国银行', '招商银行', '工商银行'])}${r.pick(ZH_CITIES)}分行　卡号：${V.cardCn(r)}`;
  b.line`入职日期：${D.dateZh(r)}　试用期${r.int(1, 6)}个月　月薪${D.moneyZh(r)}`;
  if (r.chance(0.4)) b.line`护照号码：${V.passportCn(r)}（出差用）`;
};

const invoiceZh: Gen = (r, b) => {
  b.line`${r.pick(['增值税电子普通发票', '电子发票（普通发票）', '增值税专用发票'])}`;
  b.line`发票代码：${D.invoiceZh(r)}　发票号码：${D.invoiceZh(r)}　开票日期：${D.dateZh(r)}`;
  b.line`购买方名称：${r.pick(ZH_COMPANIES)}`;
  b.line`纳税人识别号：${V.uscc(r)}`;
  b.line`地址、电话：${addr(r)} ${V.phoneCn(r)}`;
  b.line`开户行及账号：${r.pick(['中国工商银行', '招商银行', '中国建设银行'])}${r.pick(ZH_CITIES)}支行 ${V.corpAccountZh(r)}`;
  for (let i = 0, k = r.int(1, 3); i < k; i++) b.line`*${r.pick(['电子产品', '日用品', '服务'])}*${r.pick(ZH_PRODUCTS)}　规格${D.productCode(r)}　数量${r.int(1, 50)}　单价${D.moneyZh(r)}　税率${r.pick(['13%', '6%', '3%'])}`;
  b.line`价税合计（大写）${r.pick(['壹仟贰佰捌拾元整', '叁佰伍拾元整', '玖仟元整'])}（小写）${D.moneyZh(r)}`;
  b.line`销售方：${r.pick(ZH_COMPANIES)}　统一社会信用代码：${V.uscc(r)}`;
  b.line`订单号：${D.orderNoZh(r)}　商品条码：${D.eanZh(r)}　备注：${D.ticketZh(r)}`;
};

const wechatChat: Gen = (r, b) => {
  const a = zhName(r);
  const c = zhName(r);
  const t = () => `${String(r.int(8, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
  b.line`${a} ${t()}`;
  b.line`${c}你好，我是${r.pick(ZH_COMPANIES)}的${a}，合同的事还需要你的身份证号`;
  b.line`${c} ${t()}`;
  b.line`好的 ${V.residentId(r)}`;
  b.line`${a} ${t()}`;
  b.line`收到👌 另外方便留个邮箱吗？报价单发你`;
  b.line`${c} ${t()}`;
  b.line`${V.emailZh(r)}`;
  if (r.chance(0.6)) {
    b.line`${c} ${t()}`;
    b.line`有事打我电话${V.phoneCn(r)}，微信消息有时候看不到`;
  }
  if (r.chance(0.4)) {
    b.line`${a} ${t()}`;
    b.line`定金${D.moneyZh(r)}请转到这张卡：${V.cardCn(r)}，户名${a}`;
  }
  b.line`${a} ${t()}`;
  b.line`好的，订单${D.orderNoZh(r)}我这边${D.dateZh(r)}前安排发货，快递单号回头发你`;
};

const logZh: Gen = (r, b) => {
  for (let i = 0, n = r.int(4, 10); i < n; i++) {
    r.pick([
      () => b.line`[${D.datetimeZh(r)}] 用户${V.phoneCn(r)}登录成功，登录IP：${V.ip(r)}，设备型号${r.pick(['iPhone15,2', 'M2012K11AC', 'SM-G9910'])}，版本${D.versionZh(r)}`,
      () => b.line`[${D.datetimeZh(r)}] 异地登录告警：账号${V.emailZh(r)}，来源IP ${V.ipv4(r)}（${r.pick(ZH_CITIES)}）`,
      () => b.line`[${D.datetimeZh(r)}] 订单${D.orderNoZh(r)}支付成功，金额${D.moneyZh(r)}，流水号${D.orderNoZh(r)}`,
      () => b.line`[${D.datetimeZh(r)}] 服务器${V.ipv4(r)}:${D.port(r)} 响应超时 ${r.int(100, 9000)}ms，重试${r.int(1, 5)}次`,
      () => b.line`[${D.datetimeZh(r)}] 发货完成，快递单号${D.expressNo(r)}，收件人手机${V.phoneCn(r)}`,
    ])();
  }
};

const booking: Gen = (r, b) => {
  const n = zhName(r);
  b.line`【预订确认】${r.pick(['酒店', '机票', '旅行团'])}订单${D.orderNoZh(r)}`;
  b.line`入住人/乘机人：${n}　证件类型：${r.pick(['身份证', '护照'])}`;
  if (r.chance(0.5)) b.line`证件号：${V.residentId(r)}`;
  else b.line`护照号：${V.passportCn(r)}，有效期至${D.dateZh(r)}`;
  b.line`联系手机：${V.phoneCn(r)}　邮箱：${V.emailZh(r)}`;
  b.line`航班${D.ticketZh(r)}　${D.datetimeZh(r)}起飞　座位${r.int(1, 60)}${r.pick(['A', 'C', 'K'])}　票价${D.moneyZh(r)}（含税${D.percent(r)}）`;
  b.line`如需改签请致电客服热线${V.phoneCn(r)}，或于${D.dateZh(r)}前在APP（${D.versionZh(r)}）内操作。`;
};

const parking: Gen = (r, b) => {
  b.line`停车记录导出　${D.datetimeZh(r)}`;
  for (let i = 0, k = r.int(2, 6); i < k; i++) {
    r.pick([
      () => b.line`车牌号：${V.plate(r)}　入场${D.datetimeZh(r)}　出场${D.datetimeZh(r)}　费用${D.moneyZh(r)}`,
      () => b.line`车辆${V.plate(r)}违停，车主${zhName(r)}，电话${V.phoneCn(r)}，已通知挪车。`,
      () => b.line`月卡车辆 ${V.plate(r)}，到期${D.dateZh(r)}，车位${r.pick(['A', 'B', 'C'])}-${r.int(1, 300)}`,
    ])();
  }
};

const companyProfile: Gen = (r, b) => {
  b.line`企业名称：${r.pick(ZH_COMPANIES)}`;
  b.line`统一社会信用代码：${V.uscc(r)}`;
  b.line`法定代表人：${zhName(r)}　成立日期：${D.dateZh(r)}　注册资本：${D.moneyZh(r)}`;
  b.line`注册地址：${addr(r)}`;
  b.line`联系电话：${V.phoneCn(r)}　传真：${V.phoneCn(r)}`;
  b.line`对公账户：${V.corpAccountZh(r)}（开户行：${r.pick(['中国银行', '交通银行'])}${r.pick(ZH_CITIES)}分行）`;
  b.line`联系邮箱：${V.emailZh(r)}　官网版本${D.versionZh(r)}　备案号${r.pick(['京', '沪', '粤'])}ICP备${D.memberNo(r)}号`;
};

const notice: Gen = (r, b) => {
  b.line`关于${r.pick(['年度体检', '消防演练', '系统升级', '春节放假'])}的通知`;
  b.line`各部门：定于${D.dateZh(r)} ${D.time(r)}开始，预计持续${r.int(1, 8)}小时。系统将升级至${D.versionZh(r)}，服务器${V.ipv4(r)}届时暂停访问。`;
  b.line`参会人员请于${D.dateZh(r)}前报名，联系人：${zhName(r)}，电话${V.phoneCn(r)}，邮箱${V.emailZh(r)}。`;
  b.line`会议室${r.int(101, 1208)}，会议号${D.verifyCode(r)}，费用预算${D.moneyZh(r)}，参会率目标${D.percent(r)}。`;
  b.line`${r.pick(ZH_COMPANIES)}行政部　${D.dateZh(r)}`;
};

const complaint: Gen = (r, b) => {
  const n = zhName(r);
  b.line`【投诉】${D.dateZh(r)} 用户${n}反映：${r.pick(ZH_PRODUCTS)}质量问题，订单号${D.orderNoZh(r)}，已联系${r.pick(['京东', '天猫', '拼多多'])}客服热线${V.phoneCnVariant(r)}无果。`;
  b.line`联系方式：${V.phoneCn(r)}、${V.phoneCn(r)}（备用）；邮箱：${V.emailZh(r)}；QQ：${V.qq(r)}`;
  r.pick([
    () => b.line`公司座机${V.phoneCnVariant(r)}，工作日${D.time(r)}后有人接听。`,
    () => b.line`境外请拨${V.phoneCnVariant(r)}，或发邮件至${V.emailZh(r)}。`,
    () => b.line`收货人手机${V.phoneCn(r)}，快递单号${D.expressNo(r)}，运单已于${D.datetimeZh(r)}签收。`,
  ])();
  if (r.chance(0.5)) b.line`用户身份证号${V.residentId(r)}，银行卡${V.cardCn(r)}（${D.tailNo(r)}），退款${D.moneyZh(r)}。`;
  b.line`处理结果：已补发，新单号${D.orderNoZh(r)}，工号${D.memberNo(r)}跟进，满意度${D.percent(r)}。`;
};

const tableExport: Gen = (r, b) => {
  const sep = r.pick([',', '\t', '|', '，'] as const);
  b.line`${r.pick(['会员信息导出', '客户名单', '报名表'])} ${D.datetimeZh(r)}`;
  b.join(['序号', '姓名', '手机号', '身份证号', '邮箱', '注册日期', '消费金额'], sep);
  for (let i = 1, n = r.int(3, 8); i <= n; i++) {
    b.join([String(i), zhName(r), V.phoneCn(r), V.residentId(r), V.emailZh(r), D.dateZh(r), D.moneyZh(r)], sep);
  }
  b.line`共${r.int(3, 8)}条记录，导出人工号${D.memberNo(r)}`;
};

export const ZH_KINDS: Record<string, Gen> = {
  complaint,
  'table-export': tableExport,
  'cs-record': csRecord,
  'social-post': socialPost,
  'sms-notice': smsNotice,
  'hr-form': hrForm,
  invoice: invoiceZh,
  'wechat-chat': wechatChat,
  log: logZh,
  booking,
  parking,
  'company-profile': companyProfile,
  notice,
};
