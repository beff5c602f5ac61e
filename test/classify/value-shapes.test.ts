import { describe, expect, it } from 'vitest';
import { valueShape } from '../../src/classify/value-shapes.js';

describe('value shapes (columns without a header)', () => {
  it('knows names, genders and addresses by their whole value', () => {
    for (const v of ['张伟', '欧阳娜娜', 'John Smith', 'SMITH, JOHN', 'mary johnson']) expect(valueShape(v), v).toBe('person_name');
    for (const v of ['男', '女性', 'F', 'male']) expect(valueShape(v), v).toBe('gender');
    for (const v of ['北京市朝阳区建国路88号', '123 Main St, Springfield, IL 62701']) expect(valueShape(v), v).toBe('postal_address');
  });

  it('leaves cities, products, words and codes alone', () => {
    for (const v of ['成都', '北京', '高兴', 'Wireless Mouse', 'New York', 'ACME CORP', 'XL', 'Y', 'Main Street', 'SKU-12345']) {
      expect(valueShape(v), v).toBeNull();
    }
  });
});
