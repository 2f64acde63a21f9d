import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { ACTIVE_STATUSES, PLACE_HOLDING_STATUSES } from "@/lib/registration/capacity/rules";

// The numbers an organiser sees on an event's admin page: registrations per status and mode, places per
// workshop, mails queued for it.

/** The [id] segment as an event id, or null for anything that is not one. */
export function eventIdFrom(segment: string): number | null {
  return /^\d{1,9}$/.test(segment) ? Number(segment) : null;
}

export async function eventOverview(db: PrismaClient, id: number) {
  const event = await db.event.findUnique({
    where: { id },
    include: {
      rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
      _count: { select: { registrations: true, meetings: true, speakers: true, questions: true } },
    },
  });
  if (!event) return null;
  const [byStatus, perWorkshop] = await Promise.all([
    db.registration.groupBy({ by: ["status", "attendanceMode"], where: { eventId: id }, _count: { _all: true } }),
    db.registrationWorkshop.groupBy({ by: ["workshopId"], where: { eventId: id, registration: { status: { in: [...PLACE_HOLDING_STATUSES] } } }, _count: { _all: true } }),
  ]);
  const counts: Record<RegistrationStatus, Record<ParticipationMode, number>> = {
    confirmed: { physical: 0, online: 0 },
    waitlisted: { physical: 0, online: 0 },
    pending: { physical: 0, online: 0 },
    cancelled: { physical: 0, online: 0 },
    rejected: { physical: 0, online: 0 },
    offered: { physical: 0, online: 0 },
  };
  for (const row of byStatus) counts[row.status][row.attendanceMode] = row._count._all;
  const active = ACTIVE_STATUSES.reduce((sum, status) => sum + counts[status].physical + counts[status].online, 0);
  return { event, counts, active, workshopTaken: new Map(perWorkshop.map((row) => [row.workshopId, row._count._all])) };
}

export type EventOverview = NonNullable<Awaited<ReturnType<typeof eventOverview>>>;
