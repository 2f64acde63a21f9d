import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { quotaLocks, type QuotaLock } from "@/lib/registration/capacity/rules";

// Taking the quota locks (pretix's pattern): PostgreSQL advisory locks held until the transaction ends, so
// the counts read after them stay true until the write. Always in quotaLocks' global order.

/**
 * For transactions that take every quota lock of an event (an organiser's click, a change on the manage page):
 * they may wait behind a rush of registrations, so they get longer than Prisma's default of 2 s to start and
 * 5 s to finish.
 */
export const ALL_QUOTAS_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** One statement per lock, so they are certainly taken in the given (global) order. */
export async function lockQuotas(tx: Prisma.TransactionClient, locks: QuotaLock[]): Promise<void> {
  for (const lock of locks) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lock.kind}::int, ${lock.id}::int)`;
}

/**
 * Every quota of an event: both modes and every workshop. For changes that may free places the waitlist then
 * takes, or that touch the limits themselves (the editor).
 */
export async function lockAllQuotas(tx: Prisma.TransactionClient, eventId: number, workshopIds: number[]): Promise<void> {
  await lockQuotas(tx, quotaLocks(eventId, ["physical", "online"], workshopIds));
}

/** The same locks as plain SQL, to send with BEGIN in one round trip on the registration's hot path. */
export function lockStatements(locks: QuotaLock[]): string[] {
  return locks.map((lock) => `SELECT pg_advisory_xact_lock(${Math.trunc(lock.kind)}, ${Math.trunc(lock.id)})`);
}
