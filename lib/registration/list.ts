import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { offeredModes } from "@/lib/events/availability";
import { namedRounds } from "@/lib/events/rounds";
import { ACTIVE_STATUSES, capacityFor, placesHeld } from "@/lib/registration/capacity/rules";
import { compareBySurname } from "@/lib/registration/surname-order";
import { DEFAULT_REGISTRATION_SORT, pageOfRegistrations, REGISTRATION_SORTS, sortRegistrations, type RegistrationsPage } from "@/lib/registration/table-order";
import { withoutControlCharacters } from "@/lib/forms/plain-text";

// What the organiser sees of an event's registrations: the table with its filters (kept in the URL, so a
// filtered view can be bookmarked and works without JavaScript), the counts at the top, and the attendee
// lists behind the CSV export and the presence list.

export const REGISTRATION_STATUSES = [
  "confirmed",
  "waitlisted",
  "pending",
  "cancelled",
  "rejected",
  "offered",
] as const satisfies readonly RegistrationStatus[];

/** Anything odd in the URL is ignored rather than refused: a filter is a convenience, never an error page. */
export const registrationFilterSchema = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional().catch(undefined),
  mode: z.enum(["physical", "online"]).optional().catch(undefined),
  workshop: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).catch(""),
  sort: z.enum(REGISTRATION_SORTS).catch(DEFAULT_REGISTRATION_SORT),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type RegistrationFilters = z.infer<typeof registrationFilterSchema>;

/** The first value of each search parameter (a repeated one counts once). */
export function parseRegistrationFilters(params: Record<string, string | string[] | undefined>): RegistrationFilters {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return registrationFilterSchema.parse({ ...first, q: first.q ?? "", sort: first.sort ?? DEFAULT_REGISTRATION_SORT, page: first.page ?? 1 });
}

const adminEventInclude = {
  rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
} satisfies Prisma.EventInclude;

type AdminEventRow = Prisma.EventGetPayload<{ include: typeof adminEventInclude }>;
/** Its rounds in the order of the day, each with the name the site and the mails give it. */
export type AdminRegistrationsEvent = Omit<AdminEventRow, "rounds"> & { rounds: (AdminEventRow["rounds"][number] & { name: string })[] };

/** The event an admin registrations page is about, whatever its status; null for an unknown id. */
export async function findEventForRegistrations(db: PrismaClient, rawId: string): Promise<AdminRegistrationsEvent | null> {
  if (!/^\d{1,9}$/.test(rawId)) return null;
  const event = await db.event.findUnique({ where: { id: Number(rawId) }, include: adminEventInclude });
  return event && { ...event, rounds: namedRounds(event.rounds) };
}

export type AdminWorkshopChoice = { roundNumber: number; workshopId: number; workshopNumber: number; title: string };

export type AdminRegistrationRow = {
  id: number;
  name: string;
  email: string;
  organisation: string | null;
  role: string | null;
  teamName: string | null;
  status: RegistrationStatus;
  attendanceMode: ParticipationMode;
  dietaryWishes: string | null;
  createdAt: Date;
  /** While a place is offered from the waitlist: until when. */
  offerExpiresAt: Date | null;
  workshops: AdminWorkshopChoice[];
};

const rowInclude = { workshops: { include: { workshop: true, round: true } } } satisfies Prisma.RegistrationInclude;

function toRow(registration: Prisma.RegistrationGetPayload<{ include: typeof rowInclude }>): AdminRegistrationRow {
  const { id, name, email, organisation, role, teamName, status, attendanceMode, dietaryWishes, createdAt, offerExpiresAt } = registration;
  return {
    id,
    name,
    email,
    organisation,
    role,
    teamName,
    status,
    attendanceMode,
    dietaryWishes,
    createdAt,
    offerExpiresAt: status === "offered" ? offerExpiresAt : null,
    workshops: registration.workshops
      .map((choice) => ({
        roundNumber: choice.round.number,
        workshopId: choice.workshopId,
        workshopNumber: choice.workshop.number,
        title: choice.workshop.title,
      }))
      .sort((a, b) => a.roundNumber - b.roundNumber),
  };
}

export async function listRegistrations(db: PrismaClient, eventId: number, filters: RegistrationFilters): Promise<AdminRegistrationRow[]> {
  const q = filters.q;
  const rows = await db.registration.findMany({
    where: {
      eventId,
      ...(filters.status && { status: filters.status }),
      ...(filters.mode && { attendanceMode: filters.mode }),
      ...(filters.workshop && { workshops: { some: { workshopId: filters.workshop } } }),
      ...(q && {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { email: { contains: q, mode: "insensitive" } },
          { organisation: { contains: q, mode: "insensitive" } },
          { teamName: { contains: q, mode: "insensitive" } },
        ],
      }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: rowInclude,
  });
  return rows.map(toRow);
}

/** One page of the registrations table: the filtered rows in the order asked for. */
export async function registrationsTablePage(db: PrismaClient, eventId: number, filters: RegistrationFilters): Promise<RegistrationsPage<AdminRegistrationRow>> {
  const rows = await listRegistrations(db, eventId, filters);
  return pageOfRegistrations(sortRegistrations(rows, filters.sort), filters.page);
}

export async function findRegistrationForAdmin(db: PrismaClient, eventId: number, rawId: string): Promise<AdminRegistrationRow | null> {
  if (!/^\d{1,9}$/.test(rawId)) return null;
  const registration = await db.registration.findFirst({ where: { id: Number(rawId), eventId }, include: rowInclude });
  return registration ? toRow(registration) : null;
}

export type StatusCounts = { confirmed: number; pending: number; waitlisted: number; offered: number };
export type ModeSummary = StatusCounts & { mode: ParticipationMode; capacity: number | null };
export type WorkshopSummary = StatusCounts & {
  id: number;
  roundNumber: number;
  roundName: string;
  number: number;
  title: string;
  room: string | null;
  capacity: number | null;
};
export type RegistrationSummary = { modes: ModeSummary[]; workshops: WorkshopSummary[]; cancelled: number; rejected: number };

const emptyCounts = (): StatusCounts => ({ confirmed: 0, pending: 0, waitlisted: 0, offered: 0 });


/** The numbers at the top of the table: per attendance mode and per workshop, confirmed, intake and waitlist. */
export async function registrationSummary(db: PrismaClient, event: AdminRegistrationsEvent): Promise<RegistrationSummary> {
  const perMode = await db.registration.groupBy({ by: ["attendanceMode", "status"], where: { eventId: event.id }, _count: { _all: true } });
  const perWorkshop = await db.$queryRaw<{ workshopId: number; status: RegistrationStatus; count: number }[]>`
    SELECT rw."workshopId", r.status, count(*)::int AS count
    FROM "RegistrationWorkshop" rw JOIN "Registration" r ON r.id = rw."registrationId"
    WHERE rw."eventId" = ${event.id} AND r.status = ANY(${[...ACTIVE_STATUSES]}::"RegistrationStatus"[])
    GROUP BY rw."workshopId", r.status`;
  const modes = offeredModes(event).map((mode) => {
    const counts = emptyCounts();
    for (const row of perMode)
      if (row.attendanceMode === mode && row.status in counts) counts[row.status as keyof StatusCounts] += row._count._all;
    return { mode, capacity: capacityFor(event, mode), ...counts };
  });
  const workshops = event.rounds.flatMap((round) =>
    round.workshops.map((workshop) => {
      const counts = emptyCounts();
      for (const row of perWorkshop) if (row.workshopId === workshop.id) counts[row.status as keyof StatusCounts] += row.count;
      return {
        id: workshop.id,
        roundNumber: round.number,
        roundName: round.name,
        number: workshop.number,
        title: workshop.title,
        room: workshop.room,
        capacity: workshop.capacity,
        ...counts,
      };
    }),
  );
  const total = (status: RegistrationStatus) =>
    perMode.filter((row) => row.status === status).reduce((sum, row) => sum + row._count._all, 0);
  return { modes, workshops, cancelled: total("cancelled"), rejected: total("rejected") };
}

/** "nog 3 vrij" or "vol" for a choice list; nothing when there is no limit. Pending registrations hold a place too. */
export function placesNote(capacity: number | null, counts: StatusCounts | undefined): string | null {
  if (capacity === null) return null;
  const taken = counts ? placesHeld(counts) : 0;
  return taken >= capacity ? "vol" : `nog ${capacity - taken} vrij`;
}

/** Confirmed registrations, by name (Dutch order), for the export and the presence list. */
export async function listAttendees(
  db: PrismaClient,
  eventId: number,
  { workshopId, mode }: { workshopId?: number; mode?: ParticipationMode } = {},
): Promise<AdminRegistrationRow[]> {
  const rows = await db.registration.findMany({
    where: {
      eventId,
      status: "confirmed",
      ...(mode && { attendanceMode: mode }),
      ...(workshopId && { workshops: { some: { workshopId } } }),
    },
    include: rowInclude,
  });
  const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
  return rows.map(toRow).sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
}

/** The presence list's attendees: as listAttendees, by surname the Dutch way ("de Vries" under V). */
export async function listPresence(db: PrismaClient, eventId: number, options: { workshopId?: number; mode?: ParticipationMode } = {}): Promise<AdminRegistrationRow[]> {
  return (await listAttendees(db, eventId, options)).sort((a, b) => compareBySurname(a.name, b.name) || a.id - b.id);
}

/** The workshop behind a `workshop` parameter, only when it belongs to this event. */
export function findWorkshop(event: AdminRegistrationsEvent, workshopId: number | undefined) {
  if (workshopId === undefined) return null;
  for (const round of event.rounds) {
    const workshop = round.workshops.find((candidate) => candidate.id === workshopId);
    if (workshop) return { ...workshop, round };
  }
  return null;
}

export type RegistrationHistoryEntry = { id: number; at: Date; actorName: string; summary: string };

/** The organisers' changes to one registration, newest first, from the audit log. */
export async function registrationHistory(db: PrismaClient, eventId: number, registrationId: number): Promise<RegistrationHistoryEntry[]> {
  return db.auditEntry.findMany({
    where: { eventId, details: { path: ["registrationId"], equals: registrationId } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, at: true, actorName: true, summary: true },
  });
}
