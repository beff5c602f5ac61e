import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../detectors/index.js';
import { checkCustomDetectors, CustomDetectorSchema } from '../../src/config/custom-detectors.js';
import { scanTextSync } from '../../src/engine/scan-text.js';

const builtins = new Set(BUILTIN_DETECTORS.map((d) => d.id));
const parse = (x: unknown) => CustomDetectorSchema.parse(x);

describe('custom detectors from config', () => {
  it('compiles a data-only detector that the engine runs like a built-in, with a named validator', () => {
    const c = parse({
      id: 'acme.member_card',
      name: 'ACME member card',
      pattern: '\\bAC-[0-9]{4} ?[0-9]{4}\\b',
      sensitivity: 'confidential',
      validate: 'luhn',
      context: ['member', '会员'],
      examples: { match: ['AC-4111 1113'], noMatch: ['AC-4111 1111'] },
    });
    const { detectors, issues } = checkCustomDetectors([c], builtins);
    expect(issues).toEqual([]);
    const r = scanTextSync('会员卡 AC-4111 1113, old AC-1234 5678', { detectors, fingerprintKey: 'k', showValues: true });
    expect(r.findings.map((f) => [f.detector, f.value, f.evidence.context])).toEqual([['acme.member_card', 'AC-4111 1113', ['会员']]]);
  });

  it('names the key of every problem: bad RE2, failing examples, unknown legal ids, clashing ids', () => {
    const bad = [
      parse({ id: 'acme.a', name: 'a', pattern: '(?<=x)y', sensitivity: 'internal' }),
      parse({ id: 'acme.b', name: 'b', pattern: 'EMP-[0-9]{6}', sensitivity: 'internal', examples: { match: ['EMP-12'], noMatch: ['EMP-123456'] } }),
      parse({ id: 'email', name: 'c', pattern: 'x', sensitivity: 'internal', legal: ['gdpr:art999'] }),
    ];
    const { issues } = checkCustomDetectors(bad, builtins);
    expect(issues.map((i) => i.path)).toEqual([
      'custom[0].pattern',
      'custom[1].examples.match[0]',
      'custom[1].examples.noMatch[0]',
      'custom[2].id',
      'custom[2].legal[0]',
    ]);
    expect(issues[0].message).toMatch(/RE2/);
  });

  it('rejects a declaration with neither or both of pattern and patterns', () => {
    expect(() => parse({ id: 'acme.x', name: 'x', sensitivity: 'internal' })).toThrow(/exactly one/);
  });
});
