/**
 * Payment card brands by IIN (issuer identification number, the leading digits of the PAN, ISO/IEC 7812)
 * and the PAN lengths each brand issues. Ranges follow the brands' published IIN tables; where brands
 * overlap (Discover's 622126-622925 inside UnionPay's 62) the more specific range is listed first.
 */

export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'jcb'
  | 'diners'
  | 'maestro'
  | 'unionpay'
  | 'mir'
  | 'rupay';

interface IinRange {
  brand: CardBrand;
  /** Inclusive prefix range; both ends have the same number of digits. */
  from: string;
  to: string;
  lengths: readonly number[];
}

const R = (brand: CardBrand, from: string, to: string, lengths: readonly number[]): IinRange => ({ brand, from, to, lengths });
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const IIN_RANGES: readonly IinRange[] = [
  R('amex', '34', '34', [15]),
  R('amex', '37', '37', [15]),
  // Diners Club International 300-305, 3095, 36, 38-39 (14 digits historically, 16-19 since the Discover merger).
  R('diners', '300', '305', range(14, 19)),
  R('diners', '3095', '3095', range(14, 19)),
  R('diners', '36', '36', range(14, 19)),
  R('diners', '38', '39', range(16, 19)),
  R('jcb', '3528', '3589', range(16, 19)),
  R('visa', '4', '4', [13, 16, 19]),
  R('mastercard', '51', '55', [16]),
  R('mastercard', '2221', '2720', [16]),
  R('mir', '2200', '2204', range(16, 19)),
  R('discover', '6011', '6011', range(16, 19)),
  R('discover', '644', '649', range(16, 19)),
  R('discover', '65', '65', range(16, 19)),
  R('discover', '622126', '622925', range(16, 19)),
  R('unionpay', '62', '62', range(16, 19)),
  R('rupay', '60', '60', [16]),
  R('rupay', '508', '508', [16]),
  R('maestro', '50', '50', range(12, 19)),
  R('maestro', '56', '58', range(12, 19)),
  R('maestro', '639', '639', range(12, 19)),
  R('maestro', '67', '67', range(12, 19)),
];

/**
 * The brand whose IIN range and PAN length fit `digits` (a digits-only PAN), or null. Every matching range
 * is tried, so a length that one brand does not issue can still fit an overlapping brand.
 */
export function cardBrand(digits: string): CardBrand | null {
  if (!/^[0-9]{12,19}$/.test(digits)) return null;
  for (const r of IIN_RANGES) {
    const p = digits.slice(0, r.from.length);
    if (p >= r.from && p <= r.to && r.lengths.includes(digits.length)) return r.brand;
  }
  return null;
}

/**
 * Lengths each brand issues today (16 for most; Amex 15; Diners 14/16; UnionPay and Maestro up to 19).
 * The other lengths a brand's IIN table allows (13-digit Visa, 12-15-digit Maestro) are historical or rare,
 * and random 12-13-digit codes (EAN-13 barcodes start with the same 40-50 prefixes) fall into them.
 */
const COMMON_LENGTHS: Readonly<Record<CardBrand, readonly number[]>> = {
  visa: [16],
  mastercard: [16],
  amex: [15],
  discover: [16],
  jcb: [16],
  diners: [14, 16],
  maestro: [16, 18, 19],
  unionpay: [16, 17, 18, 19],
  mir: [16],
  rupay: [16],
};

/**
 * True when `digits` has a length that a brand whose IIN range it falls in commonly issues (false for an
 * unknown brand). Every matching range counts: 622202… is in Discover's 622126-622925 and in UnionPay's 62,
 * and UnionPay issues 19-digit PANs there.
 */
export function cardLengthCommon(digits: string): boolean {
  if (!/^[0-9]{12,19}$/.test(digits)) return false;
  return IIN_RANGES.some((r) => {
    const p = digits.slice(0, r.from.length);
    return p >= r.from && p <= r.to && r.lengths.includes(digits.length) && COMMON_LENGTHS[r.brand].includes(digits.length);
  });
}
