import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../../src/engine/registry.js';
import { EXACT_STRENGTH, hintedDetectorIds, matchColumnHints, normaliseColumnName } from '../../src/classify/column-hints.js';

const top = (name: string) => matchColumnHints(name, BUILTIN_DETECTORS)[0];

describe('normaliseColumnName', () => {
  it('splits snake, camel, kebab, spaces, acronyms, digits and scripts; lower-cases; keeps Chinese whole', () => {
    expect(normaliseColumnName('id_card_no')).toEqual(['id', 'card', 'no']);
    expect(normaliseColumnName('idCardNo')).toEqual(['id', 'card', 'no']);
    expect(normaliseColumnName('IDCardNO')).toEqual(['id', 'card', 'no']);
    expect(normaliseColumnName('id-card no')).toEqual(['id', 'card', 'no']);
    expect(normaliseColumnName('imei2')).toEqual(['imei', '2']);
    expect(normaliseColumnName('身份证号')).toEqual(['身份证号']);
    expect(normaliseColumnName('customer_手机号2')).toEqual(['customer', '手机号', '2']);
    expect(normaliseColumnName('ip地址')).toEqual(['ip', '地址']);
    expect(normaliseColumnName('Número DNI')).toEqual(['numero', 'dni']);
    expect(normaliseColumnName('ＥＭＡＩＬ')).toEqual(['email']); // full-width letters (NFKC)
    expect(normaliseColumnName('__')).toEqual([]);
  });
});

describe('matchColumnHints', () => {
  it('classifies the issue’s names', () => {
    for (const n of ['id_card_no', 'idCardNo', 'ID_CARD_NO', 'idcardno']) {
      expect(top(n), n).toMatchObject({ detector: 'cn.resident_id', kind: 'exact', strength: EXACT_STRENGTH });
    }
    // 身份证号 is also a hint of sg.nric and es.dni; the PRC resident ID matches more of its hints.
    expect(top('身份证号')).toMatchObject({ detector: 'cn.resident_id', kind: 'exact' });
    expect(matchColumnHints('身份证号', BUILTIN_DETECTORS).map((m) => m.detector)).toContain('sg.nric');
    expect(top('手机号')).toMatchObject({ detector: 'phone', kind: 'exact' });
    expect(top('email_address')).toMatchObject({ detector: 'email', kind: 'exact', hint: 'email address' });
    expect(matchColumnHints('address_id', BUILTIN_DETECTORS)).toEqual([]);
    expect(matchColumnHints('created_at', BUILTIN_DETECTORS)).toEqual([]);
  });

  it('grades the position of the hint: whole name > head noun > qualifier', () => {
    expect(top('customer_email')).toMatchObject({ detector: 'email', kind: 'suffix' });
    expect(top('用户手机号')).toMatchObject({ detector: 'phone', kind: 'suffix', strength: 0.8 });
    expect(top('phone_country_code')).toMatchObject({ detector: 'phone', kind: 'contains' });
    expect(top('phone_country_code').strength).toBeLessThan(0.5);
    expect(top('手机号码归属地')).toMatchObject({ detector: 'phone', kind: 'contains' });
    // Fillers after the entity do not change what the column holds.
    expect(top('email_hash')).toMatchObject({ detector: 'email', kind: 'exact' });
    expect(top('phone_2')).toMatchObject({ detector: 'phone', kind: 'exact' });
    expect(top('mobile_number_encrypted')).toMatchObject({ detector: 'phone', kind: 'exact' });
    // …nor do digests and protections, in either language.
    expect(top('email_sha256')).toMatchObject({ detector: 'email', kind: 'exact' });
    expect(top('ssn_hmac')).toMatchObject({ detector: 'us.ssn', kind: 'exact' });
    expect(top('手机号(脱敏)')).toMatchObject({ detector: 'phone', kind: 'exact' });
    expect(top('身份证号_加密')).toMatchObject({ detector: 'cn.resident_id', kind: 'exact' });
    // A bracketed note at the end (a format, a length, a required mark) is not part of the name.
    expect(top('身份证号码(18位)')).toMatchObject({ detector: 'cn.resident_id', kind: 'exact' });
    expect(top('DOB (MM/DD/YYYY)')).toMatchObject({ detector: 'date_of_birth', kind: 'exact' });
    expect(top('手机号【必填】')).toMatchObject({ detector: 'phone', kind: 'exact' });
    expect(top('Email [optional]')).toMatchObject({ detector: 'email', kind: 'exact' });
    // `addr` is an address hint, but an e-mail or wallet addr is not a postal one.
    expect(hintedDetectorIds('email_addr', BUILTIN_DETECTORS)).not.toContain('postal_address');
    expect(hintedDetectorIds('wallet_addr', BUILTIN_DETECTORS)).not.toContain('postal_address');
  });

  it('matches Latin hints as whole tokens and CJK hints as substrings', () => {
    expect(hintedDetectorIds('hotel_name', BUILTIN_DETECTORS)).not.toContain('phone'); // `tel` is not in `hotel`
    expect(hintedDetectorIds('联系电话号码', BUILTIN_DETECTORS)).toContain('phone');
    expect(top('登录ip')).toMatchObject({ detector: 'ip_address' });
  });

  it('drops a hint that overlaps one of the detector’s excludes', () => {
    expect(hintedDetectorIds('password_changed_at', BUILTIN_DETECTORS)).toEqual([]);
    expect(hintedDetectorIds('email_verified', BUILTIN_DETECTORS)).toEqual([]);
    expect(hintedDetectorIds('mobile_os', BUILTIN_DETECTORS)).toEqual([]);
    expect(hintedDetectorIds('护照有效期', BUILTIN_DETECTORS)).toEqual([]);
    // id_card_no holds `card no` (credit_card), but `id card no` is one of credit_card's excludes.
    expect(matchColumnHints('id_card_no', BUILTIN_DETECTORS).map((m) => m.detector)).not.toContain('credit_card');
  });

  it('matches every hint of every built-in detector to that detector, at full strength', () => {
    for (const d of BUILTIN_DETECTORS) {
      for (const h of d.columnHints ?? []) {
        const m = matchColumnHints(h, [d]);
        expect(m, `${d.id}: ${h}`).toHaveLength(1);
        expect(m[0].kind, `${d.id}: ${h}`).toBe('exact');
      }
      for (const x of d.columnHintExcludes ?? []) expect(matchColumnHints(x, [d]), `${d.id} exclude: ${x}`).toEqual([]);
    }
  });

  it('works for user detectors', () => {
    const acme = { id: 'acme.employee_id', columnHints: ['employee id', '工号'], columnHintExcludes: ['employee id type'] };
    expect(hintedDetectorIds('EmployeeID', [acme])).toEqual(['acme.employee_id']);
    expect(hintedDetectorIds('员工工号', [acme])).toEqual(['acme.employee_id']);
    expect(hintedDetectorIds('employee_id_type', [acme])).toEqual([]);
    expect(hintedDetectorIds('anything', [{ id: 'x' }])).toEqual([]);
  });
});
