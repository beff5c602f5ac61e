import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../detectors/index.js';
import { matchColumnHints } from '../../src/classify/column-hints.js';
import { valueShape } from '../../src/classify/value-shapes.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import { hasTraditional, toSimplified, traditionalForms, withTraditionalRegex } from '../../src/engine/zh-script.js';

/**
 * Traditional Chinese (Hong Kong, Taiwan, Macau) read with the simplified lexicons: conversion keeps every offset,
 * leaves simplified text alone, and every Chinese label, keyword, pattern literal and column hint matches both.
 */
describe('zh-script tables', () => {
  it('converts traditional text character for character, offsets kept', () => {
    const t = '聯絡人：黃志明，電話：9123 4567，記者陳家豪報道';
    const s = toSimplified(t);
    expect(s).toBe('联络人：黄志明，电话：9123 4567，记者陈家豪报道');
    expect(s.length).toBe(t.length);
    expect(s.indexOf('黄志明')).toBe(t.indexOf('黃志明'));
  });

  it('leaves simplified text alone, even its characters that traditional script also writes (著, 乾)', () => {
    for (const s of ['著名的乾隆皇帝', '我们的电话', 'plain ASCII']) {
      expect(hasTraditional(s)).toBe(false);
      expect(toSimplified(s)).toBe(s);
    }
    // In a traditional line, only characters simplified script never writes change: 著名 stays.
    expect(toSimplified('這部著名的電影')).toBe('这部著名的电影');
  });

  it('gives Taiwan and Hong Kong spellings of a word, and regexes that match both scripts', () => {
    expect(traditionalForms('电话')).toEqual(['電話']);
    expect(traditionalForms('姓名')).toEqual([]);
    expect(traditionalForms('phone')).toEqual([]);
    expect(withTraditionalRegex('(?:号楼|栋)')).toBe('(?:[号號][楼樓]|[栋棟])');
    expect(withTraditionalRegex('[日号]')).toBe('[日号號]');
    // Escapes and Unicode classes are untouched.
    expect(withTraditionalRegex('\\p{Han}{1,3}\\d')).toBe('\\p{Han}{1,3}\\d');
  });
});

describe('traditional Chinese through the engine', () => {
  const found = (text: string) => scanTextSync(text, { showValues: true, fingerprintKey: 't' }).findings.map((f) => `${f.detector}:${f.value}`);

  it('labels, names, addresses and IDs written in traditional script', () => {
    expect(found('姓名：陳大文')).toEqual(['person_name:陳大文']);
    expect(found('聯絡人：黃志明，電話：9123 4567')).toEqual(['person_name:黃志明', 'phone:9123 4567']);
    expect(found('地址：香港九龍彌敦道123號')).toEqual(['postal_address:香港九龍彌敦道123號']);
    expect(found('身份證號碼：110101199003074514')).toEqual(['cn.resident_id:110101199003074514']);
    expect(found('習近平會見特朗普')).toEqual(['person_name:習近平', 'person_name:特朗普']);
    expect(found('我閨蜜陳思思生日快樂')).toEqual(['person_name:陳思思']);
  });

  it('a plate or a special-category value in traditional script is the same value as its simplified form', () => {
    const fp = (text: string) => scanTextSync(text, { fingerprintKey: 't' }).findings.map((f) => `${f.detector}:${f.fingerprint}`);
    expect(found('車牌號碼：粵B12345')).toEqual(['cn.license_plate:粵B12345']);
    expect(fp('車牌號碼：粵B12345')).toEqual(fp('车牌号码：粤B12345'));
    expect(fp('民族：維吾爾族')).toEqual(fp('民族：维吾尔族'));
    expect(fp('罪名：詐騙罪')).toEqual(fp('罪名：诈骗罪'));
  });

  it('column headers and headerless values', () => {
    expect(matchColumnHints('電話號碼', BUILTIN_DETECTORS)[0]?.detector).toBe('phone');
    expect(matchColumnHints('身份證號', BUILTIN_DETECTORS)[0]?.detector).toBe('cn.resident_id');
    expect(valueShape('陳大文')).toBe('person_name');
  });
});
