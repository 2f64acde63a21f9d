import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import { PLACE_HOLDING_STATUSES } from "@/lib/events/availability";
import type { QuotaLock } from "@/lib/registration/rules";

// Inside a transaction: take the quota locks (pretix's pattern), then count what is taken. The counts are
// only trustworthy while the locks are held, which is until the transaction ends.

/** One statement per lock, so they are certainly taken in the given (global) order. */
export async function lockQuotas(tx: Prisma.TransactionClient, locks: QuotaLock[]): Promise<void> {
  for (const lock of locks) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lock.kind}::int, ${lock.id}::int)`;
}

export async function placesTakenInMode(tx: Prisma.TransactionClient, eventId: number, mode: ParticipationMode): Promise<number> {
  return tx.registration.count({ where: { eventId, attendanceMode: mode, status: { in: [...PLACE_HOLDING_STATUSES] } } });
}

export async function placesTakenPerWorkshop(tx: Prisma.TransactionClient, workshopIds: number[], exceptRegistrationId?: number): Promise<Map<number, number>> {
  if (workshopIds.length === 0) return new Map();
  const rows = await tx.registrationWorkshop.groupBy({
    by: ["workshopId"],
    where: {
      workshopId: { in: workshopIds },
      registration: { status: { in: [...PLACE_HOLDING_STATUSES] } },
      ...(exceptRegistrationId !== undefined && { registrationId: { not: exceptRegistrationId } }),
    },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.workshopId, row._count._all]));
}
