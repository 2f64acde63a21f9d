import "server-only";
import { addDays } from "date-fns";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AttendanceMode, EventFormat, ParticipationMode } from "@/lib/generated/prisma/enums";
import { placesTakenPerEvent } from "@/lib/registration/capacity/counts";
import { EVENT_FORMATS } from "@/lib/events/formats";
import { ATTENDANCE_MODES, EVENTS_PER_PAGE, startOfAmsterdamDay, type EventFilters } from "@/lib/events/filters";
import { listingSelect, type ListedEvent } from "@/lib/events/queries";

// The listing and the API's search: filters combine, search is PostgreSQL full-text search with the Dutch
// configuration (so "hindernis" finds "hindernissen"), and each filter option gets the count it would give.

export type EventScope = "upcoming" | "archive";

/** A listed event with the places its registrations hold, for the card's availability. */
export type ListedEventWithPlaces = ListedEvent & { placesTaken: Record<ParticipationMode, number> };

export type EventSearchResult = {
  events: ListedEventWithPlaces[];
  total: number;
  page: number;
  pageCount: number;
  facets: { format: Record<EventFormat, number>; mode: Record<AttendanceMode, number> };
};

/** Which events a visitor choosing a mode can attend that way: a hybrid event serves both. */
const modeCondition: Record<AttendanceMode, Prisma.Sql> = {
  physical: Prisma.sql`"attendanceMode" IN ('physical', 'hybrid')`,
  online: Prisma.sql`"attendanceMode" IN ('online', 'hybrid')`,
  hybrid: Prisma.sql`"attendanceMode" = 'hybrid'`,
};

function conditions(filters: EventFilters, scope: EventScope, now: Date, leaveOut?: "format" | "mode"): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`"status" <> 'draft'`];
  parts.push(scope === "upcoming" ? Prisma.sql`"endsAt" >= ${now}` : Prisma.sql`"endsAt" < ${now}`);
  if (leaveOut !== "format" && filters.format.length > 0) {
    parts.push(Prisma.sql`"format"::text IN (${Prisma.join(filters.format)})`);
  }
  if (leaveOut !== "mode" && filters.mode) parts.push(modeCondition[filters.mode]);
  if (filters.from) parts.push(Prisma.sql`"endsAt" >= ${startOfAmsterdamDay(filters.from)}`);
  if (filters.to) parts.push(Prisma.sql`"startsAt" < ${addDays(startOfAmsterdamDay(filters.to), 1)}`);
  const query = filters.q ? prefixQuery(filters.q) : "";
  if (filters.q) parts.push(query ? Prisma.sql`to_tsvector('dutch', "searchText") @@ to_tsquery('dutch', ${query})` : Prisma.sql`false`);
  return Prisma.join(parts, " AND ");
}

/**
 * Every word as a prefix of a Dutch stem: the stemmer makes "hindernissen" "hinderniss" but "hindernis"
 * "hindernis", so only a prefix match finds the plural from the singular. Only letters and digits reach
 * to_tsquery, so its own syntax cannot be injected.
 */
export function prefixQuery(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word) => `${word}:*`).join(" & ");
}

export async function searchEvents(filters: EventFilters, { scope = "upcoming", now = new Date() }: { scope?: EventScope; now?: Date } = {}): Promise<EventSearchResult> {
  const order = scope === "upcoming" ? Prisma.sql`"startsAt" ASC, "id" ASC` : Prisma.sql`"startsAt" DESC, "id" DESC`;
  const offset = (filters.page - 1) * EVENTS_PER_PAGE;

  const [pageRows, formatRows, modeRows] = await Promise.all([
    db.$queryRaw<{ id: number; total: bigint }[]>`
      SELECT "id", count(*) OVER () AS total FROM "Event"
      WHERE ${conditions(filters, scope, now)}
      ORDER BY ${order} LIMIT ${EVENTS_PER_PAGE} OFFSET ${offset}`,
    db.$queryRaw<{ format: EventFormat; count: bigint }[]>`
      SELECT "format"::text AS format, count(*) AS count FROM "Event"
      WHERE ${conditions(filters, scope, now, "format")} GROUP BY "format"`,
    db.$queryRaw<Record<AttendanceMode, bigint>[]>`
      SELECT count(*) FILTER (WHERE ${modeCondition.physical}) AS physical,
             count(*) FILTER (WHERE ${modeCondition.online}) AS online,
             count(*) FILTER (WHERE ${modeCondition.hybrid}) AS hybrid
      FROM "Event" WHERE ${conditions(filters, scope, now, "mode")}`,
  ]);

  // A page past the end has no rows to carry the total; count separately only then.
  const total = pageRows[0]
    ? Number(pageRows[0].total)
    : Number((await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Event" WHERE ${conditions(filters, scope, now)}`)[0]?.count ?? 0);

  const ids = pageRows.map((row) => row.id);
  const [rows, held] = ids.length ? await Promise.all([db.event.findMany({ where: { id: { in: ids } }, select: listingSelect }), placesTakenPerEvent(db, ids)]) : [[], new Map()];
  const byId = new Map(rows.map((row) => [row.id, { ...row, placesTaken: held.get(row.id) ?? { physical: 0, online: 0 } }]));

  const formatCounts = Object.fromEntries(EVENT_FORMATS.map((format) => [format, 0])) as Record<EventFormat, number>;
  for (const row of formatRows) formatCounts[row.format] = Number(row.count);
  const modeCounts = Object.fromEntries(ATTENDANCE_MODES.map((mode) => [mode, Number(modeRows[0]?.[mode] ?? 0)])) as Record<AttendanceMode, number>;

  return {
    events: ids.map((id) => byId.get(id)).filter((row): row is ListedEventWithPlaces => row !== undefined),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / EVENTS_PER_PAGE)),
    facets: { format: formatCounts, mode: modeCounts },
  };
}
