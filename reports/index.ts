import { riskSummaryText } from '../src/assess/text-summary.js';
import csv from './csv.js';
import html from './html.js';
import json from './json.js';
import markdown from './markdown.js';
import sarif from './sarif.js';
import textBase from './text.js';
import { defineReporter, type Reporter } from './types.js';

export type { Reporter, ReporterContext, DetectorMeta } from './types.js';

/** The text summary, followed by the short risk summary of the assessment. */
const text = defineReporter({ ...textBase, render: (report, ctx) => textBase.render(report, ctx) + riskSummaryText(report) });

export const REPORTERS: readonly Reporter[] = [json, text, sarif, markdown, html, csv];

/** The formats `--format` accepts, in help order. */
export const FORMAT_IDS = ['text', 'json', 'sarif', 'markdown', 'html', 'csv'] as const;

export function reporterFor(id: string): Reporter | undefined {
  return REPORTERS.find((r) => r.id === id);
}
