import { resolve } from 'node:path';
import type { FingerprintKey } from '../engine/fingerprint.js';
import type { GateItem } from '../gate/types.js';
import { AnnotationIndex } from '../migrations/annotations.js';
import { judgeColumns } from '../migrations/judge.js';
import type { Detector } from '../types.js';
import { readCatalog } from './catalog.js';
import { parseDsn } from './dsn.js';
import { diffSchema, readSnapshot } from './snapshot.js';

/**
 * `gate --schema <db-url> --snapshot FILE`: the columns a live database has beyond its committed snapshot
 * (new tables, new columns, changed types or comments) are judged like migration columns; results are
 * database columns (SARIF logical locations `store/schema.table.column`).
 */

export interface SchemaGateOptions {
  url: string;
  snapshot: string;
  cwd: string;
  detectors: readonly Detector[];
  key: FingerprintKey;
  knownKinds: ReadonlySet<string>;
  require: readonly ('purpose' | 'retention')[];
  annotationsFile?: string;
}

export interface SchemaGateResult {
  items: GateItem[];
  store: string;
  columns: number;
  annotated: number;
}

export async function runSchemaGate(o: SchemaGateOptions): Promise<SchemaGateResult> {
  const dsn = parseDsn(o.url);
  const snap = readSnapshot(resolve(o.cwd, o.snapshot), o.snapshot);
  const live = await readCatalog(dsn);
  const changed = diffSchema(snap, live);
  const annotations = AnnotationIndex.empty();
  if (o.annotationsFile) annotations.load(resolve(o.cwd, o.annotationsFile), o.annotationsFile);
  const j = judgeColumns(
    changed.map((c) => ({
      schema: c.schema,
      table: c.table,
      column: c.name,
      type: c.type,
      comment: c.comment,
      location: { kind: 'column', store: dsn.display, schema: c.schema, table: c.table, column: c.name },
      keys: [],
    })),
    { detectors: o.detectors, key: o.key, annotations, knownKinds: o.knownKinds, require: o.require },
  );
  return { items: j.items, store: dsn.display, columns: j.columns, annotated: j.annotated };
}
