import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Domain writes that open their own transaction can also run inside a caller's, so an admin action can add
// its audit entry to the very same transaction (lib/admin/audit.ts).

export type DbOrTransaction = PrismaClient | Prisma.TransactionClient;

type TransactionOptions = { maxWait?: number; timeout?: number };

/** Runs `work` in a new transaction, or in the caller's when given one (then `options` are the caller's to choose). */
export function inTransaction<T>(client: DbOrTransaction, work: (tx: Prisma.TransactionClient) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return "$transaction" in client && typeof client.$transaction === "function" ? client.$transaction(work, options) : work(client);
}
