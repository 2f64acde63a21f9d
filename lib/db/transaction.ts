import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Domain writes that open their own transaction can also run inside a caller's, so an admin action can add
// its audit entry to the very same transaction (lib/audit.ts).

export type DbOrTransaction = PrismaClient | Prisma.TransactionClient;

type TransactionOptions = { maxWait?: number; timeout?: number };

/** Runs `work` in a new transaction, or in the caller's when given one (then `options` are the caller's to choose). */
export function inTransaction<T>(
  client: DbOrTransaction,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  // Asked by reading the property, not with `in`: lib/db/client's client is a Proxy that only answers reads, and a
  // transaction client reads $transaction as undefined.
  const begin = (client as Partial<PrismaClient>).$transaction;
  return typeof begin === "function" ? (client as PrismaClient).$transaction(work, options) : work(client);
}
