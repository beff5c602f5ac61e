import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../detectors/index.js';
import { ColumnClassifier } from '../../src/classify/column.js';
import { hintedDetectorIds } from '../../src/classify/column-hints.js';
import { engineFor, resolveDetectors } from '../../src/engine/registry.js';

/** Special-category and demographic detectors classify synthetic columns by header + values. */
const engine = engineFor(resolveDetectors(undefined));

function classify(header: string, values: string[]) {
  const c = new ColumnClassifier(engine, header, hintedDetectorIds(header, BUILTIN_DETECTORS), 0.5);
  for (const v of values) c.add(v);
  return c.finish();
}
const cycle = (vals: string[], n = 40) => Array.from({ length: n }, (_, i) => vals[i % vals.length]);

const CASES: [string, string, string[]][] = [
  ['gender', '性别', ['男', '女', '女', '男', '女性', '男性']],
  ['gender', 'gender', ['Male', 'Female', 'F', 'M', 'female', 'Non-binary']],
  ['ethnicity', '民族', ['汉族', '回族', '汉族', '满族', '维吾尔族', '汉', '壮族', '蒙古族']],
  ['ethnicity', 'race', ['White', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Two or more races']],
  ['religion', 'religion', ['Buddhist', 'Muslim', 'None', 'Catholic', 'Hindu', 'Jewish', 'Atheist']],
  ['religion', '宗教信仰', ['无', '佛教', '基督教', '伊斯兰教', '无']],
  ['health.condition', 'diagnosis', ['type 2 diabetes', 'Hypertension, stage 2', 'asthma', 'Major depressive disorder', 'E11.9', 'I10']],
  ['health.condition', '诊断', ['2型糖尿病', '原发性高血压', '哮喘', '抑郁症', '冠心病']],
  ['sexual_orientation', 'sexual_orientation', ['heterosexual', 'gay', 'bisexual', 'lesbian', 'straight']],
  ['political_opinion', '政治面貌', ['群众', '中共党员', '共青团员', '群众', '民主党派']],
  ['trade_union', 'union_member', ['yes', 'no', 'no', 'yes']],
  ['criminal_record', 'criminal_record', ['no criminal record', 'theft', 'DUI', 'no criminal record', 'assault']],
  ['biometric', 'face_embedding', [`[${Array.from({ length: 32 }, (_, i) => ((i * 37) % 100) / 100 - 0.5).map((x) => x.toFixed(4)).join(', ')}]`]],
  ['biometric', '指纹模板', ['Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQIB9ADQHAEBxAGkQAEB6AGN1AECOAHkXAEBvAHhGAEDSAI0h']],
];

describe('special-category columns', () => {
  it.each(CASES)('%s: column %s', (id, header, values) => {
    expect(hintedDetectorIds(header, BUILTIN_DETECTORS)).toContain(id);
    const r = classify(header, cycle(values));
    const col = r.find((c) => c.detector === id);
    expect(col, JSON.stringify(r)).toBeDefined();
    expect(col!.ratio).toBeGreaterThanOrEqual(0.8);
    expect(col!.confidence).toBeGreaterThanOrEqual(0.5);
    // No other special-category detector claims the column.
    const others = r.filter((c) => c.detector !== id && c.matched > 0).map((c) => c.detector);
    expect(others.filter((o) => CASES.some(([d]) => d === o))).toEqual([]);
  });

  // Chinese government and enterprise schemas name columns by the pinyin initials of the field (GB/T-style).
  it.each([
    ['gender', 'xb', ['男', '女', '女', '男']],
    ['ethnicity', 'mz', ['汉族', '苗族', '汉族', '回族', '壮族']],
    ['political_opinion', 'zzmm', ['中共党员', '群众', '共青团员', '群众']],
    ['religion', 'zjxy', ['无', '佛教', '无', '基督教']],
    ['date_of_birth', 'csrq', ['1985-09-17', '1992-12-04', '1978-03-30', '2001-07-11']],
    ['postal_address', 'jtzz', ['江苏省南京市玄武区中山路18号', '贵州省贵阳市南明区中华南路45号', '浙江省杭州市西湖区文三路478号']],
  ] as [string, string, string[]][])('%s: pinyin column %s', (id, header, values) => {
    expect(hintedDetectorIds(header, BUILTIN_DETECTORS)).toContain(id);
    const col = classify(header, cycle(values)).find((c) => c.detector === id);
    expect(col).toBeDefined();
    expect(col!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('a neutral status column classifies as nothing', () => {
    expect(classify('status', cycle(['active', 'inactive', 'pending', 'active']))).toEqual([]);
  });

  it('the same values without a header are not classified', () => {
    for (const [id, , values] of CASES) {
      const r = classify('value', cycle(values));
      expect(r.filter((c) => c.detector === id)).toEqual([]);
    }
  });

  it('column names that only contain a hint do not point at the detector', () => {
    expect(hintedDetectorIds('sex_offender', BUILTIN_DETECTORS)).not.toContain('gender');
    expect(hintedDetectorIds('key_fingerprint', BUILTIN_DETECTORS)).not.toContain('biometric');
    expect(hintedDetectorIds('european_union', BUILTIN_DETECTORS)).not.toContain('trade_union');
    expect(hintedDetectorIds('condition_type', BUILTIN_DETECTORS)).not.toContain('health.condition');
    expect(hintedDetectorIds('sex_offender', BUILTIN_DETECTORS)).toContain('criminal_record');
  });
});
