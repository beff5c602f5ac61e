// Rewrites the detector table in README.md from the registry: `npm run gen:readme`.
import { readFileSync, writeFileSync } from 'node:fs';
import { BUILTIN_DETECTORS } from '../detectors/index.js';

const rows = BUILTIN_DETECTORS.map((d) => {
  const validates = d.validate ? 'yes' : '—';
  const locales = d.locales?.length ? d.locales.join(', ') : 'global';
  return `| \`${d.id}\` | ${d.name} | ${d.category} | ${d.sensitivity} | ${locales} | ${validates} | ${d.legal.map((l) => `\`${l}\``).join(' ')} |`;
});
const table = [
  `${BUILTIN_DETECTORS.length} built-in detectors (\`npm run piiscan -- detectors\` prints the same list).`,
  '',
  '| id | name | category | sensitivity | locales | validator | legal references |',
  '|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- detector-table:start -->';
const end = '<!-- detector-table:end -->';
const next = readme.slice(0, readme.indexOf(start) + start.length) + '\n' + table + '\n' + readme.slice(readme.indexOf(end));
writeFileSync('README.md', next);
console.log(`README.md: ${rows.length} detectors`);
