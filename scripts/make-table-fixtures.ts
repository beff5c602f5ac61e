/**
 * Regenerate the table fixtures (fixtures/tables, fixtures/broken): CSV in UTF-8, GBK and
 * UTF-16, XLSX, JSON, NDJSON, gzip, and the broken files. Run: node --import tsx scripts/make-table-fixtures.ts
 * The data and the builders live in test/formats/helpers/table-fixtures.ts, where the tests read them too.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTableFixtures } from '../test/formats/helpers/table-fixtures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const written = await makeTableFixtures(root);
for (const p of written) console.log(relative(root, p));
