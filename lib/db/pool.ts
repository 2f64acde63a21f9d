import "server-only";
import pg from "pg";
import pLimit, { type LimitFunction } from "p-limit";
import { watchDatabaseAvailability } from "@/lib/db/availability";
import { env } from "@/lib/env";

// One connection pool per process, made on first use, on globalThis: the proxy and the routes are bundled
// apart but must share it (the proxy's availability check leaves its connection for the page), and
// development's hot reload would otherwise open a new pool on every edit. Without Prisma, so the proxy can
// import it without the client.
const globalForPool = globalThis as unknown as { bijeenPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.bijeenPool) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForPool.bijeenPool = watchDatabaseAvailability(new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE }));
  }
  return globalForPool.bijeenPool;
}

/** Connections a rush of registrations leaves to the pages. */
const READING_CONNECTIONS = 2;
const globalForLimit = globalThis as unknown as { bijeenLockingSlots?: LimitFunction };

/**
 * A pooled connection for a transaction that may wait on quota locks (a registration), taken through a queue
 * that leaves READING_CONNECTIONS of the pool to everything else. A rush of registrations for one event gets its
 * lock one at a time anyway; without the limit the waiting transactions held every connection, and a visitor's
 * page queued behind all of them for each of its queries (tests/integration/registration/rush.test.ts,
 * docs/decisions/006).
 */
export async function withLockingConnection<T>(work: (connection: pg.PoolClient) => Promise<T>): Promise<T> {
  globalForLimit.bijeenLockingSlots ??= pLimit(lockingSlots(env().DATABASE_POOL_SIZE));
  return globalForLimit.bijeenLockingSlots(async () => {
    const connection = await pool().connect();
    try {
      return await work(connection);
    } finally {
      connection.release();
    }
  });
}

/** All but READING_CONNECTIONS of the pool, at least one. */
export function lockingSlots(poolSize: number): number {
  return Math.max(1, poolSize - READING_CONNECTIONS);
}
