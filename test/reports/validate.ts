import { Ajv, type ValidateFunction } from 'ajv';
import * as formatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ScanReport } from '../../src/types.js';
import { ROOT } from '../helpers/detector-modules.js';

/**
 * Validators for what the renderers emit: the report against report.schema.json, SARIF logs against the
 * OASIS SARIF 2.1.0 schema (copied from ../shared/schemas into test/schemas so the repo is self-contained).
 */

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = formatsModule.default as unknown as (a: Ajv) => Ajv;

function compile(file: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
}

const report = compile(join(ROOT, 'report.schema.json'));
const sarif = compile(join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'));

export function expectValidReport(r: unknown): asserts r is ScanReport {
  const ok = report(r);
  expect(ok, JSON.stringify(report.errors?.slice(0, 5), null, 2)).toBe(true);
}

export function expectValidSarif(log: unknown): void {
  const ok = sarif(log);
  expect(ok, JSON.stringify(sarif.errors?.slice(0, 5), null, 2)).toBe(true);
}
