import { defineDetector } from '../src/types.js';
import { isVinShape, vinCheckValid } from './_lib/vin.js';

/**
 * Vehicle Identification Number (ISO 3779): 17 characters without I, O, Q. A VIN is registered to its
 * keeper, so it identifies a person as much as a device ID does; the category is `online_id` (persistent
 * unique identifier) because the catalogue has no vehicle category and a VIN is not a government document.
 *
 * Position 9 is a check digit wherever it is mandatory (North America, China); European and most other
 * manufacturers may put anything there, so a mismatch outside those regions is 'unknown' and the low base
 * score keeps such VINs only next to a context word.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

// WMI first character: 1-5 North America (49 CFR 565), L China (GB 16735) require the check digit.
const CHECK_DIGIT_REQUIRED = /^[1-5L]/;
// Model-year codes (position 10) never use 0, U or Z in the regions that mandate the check digit.
const NO_YEAR_CODE = /^[0UZ]$/;

export default defineDetector({
  id: 'vin',
  name: 'Vehicle identification number (VIN)',
  category: 'online_id',
  sensitivity: 'confidential',
  description: '17-character VIN (ISO 3779) with the position-9 check digit; VINs without a check digit only with context.',
  patterns: [{ name: 'vin', regex: '\\b[A-HJ-NPR-Z0-9]{17}\\b', score: 0.25 }],
  context: {
    words: [
      'vin', 'vin number', 'vehicle identification number', 'vehicle identification', 'chassis', 'chassis number',
      'chassis no', 'frame number', 'fahrgestellnummer', 'châssis',
      '车架号', '车辆识别代号', '车辆识别码', '车辆识别号', '底盘号', '车辆识别代码',
    ],
  },
  columnHints: [
    'vin', 'vin number', 'vin no', 'vin code', 'vehicle identification number', 'chassis number', 'chassis no',
    'frame number', '车架号', '车辆识别代号', '车辆识别码', '车辆识别号', '底盘号',
  ],
  normalize: (raw: string) => raw.trim().toUpperCase(),
  validate(n: string) {
    if (!isVinShape(n)) return 'invalid';
    // Every real VIN mixes letters (WMI) and digits (serial); all-digit runs are numbers, all-letter runs words.
    if (!/[A-Z]/.test(n) || !/[0-9]/.test(n)) return 'invalid';
    // Upper-case hex (hash fragments, object ids) fits the alphabet; a VIN's WMI/VDS almost never stays within A-F.
    if (/^[0-9A-F]{17}$/.test(n)) return 'invalid';
    if (CHECK_DIGIT_REQUIRED.test(n)) {
      if (NO_YEAR_CODE.test(n[9])) return 'invalid';
      return vinCheckValid(n) ? 'valid' : 'invalid';
    }
    return vinCheckValid(n) ? 'valid' : 'unknown';
  },
  // Sample VINs printed in Wikipedia and countless VIN-decoder tutorials.
  deny: ['1M8GDM9AXKP042788', '1HGBH41JXMN109186'],
  legal: ['gdpr:art4-1', 'ccpa:1798.140-v-1-a', 'pipl:art4'],
  examples: {
    match: [
      // Synthetic VINs: real WMI prefixes, made-up serials, check digit computed.
      '1FTFW1E53MKE12345',
      'LSVAU218XN2183294',
      { text: 'Vehicle: 2019 sedan, VIN 2T1BURHE6KC123456, registered to the policy holder.', value: '2T1BURHE6KC123456' },
      { text: '车架号：LFV2A21K4G3041234，发动机号见行驶证。', value: 'LFV2A21K4G3041234' },
      { text: 'Chassis number 5YJ3E1EA2KF317000 recorded at intake', value: '5YJ3E1EA2KF317000' },
      { text: 'JTDBR32EX20012345 was imported in 2002.', value: 'JTDBR32EX20012345' },
      { text: 'Fahrgestellnummer (VIN): WVWZZZ1JZXW000001', value: 'WVWZZZ1JZXW000001', note: 'European VIN, no check digit' },
      { text: 'vin,WDB1240221A123456', value: 'WDB1240221A123456', note: 'check digit not used by this maker' },
    ],
    noMatch: [
      { text: 'VIN: 1FTFW1E54MKE12345', note: 'US VIN with a wrong check digit' },
      { text: '车架号：LSVAU2181N2183294', note: 'Chinese VIN with a wrong check digit' },
      { text: 'WVWZZZ1JZXW000001', note: 'no check digit and no context' },
      { text: 'build 3A5F09C137B2E4D60 deployed', note: 'hex string that happens to pass the check digit' },
      '1M8GDM9AXKP042788',
      '1HGBH41JXMN109186',
      '12345678901234567',
      'ABCDEFGHJKLMNPRST',
      { text: 'VIN 1FTFW1E53MKE123456', note: '18 characters' },
      { text: 'VIN 1FTFW1E53MKE1234', note: '16 characters' },
      'x1FTFW1E53MKE12345',
    ],
  },
});
