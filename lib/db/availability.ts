import type pg from "pg";

// While PostgreSQL cannot be reached, every page would fail after waiting for a connection. The pool notes
// each failed and each successful connect; for a few seconds after a failure, the proxy answers 503 at once
// (a Dutch page, or JSON with Retry-After) instead of a bare 500. After that a request tries again, so the
// site recovers by itself, without a restart, as soon as the database is back.

/** How long requests are answered 503 without trying, after a failed connect; also the Retry-After. */
export const DATABASE_RETRY_SECONDS = 5;

// On globalThis: the proxy and the routes are bundled apart but run in one process.
const state = globalThis as unknown as { bijeenDatabaseAwayUntil?: number; bijeenDatabaseWasAway?: boolean };

export function noteDatabaseAway(now = Date.now()) {
  state.bijeenDatabaseAwayUntil = now + DATABASE_RETRY_SECONDS * 1000;
  state.bijeenDatabaseWasAway = true;
}

export function noteDatabaseReached() {
  state.bijeenDatabaseAwayUntil = undefined;
  state.bijeenDatabaseWasAway = false;
}

/** Whether a connect failed less than DATABASE_RETRY_SECONDS ago (and none succeeded since). */
export function isDatabaseAway(now = Date.now()): boolean {
  return state.bijeenDatabaseAwayUntil !== undefined && now < state.bijeenDatabaseAwayUntil;
}

/**
 * For the proxy: away within the retry window; after it, while the last connect failed, one connect of the
 * pool's decides (so the page that would fail is a 503 too, and the first success lets everyone through).
 * So does a pool without a single connection (a server's first request, or every idle connection closed):
 * the page's own connect would be the first to find the database away, as a 500. The connection made here
 * stays in the pool for that page, so a reachable database costs nothing extra.
 */
export async function isDatabaseStillAway(pool: pg.Pool, now = Date.now()): Promise<boolean> {
  if (isDatabaseAway(now)) return true;
  if (!state.bijeenDatabaseWasAway && pool.totalCount > 0) return false;
  try {
    (await pool.connect()).release();
    return false;
  } catch {
    return true;
  }
}

type PoolConnect = (callback?: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void) => Promise<pg.PoolClient> | void;

/** Makes the pool report to noteDatabaseAway/noteDatabaseReached; Prisma's adapter and our own SQL both connect through it. */
export function watchDatabaseAvailability(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as PoolConnect;
  const note = (error: unknown) => (error ? noteDatabaseAway() : noteDatabaseReached());
  const watched: PoolConnect = (callback) => {
    if (callback) {
      return connect((error, client, done) => {
        note(error);
        callback(error, client, done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => {
        note(undefined);
        return client;
      },
      (error: unknown) => {
        note(error);
        throw error;
      },
    );
  };
  pool.connect = watched as typeof pool.connect;
  // A connection that drops while idle (the server stopped) is reported here; without a listener pg would throw.
  pool.on("error", () => noteDatabaseAway());
  return pool;
}

/** Whether an error (or its cause, or Prisma's wrapped driver error) means the database could not be reached. */
export function isDatabaseUnreachableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, kind } = current as { code?: unknown; message?: unknown; kind?: unknown };
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    const next = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    current = next.cause ?? next.meta?.driverAdapterError;
  }
  return false;
}

// Node's socket errors, PostgreSQL's shutdown codes (57P01-57P03; class 08 is "connection exception"), and
// Prisma's "can't reach database server" (P1001 on model queries; raw queries say so in their driver error's kind).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "EPIPE", "57P01", "57P02", "57P03", "P1001", "P1017"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNREACHABLE_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /ECONNREFUSED/, /Can't reach database server/i];
