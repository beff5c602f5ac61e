import type { RiskFactorName, RiskLevel, Sensitivity } from '../../src/types.js';

/** Colours shared by the charts (CSS variables cover the badges). */
export const LEVEL_COLOR: Readonly<Record<RiskLevel, string>> = { critical: '#7b1010', high: '#cf3a2b', medium: '#e8890c', low: '#3a8a4a' };
export const SENSITIVITY_COLOR: Readonly<Record<Sensitivity, string>> = { restricted: '#c62828', confidential: '#e46c0a', internal: '#b08900', public: '#757575' };
export const FACTOR_COLOR: Readonly<Record<RiskFactorName, string>> = {
  sensitivity: '#7a1f5c',
  volume: '#2952a3',
  combinations: '#b3261e',
  plaintext: '#d9822b',
  access: '#6b4fbb',
  children: '#0f7b6c',
  secrets: '#5c6770',
  retention: '#8a6d1f',
};
