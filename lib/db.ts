import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process, made on first use: `next build` imports this module without a database, and
// development's hot reload would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { bijeenPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.bijeenPrisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
    globalForPrisma.bijeenPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.bijeenPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
