import { describe, expect, it } from 'vitest';
import { cardBrand, cardLengthCommon } from '../../../detectors/_lib/card-iin.js';

describe('card-iin', () => {
  it('recognises the brands of published test PANs', () => {
    expect(cardBrand('4111111111111111')).toBe('visa');
    expect(cardBrand('4222222222222')).toBe('visa');
    expect(cardBrand('5555555555554444')).toBe('mastercard');
    expect(cardBrand('2223003122003222')).toBe('mastercard');
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('6011111111111117')).toBe('discover');
    expect(cardBrand('3530111333300000')).toBe('jcb');
    expect(cardBrand('30569309025904')).toBe('diners');
    expect(cardBrand('6200000000000005')).toBe('unionpay');
    expect(cardBrand('6205500000000000004')).toBe('unionpay');
    expect(cardBrand('6221260000000000')).toBe('discover');
    expect(cardBrand('6759649826438453')).toBe('maestro');
  });

  it('refuses lengths a brand does not issue and unknown prefixes', () => {
    expect(cardBrand('41111111111111')).toBeNull();
    expect(cardBrand('37828224631000')).toBeNull();
    expect(cardBrand('55555555555544')).toBeNull();
    expect(cardBrand('2721000000000000')).toBeNull();
    expect(cardBrand('1234567812345670')).toBeNull();
    expect(cardBrand('9111111111111111')).toBeNull();
    expect(cardBrand('41111111111')).toBeNull();
    expect(cardBrand('41111111111111111111')).toBeNull();
    expect(cardBrand('4111 1111 1111 1111')).toBeNull();
  });

  it('tells the lengths brands issue today from the rare ones', () => {
    expect(cardLengthCommon('4111111111111111')).toBe(true);
    expect(cardLengthCommon('378282246310005')).toBe(true);
    expect(cardLengthCommon('30569309025904')).toBe(true);
    // 622202… is in Discover's co-branded range and in UnionPay's 62, which issues 19-digit PANs.
    expect(cardLengthCommon('6222020200000000006')).toBe(true);
    expect(cardLengthCommon('4222222222222')).toBe(false);
    expect(cardLengthCommon('506654739024')).toBe(false);
    expect(cardLengthCommon('1234567812345670')).toBe(false);
  });
});
