import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Domain writes that open their own transaction can also run inside a caller's, so an admin action can add
// its audit entry to the very same transaction (lib/admin/audit.ts).

export type DbOrTransaction = PrismaClient | Prisma.TransactionClient;

export function inTransaction<T>(client: DbOrTransaction, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in client && typeof client.$transaction === "function" ? client.$transaction(work) : work(client);
}
