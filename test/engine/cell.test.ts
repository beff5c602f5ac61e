import { describe, expect, it } from 'vitest';
import { detectCell, profileColumn } from '../../src/engine/cell.js';
import { engineFor, resolveDetectors } from '../../src/engine/registry.js';

const engine = engineFor(resolveDetectors(undefined));
const opts = { minConfidence: 0.5 };
const ids = (header: string, value: string, hinted: string[] = []) =>
  detectCell(engine, value, profileColumn(engine, header, hinted), opts).map((c) => [c.detectorId, c.confidence, c.evidence.columnHint, c.evidence.context]);

describe('cell detection with the header as context', () => {
  it('reports a bare 9-digit value only when the header says what it is', () => {
    expect(ids('order_no', '123456782').filter(([id]) => id === 'ca.sin')).toEqual([]);
    const sin = ids('SIN', '123456782', ['ca.sin']).find(([id]) => id === 'ca.sin');
    expect(sin?.[2]).toBe(true);
  });

  it('opens the keyword gate of a date-of-birth column, by hint or by a header word', () => {
    expect(ids('created', '1990-05-12')).toEqual([]);
    expect(ids('出生日期', '1990-05-12').map(([id]) => id)).toEqual(['date_of_birth']);
    expect(ids('dob', '12/05/1990', ['date_of_birth']).map(([id]) => id)).toEqual(['date_of_birth']);
  });

  it('uses header context words in the evidence', () => {
    const r = ids('身份证号', '110101199003074477');
    expect(r[0][0]).toBe('cn.resident_id');
    expect(r[0][3]).toContain('身份证号');
  });
});

describe('cell headers as negative context', () => {
  it('lowers a phone-shaped value in an order-number column', () => {
    expect(ids('order_no', '415-555-2671').filter(([id]) => id === 'phone')).toEqual([]);
    expect(ids('contact phone', '415-555-2671').filter(([id]) => id === 'phone')).toHaveLength(1);
  });
});
