import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from './lib/_vectors.js';
import credentialPassword from '../../detectors/credential/password.js';
import dateOfBirth from '../../detectors/date_of_birth.js';
import geoCoordinates from '../../detectors/geo_coordinates.js';
import imei from '../../detectors/imei.js';
import awsAccessKey from '../../detectors/secret/aws_access_key.js';
import jwt from '../../detectors/secret/jwt.js';
import privateKey from '../../detectors/secret/private_key.js';
import vin from '../../detectors/vin.js';
import { scanTextSync } from '../../src/engine/scan-text.js';
import type { Detector } from '../../src/types.js';

/**
 * Shared identifier vectors (python-stdnum derived, /work/shared/testdata/identifiers) for the "other"
 * group, plus engine-level checks of these detectors that one example per case cannot show.
 */

const DIR = VECTORS_DIR;
function vectors(id: string, kind: 'valid' | 'invalid' | 'mutated'): string[] {
  let text: string;
  try {
    text = readFileSync(`${DIR}/${id}.${kind}.txt`, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function found(d: Detector, text: string) {
  return scanTextSync(text, { detectors: [d], showValues: true }).findings.filter((f) => f.detector === d.id);
}

describe('imei shared vectors', () => {
  const valid = vectors('imei', 'valid');
  const rejected = [...vectors('imei', 'mutated'), ...vectors('imei', 'invalid')];

  it('has vectors to test', () => {
    expect(valid.length).toBeGreaterThan(0);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it.each(valid)('reports valid %s standalone', (v) => {
    expect(found(imei, `${v}\n`).map((f) => f.value)).toEqual([v]);
  });

  it.each(valid)('reports valid %s in an English and a Chinese sentence with context', (v) => {
    expect(found(imei, `The handset IMEI is ${v}, reported lost.`).map((f) => f.value)).toEqual([v]);
    expect(found(imei, `用户手机串号为 ${v}，已挂失。`).map((f) => f.value)).toEqual([v]);
  });

  it.each(rejected)('does not report mutated/invalid %s, even with context', (v) => {
    expect(found(imei, `${v}\n`)).toEqual([]);
    expect(found(imei, `IMEI: ${v}`)).toEqual([]);
  });

  it('validates 15-digit values by Luhn and leaves 14/16-digit forms unknown', () => {
    expect(imei.validate(imei.normalize('35-417803-685978-9'))).toBe('valid');
    expect(imei.validate(imei.normalize('35417803685978'))).toBe('unknown');
    expect(imei.validate(imei.normalize('35-209900-176148-23'))).toBe('unknown');
    expect(imei.validate(imei.normalize('354178036859780'))).toBe('invalid');
  });
});

describe('vin', () => {
  it('reports a check-digit-valid VIN in a list and drops a US VIN whose check digit fails', () => {
    expect(found(vin, '1FTFW1E53MKE12345\n').map((f) => f.value)).toEqual(['1FTFW1E53MKE12345']);
    expect(found(vin, 'VIN 1FTFW1E54MKE12345')).toEqual([]);
  });

  it('does not report SHA-like hex or lower-case tokens', () => {
    expect(found(vin, 'VIN 3A5F09C137B2E4D60')).toEqual([]);
    expect(found(vin, 'VIN 1ftfw1e53mke12345')).toEqual([]);
  });
});

describe('date_of_birth', () => {
  it('fingerprints D/M and M/D spellings of an ambiguous date alike', () => {
    const a = found(dateOfBirth, 'DOB: 05/12/1990');
    const b = found(dateOfBirth, 'DOB: 12/05/1990');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].fingerprint).toBe(b[0].fingerprint);
    expect(dateOfBirth.normalize('05/12/1990')).toBe('1990-05/12');
  });

  it('normalises unambiguous forms to ISO', () => {
    for (const v of ['1990-05-12', '12 May 1990', 'May 12, 1990', '1990年5月12日', '12/05/1990']) {
      expect(dateOfBirth.normalize(v)).toMatch(/^1990-05(-|\/)12$/);
    }
    expect(dateOfBirth.normalize('31.12.1985')).toBe('1985-12-31');
    expect(dateOfBirth.normalize('12/31/1985')).toBe('1985-12-31');
  });

  it('needs a birth word: the same date in an invoice is not reported', () => {
    expect(found(dateOfBirth, 'Invoice 1990-05-12 paid')).toEqual([]);
    expect(found(dateOfBirth, 'born 1990-05-12')).toHaveLength(1);
  });
});

describe('geo_coordinates', () => {
  it('converts DMS to decimal degrees with hemisphere signs', () => {
    expect(geoCoordinates.normalize(`33°51'35.9"S 151°12'40.0"E`)).toBe('-33.859972,151.211111');
    expect(geoCoordinates.normalize('lng: 121.4737, lat: 31.2304')).toBe('31.2304,121.4737');
  });

  it('reports one finding for a labelled pair, not one per number', () => {
    expect(found(geoCoordinates, 'lat: 37.7749, lng: -122.4194')).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('reports a PEM private key once (its header), and no public key or certificate', () => {
    const pem = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEAtest', 'bm90IGEga2V5', '-----END RSA PRIVATE KEY-----', ''].join('\n');
    expect(found(privateKey, pem).map((f) => f.value)).toEqual(['-----BEGIN RSA PRIVATE KEY-----']);
    const pub = ['-----BEGIN PUBLIC KEY-----', 'MIIBIjANBgkq', '-----END PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----', 'MIIC', '-----END CERTIFICATE-----'].join('\n');
    expect(found(privateKey, pub)).toEqual([]);
  });

  it('finds a JWT with a long payload', () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'u-1', roles: Array.from({ length: 60 }, (_, i) => `role-${i}`) })}.${'s'.repeat(342)}`;
    expect(token.length).toBeGreaterThan(1000);
    expect(found(jwt, `Authorization: Bearer ${token}\n`).map((f) => f.value)).toEqual([token]);
  });

  it('masks secrets without leaking their body', () => {
    const [aws] = found(awsAccessKey, 'AKIA2E3F4G5H6J7K7L2M');
    expect(aws.snippet).toBe('AKIA' + '*'.repeat(16));
    const [pw] = found(credentialPassword, 'password=S3cure!Pass_2024');
    expect(pw.snippet).toBe('********');
    expect(pw.snippet).not.toContain('S3cure');
  });
});
