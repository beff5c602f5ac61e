/**
 * Telling a lost connection from a failing statement: the first is worth one more try on a new connection
 * (src/db/scan-database.ts), and nothing more may be sent on it (a cursor close would wait forever).
 */

const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST', '57P01', '57P02', '57P03']);
const LOST_MESSAGE = /connection terminated|terminating connection|connection (was )?(lost|closed)|socket hang up|not queryable|server closed the connection/i;

export function looksLikeConnectionLoss(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const code = 'code' in err ? String((err as { code: unknown }).code) : '';
  if (LOST_CODES.has(code) || /^08/.test(code)) return true;
  return err instanceof Error && LOST_MESSAGE.test(err.message);
}

/** Waits for `p` at most `ms`; cleanup on a connection that may be gone must not hang the scan. */
export async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
