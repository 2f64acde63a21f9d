import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { watchDatabaseAvailability } from "@/lib/db/availability";

// One connection pool and one Prisma client on top of it per process, made on first use: `next build`
// imports this module without a database, and development's hot reload would otherwise open a new pool on
// every edit. The few hot paths that need every millisecond (registering under a lock) use the pool's
// connections directly; everything else goes through Prisma.
const globalForDb = globalThis as unknown as { bijeenPool?: pg.Pool; bijeenPrisma?: PrismaClient };

export function pool(): pg.Pool {
  if (!globalForDb.bijeenPool) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForDb.bijeenPool = watchDatabaseAvailability(new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE }));
  }
  return globalForDb.bijeenPool;
}

function client(): PrismaClient {
  // disposeExternalPool: $disconnect() also closes the pool, so scripts end when they are done.
  globalForDb.bijeenPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool(), { disposeExternalPool: true }) });
  return globalForDb.bijeenPrisma;
}

/** Closes this process's Prisma client and pool (scripts and benches, before their database stops). */
export async function closeDatabase(): Promise<void> {
  const { bijeenPrisma, bijeenPool } = globalForDb;
  globalForDb.bijeenPrisma = undefined;
  globalForDb.bijeenPool = undefined;
  if (bijeenPrisma) await bijeenPrisma.$disconnect();
  if (bijeenPool && !bijeenPool.ended) await bijeenPool.end();
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/**
 * Runs `work` in one transaction on one pooled connection, with plain SQL. `firstStatements` go out with
 * BEGIN in one round trip (simple protocol, so no parameters: only text the caller built from integers).
 */
export async function withTransaction<T>(work: (client: pg.PoolClient) => Promise<T>, firstStatements: string[] = [], onConnection?: pg.PoolClient): Promise<T> {
  const connection = onConnection ?? (await pool().connect());
  try {
    await connection.query(["BEGIN", ...firstStatements].join(";\n"));
    const result = await work(connection);
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    if (!onConnection) connection.release();
  }
}
