import { defineDetector } from '../../src/types.js';
import { toSimplified } from '../../src/engine/zh-script.js';
import { compact } from '../_lib/normalize.js';

/**
 * PRC motor-vehicle registration plate (机动车号牌, GA 36): province abbreviation · issuing-office letter ·
 * optional separator dot · serial. The serial is 5 letters/digits on ordinary plates, 6 on new-energy
 * plates (small vehicles: D/F first, large vehicles: D/F last), or 4 plus a suffix character on
 * driving-school (学), trailer (挂) and cross-border Hong Kong / Macao (港/澳) plates. I and O are never
 * used, so they cannot be confused with 1 and 0. No checksum: the shape is distinctive (a CJK province
 * character directly before a Latin letter is rare in prose), but a plate in running text still needs a
 * context word; a plate alone on its line or in a plate column is reported.
 *
 * A plate links a vehicle to its keeper through the registration record, so it is personal data whenever
 * the keeper is a natural person; it is not a government ID of the person, hence `confidential`.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const PROVINCE = '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]';
const AN = '[A-HJ-NP-Z0-9]';
const SERIAL = `(?:(?:[DF]${AN}[0-9]{4}|[0-9]{5}[DF]|${AN}{5})\\b|${AN}{4}[学挂港澳])`;

const NORMAL = new RegExp(`^${PROVINCE}[A-HJ-NP-Z]${SERIAL.replace(/\\b/g, '')}$`, 'u');

export default defineDetector({
  id: 'cn.license_plate',
  name: 'PRC vehicle licence plate',
  category: 'government_id',
  sensitivity: 'confidential',
  locales: ['CN'],
  description: 'PRC motor-vehicle plate (粤B·12345, new-energy 粤B·D12345, 学/挂/港/澳 suffixes).',
  patterns: [
    { name: 'plate', regex: `${PROVINCE}[A-HJ-NP-Z][ ·・•.\\-]?${SERIAL}`, score: 0.45 },
    // The middle dot between the issuing office and the serial is how a plate is printed and written (苏E·3M8R6);
    // nothing else puts a province, a letter and a dot before five letters and digits, so it needs no other word.
    { name: 'plate-dotted', regex: `${PROVINCE}[A-HJ-NP-Z][·・•]${SERIAL}`, score: 0.5 },
  ],
  context: {
    words: [
      '车牌', '车牌号', '车牌号码', '号牌', '号牌号码', '车辆', '车主', '机动车', '行驶证', '停车', '违章', '违停', '车号', '年检', '教练车',
      '轿车', '挪车', '驾驶', '车位', 'suv',
      'license plate', 'licence plate', 'number plate', 'plate', 'plate number', 'plate no', 'registration plate',
      'vehicle', 'car',
    ],
  },
  columnHints: [
    '车牌号', '车牌', '车牌号码', '号牌号码', '号牌', '车号', 'license plate', 'licence plate', 'plate number', 'plate no',
    'plate', 'vehicle plate', 'cph',
  ],
  // Hong Kong and Taiwan text writes the province and suffix in traditional script (粵B12345, 學): one plate, one form.
  normalize: (raw: string) => compact(toSimplified(raw.replace(/[·・•]/g, ''))),
  validate(n: string) {
    if (!NORMAL.test(n)) return 'invalid';
    // A serial of letters only is a word or code, never an issued plate.
    return /[0-9]/.test(n.slice(2)) ? 'unknown' : 'invalid';
  },
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic plates.
      '粤B·D12345',
      '京A·F0236',
      '沪A 8K3F9',
      '苏E·20318F',
      { text: '车牌号京N·7H9P2的车辆停在B2层。', value: '京N·7H9P2' },
      { text: 'The vehicle with licence plate 浙A8C7J2 was towed on Monday.', value: '浙A8C7J2' },
      { text: '违章车辆：粤Z·1234港', value: '粤Z·1234港' },
      { text: '車牌號碼：粵B12345，車主：陳志強', value: '粵B12345', note: 'traditional script' },
      { text: '教练车 川A·3921学 已年检', value: '川A·3921学' },
      { text: '车主信息\n鄂A·6M2R8', value: '鄂A·6M2R8', note: 'label on the line above' },
      { text: '谁家的白色SUV 苏E·3M8R6 堵在消防通道了？麻烦挪一下', value: '苏E·3M8R6', note: 'a chat message' },
      { text: '3     冀F·3B7Q1    邱文斌      15031287469', value: '冀F·3B7Q1', note: 'the dotted form in a table row, far from its header' },
      { text: '被告人驾驶粤B8K2M9小型轿车至现场', value: '粤B8K2M9' },
    ],
    noMatch: [
      { text: '京A·I2345', note: 'I is never used in a serial' },
      { text: '京A·O1234', note: 'O is never used in a serial' },
      { text: '粤B·ABCDE', note: 'letters only' },
      { text: '北京A123456 号段', note: 'six digits without a new-energy letter' },
      { text: '型号浙A8C7J2为内部编码', note: 'plate shape in prose without a vehicle context word' },
      { text: '批次浙A·8C7J2X', note: 'the dotted form inside a longer token' },
      { text: '粤B·D1234X5', note: 'longer token' },
      { text: '车牌 京A·1234', note: 'serial too short' },
    ],
  },
});
