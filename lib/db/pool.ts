import "server-only";
import pg from "pg";
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
