import { defineReporter } from './types.js';

/** The contract format (CONTRACT.md, report.schema.json). */
export default defineReporter({
  id: 'json',
  title: 'JSON report (schemaVersion 1)',
  extension: 'json',
  render: (report) => JSON.stringify(report, null, 2) + '\n',
});
