import { createServer } from 'node:net';

/**
 * An embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) served on a loopback port by
 * pglite-socket, so the demo, the tests without a server and the bench scan a real database through the
 * same `pg` driver as a production server. PGlite runs one query at a time and an open transaction on one
 * connection blocks the others: scan it with `--db-concurrency 1`.
 */
export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (PGlite has no passwords). */
  url: string;
  /** Runs SQL directly in the embedded database, as its owner (fixtures, bench tables). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(opts: { sql?: string; maxConnections?: number } = {}): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  if (opts.sql) await db.exec(opts.sql);
  let lastError: unknown;
  // The free port can be taken between finding it and listening on it: try a few.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: opts.maxConnections ?? 4 });
    try {
      await server.start();
    } catch (err) {
      lastError = err;
      continue;
    }
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      exec: async (sql: string) => {
        // PGlite has one backend behind every socket connection: a scan's read-only session settings outlive
        // the scan, so the owner's own writes lift them first.
        await db.exec(`SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; SET default_transaction_read_only = off;`);
        await db.exec(sql);
      },
      close: async () => {
        await server.stop();
        await db.close();
      },
    };
  }
  await db.close();
  throw lastError instanceof Error ? lastError : new Error('could not start the embedded PostgreSQL server');
}
