import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pool } from "@/lib/db/pool";

// One Prisma client per process on top of the one pool (lib/db/pool.ts), made on first use: `next build`
// imports this module without a database, and development's hot reload would otherwise open a new client on
// every edit. The few hot paths that need every millisecond (registering under a lock) use the pool's
// connections directly; everything else goes through Prisma.
const globalForDb = globalThis as unknown as { bijeenPool?: pg.Pool; bijeenPrisma?: PrismaClient };

export { pool };

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
 * BEGIN in one round trip (simple protocol, so no parameters: only text the caller built from integers or
 * quoted with the connection's escapeLiteral); `work` gets their answers.
 */
export async function withTransaction<T>(
  work: (client: pg.PoolClient, firstAnswers: pg.QueryResult[]) => Promise<T>,
  firstStatements: string[] = [],
  onConnection?: pg.PoolClient,
): Promise<T> {
  const connection = onConnection ?? (await pool().connect());
  try {
    const answers: pg.QueryResult | pg.QueryResult[] = await connection.query(["BEGIN", ...firstStatements].join(";\n"));
    const result = await work(connection, Array.isArray(answers) ? answers : [answers]);
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    if (!onConnection) connection.release();
  }
}
