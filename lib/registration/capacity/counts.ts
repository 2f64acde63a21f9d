import "server-only";
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AvailabilityInput } from "@/lib/events/availability";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import { capacityFor, PLACE_HOLDING_SQL, PLACE_HOLDING_STATUSES, type EventCapacities, type Quota, type WorkshopQuota } from "@/lib/registration/capacity/rules";

// Counting the places taken, per attendance mode and per workshop. Inside a transaction these counts are
// the truth only after the quota locks (./locks.ts); on a public page they are a snapshot.

type Reader = Pick<Prisma.TransactionClient, "registration" | "registrationWorkshop">;

const holding = { in: [...PLACE_HOLDING_STATUSES] };

export async function placesTakenInMode(tx: Reader, eventId: number, mode: ParticipationMode): Promise<number> {
  return tx.registration.count({ where: { eventId, attendanceMode: mode, status: holding } });
}

export async function placesTakenPerWorkshop(tx: Reader, workshopIds: number[], exceptRegistrationId?: number): Promise<Map<number, number>> {
  if (workshopIds.length === 0) return new Map();
  const rows = await tx.registrationWorkshop.groupBy({
    by: ["workshopId"],
    where: {
      workshopId: { in: workshopIds },
      registration: { status: holding },
      ...(exceptRegistrationId !== undefined && { registrationId: { not: exceptRegistrationId } }),
    },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.workshopId, row._count._all]));
}

export async function modeQuota(tx: Reader, event: EventCapacities & { id: number }, mode: ParticipationMode): Promise<Quota> {
  const capacity = capacityFor(event, mode);
  // An unlimited mode needs no count.
  return { capacity, taken: capacity === null ? 0 : await placesTakenInMode(tx, event.id, mode) };
}

type EventWorkshops = { rounds: { workshops: { id: number; capacity: number | null }[] }[] };

export function eventWorkshops(event: EventWorkshops) {
  return event.rounds.flatMap((round) => round.workshops);
}

export async function workshopQuotas(tx: Reader, event: EventWorkshops, workshopIds: number[], exceptRegistrationId?: number): Promise<WorkshopQuota[]> {
  const taken = await placesTakenPerWorkshop(tx, workshopIds, exceptRegistrationId);
  const workshops = eventWorkshops(event);
  return workshopIds.map((workshopId) => ({
    workshopId,
    capacity: workshops.find((workshop) => workshop.id === workshopId)?.capacity ?? null,
    taken: taken.get(workshopId) ?? 0,
  }));
}

export type PlacesTaken = {
  perMode: Record<ParticipationMode, number>;
  perWorkshop: Map<number, number>;
};

/** How many places registrations hold in an event, per attendance mode and per workshop (for its pages). */
export async function countPlacesTaken(client: Reader, eventId: number): Promise<PlacesTaken> {
  const [modeRows, workshopRows] = await Promise.all([
    client.registration.groupBy({ by: ["attendanceMode"], where: { eventId, status: holding }, _count: { _all: true } }),
    client.registrationWorkshop.groupBy({ by: ["workshopId"], where: { eventId, registration: { status: holding } }, _count: { _all: true } }),
  ]);
  const perMode: Record<ParticipationMode, number> = { physical: 0, online: 0 };
  for (const row of modeRows) perMode[row.attendanceMode] = row._count._all;
  return { perMode, perWorkshop: new Map(workshopRows.map((row) => [row.workshopId, row._count._all])) };
}

/** Places held per event and mode, for a whole page of listing cards in one query. */
export async function placesTakenPerEvent(client: Reader, eventIds: number[]): Promise<Map<number, Record<ParticipationMode, number>>> {
  const held = new Map<number, Record<ParticipationMode, number>>();
  if (eventIds.length === 0) return held;
  const rows = await client.registration.groupBy({
    by: ["eventId", "attendanceMode"],
    where: { eventId: { in: eventIds }, status: holding },
    _count: { _all: true },
  });
  for (const row of rows) {
    const counts = held.get(row.eventId) ?? { physical: 0, online: 0 };
    counts[row.attendanceMode] = row._count._all;
    held.set(row.eventId, counts);
  }
  return held;
}

/** The event's rules as availability reads them, and the counts, read under the locks. */
export type RegistrationSnapshot = AvailabilityInput & {
  requiresApproval: boolean;
  /** Places held in the wanted mode. */
  taken: number;
  workshops: WorkshopQuota[];
  existingId: number | null;
};

/**
 * The registration hot path's one read under the locks, in plain SQL: the event's current rules, places
 * taken in the wanted mode and workshops, and whether the e-mail already holds an active registration.
 */
export async function readRegistrationSnapshot(
  connection: pg.PoolClient,
  { eventId, mode, workshopIds, email }: SnapshotQuestion,
): Promise<RegistrationSnapshot | undefined> {
  return (await connection.query<RegistrationSnapshot>(SNAPSHOT_SQL, [eventId, mode, workshopIds, email.toLowerCase()])).rows[0];
}

type SnapshotQuestion = { eventId: number; mode: ParticipationMode; workshopIds: number[]; email: string };

/**
 * The same read as one statement of plain text, to send in one message with BEGIN and the quota locks: PostgreSQL
 * runs it as soon as it has the locks (with a snapshot of its own, taken after them), without a round trip to
 * this server in between, whose event loop may be busy under a rush. Values are integers, a checked mode and
 * the e-mail address quoted by the connection itself. `snapshotFrom` reads its answer.
 */
export function registrationSnapshotStatement(connection: pg.PoolClient, { eventId, mode, workshopIds, email }: SnapshotQuestion): string {
  if (mode !== "physical" && mode !== "online") throw new Error(`unknown attendance mode ${String(mode)}`);
  const integer = (value: number) => {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
    return String(value);
  };
  const values = [integer(eventId), `'${mode}'`, `ARRAY[${workshopIds.map(integer).join(", ")}]`, connection.escapeLiteral(email.toLowerCase())];
  return SNAPSHOT_SQL.replace(/\$([1-4])\b/g, (_, index: string) => values[Number(index) - 1]!);
}

/** The snapshot among the answers to a message that ended with registrationSnapshotStatement. */
export function snapshotFrom(results: pg.QueryResult | pg.QueryResult[]): RegistrationSnapshot | undefined {
  const last = Array.isArray(results) ? results.at(-1) : results;
  return last?.rows[0] as RegistrationSnapshot | undefined;
}

const SNAPSHOT_SQL = `
  SELECT e.status, e."startsAt", e."registrationOpensAt", e."registrationClosesAt", e."capacityPhysical", e."capacityOnline",
         e."waitlistEnabled", e."requiresApproval", e."registersTeams", e."attendanceMode",
         (SELECT count(*)::int FROM "Registration" r
           WHERE r."eventId" = e.id AND r."attendanceMode" = $2::"ParticipationMode" AND r.status IN (${PLACE_HOLDING_SQL})) AS taken,
         COALESCE((SELECT json_agg(json_build_object('workshopId', w.id, 'capacity', w.capacity, 'taken',
             (SELECT count(*) FROM "RegistrationWorkshop" rw JOIN "Registration" r ON r.id = rw."registrationId"
               WHERE rw."workshopId" = w.id AND r.status IN (${PLACE_HOLDING_SQL}))))
           FROM "Workshop" w WHERE w.id = ANY($3::int[])), '[]'::json) AS workshops,
         (SELECT r.id FROM "Registration" r WHERE r."eventId" = e.id AND r."activeEmail" = $4) AS "existingId"
  FROM "Event" e WHERE e.id = $1`;
