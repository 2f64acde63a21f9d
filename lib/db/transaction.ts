import "server-only";
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
  // Asked by reading the property, not with `in`: lib/db/client's client is a Proxy that only answers reads. A
  // transaction client has no $connect (it does have a $transaction of its own in Prisma 7, which refuses options).
  const connect = (client as Partial<PrismaClient>).$connect;
  return typeof connect === "function" ? (client as PrismaClient).$transaction(work, options) : work(client as Prisma.TransactionClient);
}
