import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import { answerFromRoster, type DoorAnswer, type DoorCounts, type DoorPerson, type RosterEntry } from "@/lib/check-in/answer";
import { formatCheckInCode, normaliseCheckInCode } from "@/lib/check-in/code";
import { labelledChoices, namedRounds } from "@/lib/events/rounds";

// Checking people in at the door and into a room. Idempotent by the keys: a CheckIn per registration, a
// RoundPresence per registration and round, written with INSERT ... ON CONFLICT DO NOTHING; whoever comes
// second (another phone, an offline queue sent again) gets "al ingecheckt om ... door ..." and changes nothing.
// Only a confirmed place lets someone in; the audit entry is written in the same transaction as the row.

export type CheckInSource = "door" | "walk_in" | "organiser";
export type Who = { code: string } | { registrationId: number };
export type Room = { roundId: number; workshopId: number };
type Actor = Pick<AdminUser, "id" | "name">;
type Client = PrismaClient | Prisma.TransactionClient;

const personSelect = {
  id: true,
  name: true,
  organisation: true,
  status: true,
  attendanceMode: true,
  checkInCode: true,
  workshops: { select: { roundId: true, workshopId: true, round: { select: { number: true } }, workshop: { select: { number: true, title: true, room: true } } } },
  checkIn: { select: { at: true, byName: true } },
} satisfies Prisma.RegistrationSelect;
type PersonRow = Prisma.RegistrationGetPayload<{ select: typeof personSelect }>;

export type DoorEvent = {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  rounds: { id: number; name: string; workshops: { id: number; number: number; title: string; room: string | null }[] }[];
};

/** The event as the door page needs it: title, time and the rooms of each round; null for a draft or unknown id. */
export async function loadDoorEvent(db: Client, eventId: number): Promise<DoorEvent | null> {
  const event = await db.event.findFirst({
    where: { id: eventId, status: { not: "draft" } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      rounds: { orderBy: { number: "asc" }, select: { id: true, number: true, kind: true, title: true, startsAt: true, workshops: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, room: true } } } },
    },
  });
  if (!event) return null;
  return { ...event, rounds: namedRounds(event.rounds).map((round) => ({ id: round.id, name: round.name, workshops: round.workshops })) };
}

async function roundNaming(db: Client, eventId: number) {
  return db.workshopRound.findMany({ where: { eventId }, select: { number: true, kind: true, title: true, startsAt: true } });
}

function toPerson(row: PersonRow, rounds: Awaited<ReturnType<typeof roundNaming>>): DoorPerson {
  const choices = labelledChoices(
    row.workshops.map((choice) => ({ roundNumber: choice.round.number, title: choice.workshop.title, number: choice.workshop.number, room: choice.workshop.room })),
    rounds,
  );
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    mode: row.attendanceMode,
    workshops: choices.map((choice) => `${choice.roundLabel}: ${choice.title}${choice.room && row.attendanceMode !== "online" ? ` (${choice.room})` : ""}`),
  };
}

function toRosterEntry(row: PersonRow, rounds: Awaited<ReturnType<typeof roundNaming>>): RosterEntry {
  return { ...toPerson(row, rounds), code: row.checkInCode, status: row.status, checkIn: row.checkIn ? { at: row.checkIn.at.toISOString(), byName: row.checkIn.byName } : null };
}

/** Everyone registered for the event with code, status and check-in: the browser keeps this for offline answers. */
export async function doorRoster(db: Client, eventId: number): Promise<RosterEntry[]> {
  const [rows, rounds] = await Promise.all([db.registration.findMany({ where: { eventId }, select: personSelect, orderBy: [{ name: "asc" }, { id: "asc" }] }), roundNaming(db, eventId)]);
  return rows.map((row) => toRosterEntry(row, rounds));
}

/** Present (checked in) and expected (a confirmed place, or checked in anyway); per room when one is chosen. */
export async function doorCounts(db: Client, eventId: number, room?: Room | null): Promise<DoorCounts> {
  const [present, expected, roomCounts] = await Promise.all([
    db.checkIn.count({ where: { eventId } }),
    db.registration.count({ where: { eventId, OR: [{ status: "confirmed" }, { checkIn: { isNot: null } }] } }),
    room
      ? Promise.all([
          db.roundPresence.count({ where: { eventId, roundId: room.roundId, workshopId: room.workshopId } }),
          db.registrationWorkshop.count({ where: { eventId, roundId: room.roundId, workshopId: room.workshopId, registration: { status: "confirmed" } } }),
        ])
      : null,
  ]);
  return { present, expected, ...(roomCounts ? { room: { present: roomCounts[0], expected: roomCounts[1] } } : {}) };
}

/** Up to 25 people whose name, organisation or e-mail contains the text, for tapping in. */
export async function searchDoor(db: Client, eventId: number, query: string): Promise<RosterEntry[]> {
  const text = query.trim().slice(0, 100);
  if (text.length < 2) return [];
  const [rows, rounds] = await Promise.all([
    db.registration.findMany({
      where: {
        eventId,
        OR: [
          { name: { contains: text, mode: "insensitive" } },
          { organisation: { contains: text, mode: "insensitive" } },
          { email: { contains: text, mode: "insensitive" } },
          ...(normaliseCheckInCode(text) ? [{ checkInCode: normaliseCheckInCode(text)! }] : []),
        ],
      },
      select: personSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 25,
    }),
    roundNaming(db, eventId),
  ]);
  return rows.map((row) => toRosterEntry(row, rounds));
}

async function findPerson(tx: Client, eventId: number, who: Who): Promise<PersonRow | null> {
  if ("registrationId" in who) return tx.registration.findFirst({ where: { id: who.registrationId, eventId }, select: personSelect });
  const code = normaliseCheckInCode(who.code);
  return code ? tx.registration.findFirst({ where: { checkInCode: code, eventId }, select: personSelect }) : null;
}

function unknownCode(who: Who): DoorAnswer {
  if ("registrationId" in who) return { kind: "unknown", code: null };
  const code = normaliseCheckInCode(who.code);
  return { kind: "unknown", code: code ? formatCheckInCode(code) : null };
}

export type CheckInOptions = { actor: Actor; source?: CheckInSource; room?: Room | null; at?: Date };

/**
 * Checks one person in (and into the room, when one is chosen). Returns what the door page says; `changed`
 * tells whether a row was written.
 */
export async function checkIn(db: PrismaClient, eventId: number, who: Who, { actor, source = "door", room = null, at = new Date() }: CheckInOptions): Promise<{ answer: DoorAnswer; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const row = await findPerson(tx, eventId, who);
    if (!row) return { answer: unknownCode(who), changed: false };
    const rounds = await roundNaming(tx, eventId);
    const person = toPerson(row, rounds);
    if (row.status !== "confirmed") return { answer: answerFromRoster(toRosterEntry(row, rounds), null), changed: false };

    const roomName = room ? await roomLabel(tx, eventId, room) : undefined;
    if (room && roomName === null) return { answer: { kind: "unknown", code: null }, changed: false };

    const inserted = await tx.$queryRaw<{ at: Date; byName: string }[]>`
      INSERT INTO "CheckIn" ("registrationId", "eventId", at, "byId", "byName", source)
      VALUES (${row.id}, ${eventId}, ${at}, ${actor.id}, ${actor.name}, ${source})
      ON CONFLICT DO NOTHING RETURNING at, "byName"`;
    let answer: DoorAnswer;
    let changed = inserted.length > 0;
    if (room) {
      const present = await tx.$queryRaw<{ at: Date; byName: string }[]>`
        INSERT INTO "RoundPresence" ("registrationId", "roundId", "eventId", "workshopId", at, "byId", "byName")
        VALUES (${row.id}, ${room.roundId}, ${eventId}, ${room.workshopId}, ${at}, ${actor.id}, ${actor.name})
        ON CONFLICT DO NOTHING RETURNING at, "byName"`;
      if (present[0]) {
        changed = true;
        answer = { kind: "welcome", person, at: present[0].at.toISOString(), byName: present[0].byName, room: roomName! };
      } else {
        const earlier = await tx.roundPresence.findUniqueOrThrow({ where: { registrationId_roundId: { registrationId: row.id, roundId: room.roundId } }, select: { at: true, byName: true, workshop: { select: { title: true } } } });
        answer = { kind: "already", person, at: earlier.at.toISOString(), byName: earlier.byName, room: earlier.workshop.title };
      }
    } else if (inserted[0]) {
      answer = { kind: "welcome", person, at: inserted[0].at.toISOString(), byName: inserted[0].byName };
    } else {
      const earlier = await tx.checkIn.findUniqueOrThrow({ where: { registrationId: row.id }, select: { at: true, byName: true } });
      answer = { kind: "already", person, at: earlier.at.toISOString(), byName: earlier.byName };
    }
    if (changed) {
      await recordAudit(tx, {
        actor,
        eventId,
        action: room ? "check_in.room" : `check_in.${source}`,
        summary: room ? `${row.name} ingecheckt in ${roomName}.` : SUMMARIES[source](row.name),
        details: { registrationId: row.id, source, ...(room ? { roundId: room.roundId, workshopId: room.workshopId } : {}) },
      });
    }
    return { answer, changed };
  });
}

const SUMMARIES: Record<CheckInSource, (name: string) => string> = {
  door: (name) => `${name} ingecheckt bij de ingang.`,
  walk_in: (name) => `${name} ter plekke aangemeld en ingecheckt.`,
  organiser: (name) => `${name} achteraf als aanwezig gemarkeerd.`,
};

/** "Workshop ronde 1: Titel (zaal)", or null when the workshop is not in that round of this event. */
async function roomLabel(tx: Client, eventId: number, room: Room): Promise<string | null> {
  const workshop = await tx.workshop.findFirst({ where: { id: room.workshopId, roundId: room.roundId, round: { eventId } }, select: { title: true, room: true } });
  return workshop ? `${workshop.title}${workshop.room ? ` (${workshop.room})` : ""}` : null;
}

/** Takes back a check-in (and, with a room, only that round's presence). */
export async function undoCheckIn(db: PrismaClient, eventId: number, registrationId: number, { actor, room = null }: { actor: Actor; room?: Room | null }): Promise<{ answer: DoorAnswer; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const row = await findPerson(tx, eventId, { registrationId });
    if (!row) return { answer: { kind: "unknown", code: null }, changed: false };
    const person = toPerson(row, await roundNaming(tx, eventId));
    const removed = room
      ? await tx.roundPresence.deleteMany({ where: { registrationId, roundId: room.roundId, eventId } })
      : await tx.checkIn.deleteMany({ where: { registrationId, eventId } });
    // Not at the door means in no room either.
    if (!room) await tx.roundPresence.deleteMany({ where: { registrationId, eventId } });
    if (removed.count > 0) {
      await recordAudit(tx, {
        actor,
        eventId,
        action: "check_in.undo",
        summary: `Inchecken van ${row.name} ongedaan gemaakt${room ? " (zaal)" : ""}.`,
        details: { registrationId, ...(room ? { roundId: room.roundId } : {}) },
      });
    }
    return { answer: { kind: "undone", person }, changed: removed.count > 0 };
  });
}
