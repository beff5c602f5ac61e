import { describe, expect, it } from 'vitest';
import { hashScheme, summariseProtection, valueForm } from '../../src/classify/protection.js';

describe('protection state of values', () => {
  it.each([
    ['138****5678', 'masked'],
    ['****1234', 'masked'],
    ['a***@example.com', 'masked'],
    ['张*', 'masked'],
    ['XXX-XX-1234', 'masked'],
    ['$2b$12$C6UzMDM.H6dfI/f/IKcEeO5rFpYuxhN1g8ORx7B3yA4m9Q3C3zq6e', 'hashed'],
    ['$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', 'hashed'],
    ['5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8', 'hashed'],
    ['tok_4f9a8b7c6d5e4f3a', 'tokenised'],
    ['7c9e6679-7425-40de-944b-e07fc1f90ae7', 'tokenised'],
    ['U2FsdGVkX1+q0d3K9mZt8Yp7QwErTyUiOpAsDfGhJkL=', 'encrypted'],
    ['gAAAAABlZ2Q3aG9zdGVkX19lbmNyeXB0ZWRfdG9rZW5fZm9yX3Rlc3Rpbmc=', 'encrypted'],
    ['Alice Smith', 'plain'],
    ['hello world this is text', 'plain'],
  ])('%s → %s', (v, form) => {
    expect(valueForm(v, false)).toBe(form);
  });

  it('calls readable personal data plain, even when it looks random', () => {
    expect(valueForm('110101199003074477', true)).toBe('plain');
  });

  it('needs 80 % of a column in one protected form', () => {
    expect(summariseProtection(['hashed', 'hashed', 'hashed', 'hashed', 'plain', 'empty'], ['bcrypt', 'bcrypt', 'bcrypt', 'bcrypt']).state).toBe('hashed');
    expect(summariseProtection(['masked', 'plain', 'plain']).state).toBe('plain');
    expect(summariseProtection(['hashed', 'hashed'], ['bcrypt', 'bcrypt']).scheme).toBe('bcrypt');
    expect(hashScheme('5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8')).toBe('hex-digest');
  });
});
