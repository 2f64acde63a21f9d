import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { capacityFor, PLACE_HOLDING_SQL } from "@/lib/registration/capacity/rules";
import { offeredModes } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import { workshopsInDayOrder } from "@/lib/events/rounds";

// Statistics for organisers, per event and over all events. Everything is counted from statuses and dates that
// the retention job keeps (lib/privacy), so the figures stay the same after the personal data is gone.

export type DayCount = { day: string; count: number };
export type Fill = { label: string; taken: number; capacity: number | null };

export type EventStatistics = {
  event: { id: number; title: string; startsAt: Date; endsAt: Date };
  perDay: DayCount[];
  waitlistPerDay: DayCount[];
  modes: Fill[];
  workshops: Fill[];
  totals: { registrations: number; confirmed: number; waitlisted: number; cancelled: number; rejected: number };
  /** After the event: who came (a CheckIn row) and who held a confirmed place without coming. */
  presence: { present: number; noShows: number } | null;
};

/** Registrations per day (Amsterdam), from createdAt. */
async function registrationsPerDay(db: PrismaClient, eventId: number | null): Promise<DayCount[]> {
  return db.$queryRaw<DayCount[]>`
    SELECT to_char(("createdAt" AT TIME ZONE 'Europe/Amsterdam')::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM "Registration" WHERE (${eventId}::int IS NULL OR "eventId" = ${eventId}::int)
    GROUP BY 1 ORDER BY 1`;
}

/**
 * The waitlist's length at the end of each day, derived: a registration waited from createdAt until it got a
 * place (promotedAt) or was cancelled (cancelledAt), or still waits.
 */
async function waitlistPerDay(db: PrismaClient, eventId: number, until: Date): Promise<DayCount[]> {
  return db.$queryRaw<DayCount[]>`
    WITH waited AS (
      SELECT "createdAt" AS since, COALESCE("promotedAt", CASE WHEN status IN ('cancelled', 'rejected') THEN "cancelledAt" END) AS ended
      FROM "Registration" WHERE "eventId" = ${eventId} AND (status IN ('waitlisted', 'offered') OR "promotedAt" IS NOT NULL)
    ), days AS (
      SELECT generate_series((SELECT min(since AT TIME ZONE 'Europe/Amsterdam')::date FROM waited), (LEAST(${until}::timestamptz, now()) AT TIME ZONE 'Europe/Amsterdam')::date, interval '1 day')::date AS day
    )
    SELECT to_char(day, 'YYYY-MM-DD') AS day,
           (SELECT count(*)::int FROM waited WHERE (since AT TIME ZONE 'Europe/Amsterdam')::date <= day AND (ended IS NULL OR (ended AT TIME ZONE 'Europe/Amsterdam')::date > day)) AS count
    FROM days ORDER BY day`;
}

export async function eventStatistics(db: PrismaClient, eventId: number, now = new Date()): Promise<EventStatistics | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    include: { rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } } },
  });
  if (!event) return null;
  const [perDay, waitlist, byStatus, perWorkshop, present] = await Promise.all([
    registrationsPerDay(db, event.id),
    waitlistPerDay(db, event.id, event.startsAt),
    db.registration.groupBy({ by: ["status", "attendanceMode"], where: { eventId: event.id }, _count: { _all: true } }),
    db.$queryRawUnsafe<{ workshopId: number; count: number }[]>(
      `SELECT rw."workshopId", count(*)::int AS count FROM "RegistrationWorkshop" rw JOIN "Registration" r ON r.id = rw."registrationId"
       WHERE rw."eventId" = $1 AND r.status IN (${PLACE_HOLDING_SQL}) GROUP BY rw."workshopId"`,
      event.id,
    ),
    db.checkIn.count({ where: { eventId: event.id } }),
  ]);
  const count = (status: string, mode?: string) =>
    byStatus.filter((row) => row.status === status && (mode === undefined || row.attendanceMode === mode)).reduce((sum, row) => sum + row._count._all, 0);
  const held = (mode: string) => count("confirmed", mode) + count("pending", mode) + count("offered", mode);
  const confirmed = count("confirmed");
  return {
    event,
    perDay,
    waitlistPerDay: waitlist.some((day) => day.count > 0) ? waitlist : [],
    modes: offeredModes(event).map((mode) => ({ label: participationModeLabels[mode], taken: held(mode), capacity: capacityFor(event, mode) })),
    workshops: workshopsInDayOrder(event.rounds).map((workshop) => ({
      label: workshop.label,
      taken: perWorkshop.find((row) => row.workshopId === workshop.id)?.count ?? 0,
      capacity: workshop.capacity,
    })),
    totals: {
      registrations: byStatus.reduce((sum, row) => sum + row._count._all, 0),
      confirmed,
      waitlisted: count("waitlisted") + count("offered"),
      cancelled: count("cancelled"),
      rejected: count("rejected"),
    },
    presence: event.endsAt <= now ? { present, noShows: Math.max(0, confirmed - present) } : null,
  };
}

export type OverallRow = { id: number; title: string; startsAt: Date; registrations: number; confirmed: number; waitlisted: number; cancelled: number; present: number; past: boolean };

/** Every event that has registrations, newest first, with its totals; and registrations per day overall. */
export async function overallStatistics(db: PrismaClient, now = new Date()): Promise<{ rows: OverallRow[]; perDay: DayCount[] }> {
  const [rows, perDay] = await Promise.all([
    db.$queryRaw<Omit<OverallRow, "past">[]>`
      SELECT e.id, e.title, e."startsAt",
             count(r.id)::int AS registrations,
             count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
             count(r.id) FILTER (WHERE r.status IN ('waitlisted', 'offered'))::int AS waitlisted,
             count(r.id) FILTER (WHERE r.status = 'cancelled')::int AS cancelled,
             (SELECT count(*)::int FROM "CheckIn" c WHERE c."eventId" = e.id) AS present
      FROM "Event" e JOIN "Registration" r ON r."eventId" = e.id
      GROUP BY e.id ORDER BY e."startsAt" DESC LIMIT 200`,
    registrationsPerDay(db, null),
  ]);
  return { rows: rows.map((row) => ({ ...row, past: row.startsAt <= now })), perDay };
}
