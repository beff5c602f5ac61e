import type { DbValueClass } from '../types.js';

/**
 * How a SQLite column's values reach the classifier. The declared type only gives an affinity (a column
 * may hold anything), so the common names people write — BOOLEAN, DATE, DATETIME, JSON, UUID — are read
 * first, then SQLite's own affinity rules (https://sqlite.org/datatype3.html §3.1).
 */
export function sqliteValueClass(declared: string): DbValueClass {
  const t = declared.toUpperCase();
  if (/\bBOOL(EAN)?\b/.test(t)) return 'boolean';
  if (/\bJSONB?\b/.test(t)) return 'json';
  if (/\bUUID\b/.test(t)) return 'uuid';
  if (/\b(DATETIME|TIMESTAMP)\b/.test(t)) return 'timestamp';
  if (/\bDATE\b/.test(t)) return 'date';
  if (t.includes('INT')) return 'number';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'text';
  if (t.includes('BLOB')) return 'binary';
  // No declared type: BLOB affinity, values kept as stored (text, numbers or bytes alike).
  if (t.trim() === '') return 'other';
  return 'number';
}
