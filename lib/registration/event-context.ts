import "server-only";
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { labelledChoices } from "@/lib/events/rounds";
import type { RegistrationMailContext } from "@/lib/mail/registration-mails";

// What the registration transactions need to know about an event, read inside the transaction.

export const registrationEventInclude = {
  rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
  questions: { orderBy: { position: "asc" } },
  meetings: { orderBy: { number: "asc" } },
  // The first contact person signs the mails, and is whom to ask once the manage page closes.
  contactPersons: { orderBy: { position: "asc" }, take: 1, select: { name: true, email: true, phone: true } },
  // The form asks for a register among these (lib/registration/rules.ts checkRegister).
  accreditations: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { body: true, bodyName: true } },
} satisfies Prisma.EventInclude;

export type RegistrationEvent = Prisma.EventGetPayload<{ include: typeof registrationEventInclude }>;

/**
 * The event with its rounds, workshops, questions, meetings first contact person and accrediting bodies, in one query. The same SQL serves a Prisma
 * transaction and the registration hot path's plain connection, so the two can never drift apart; Prisma's
 * include would take four queries and several milliseconds.
 */
export async function loadRegistrationEvent(tx: Prisma.TransactionClient, where: { slug: string } | { id: number }): Promise<RegistrationEvent | null> {
  const [row] = "slug" in where ? await tx.$queryRawUnsafe<EventRow[]>(eventSql("slug"), where.slug) : await tx.$queryRawUnsafe<EventRow[]>(eventSql("id"), where.id);
  return row ? fromRow(row) : null;
}

export async function loadRegistrationEventFast(connection: pg.Pool | pg.PoolClient, slug: string): Promise<RegistrationEvent | null> {
  const { rows } = await connection.query<EventRow>(eventSql("slug"), [slug]);
  return rows[0] ? fromRow(rows[0]) : null;
}

type EventRow = RegistrationEvent & { rounds: JsonDates<RegistrationEvent["rounds"]>; meetings: JsonDates<RegistrationEvent["meetings"]> };

function eventSql(key: "slug" | "id"): string {
  return `SELECT e.*,
       COALESCE((SELECT json_agg(r_json ORDER BY (r_json->>'number')::int) FROM (
          SELECT to_jsonb(r) || jsonb_build_object('workshops', COALESCE((SELECT jsonb_agg(to_jsonb(w) ORDER BY w.number) FROM "Workshop" w WHERE w."roundId" = r.id), '[]'::jsonb)) AS r_json
          FROM "WorkshopRound" r WHERE r."eventId" = e.id) rounds), '[]'::json) AS rounds,
       COALESCE((SELECT json_agg(q ORDER BY q.position) FROM "RegistrationQuestion" q WHERE q."eventId" = e.id), '[]'::json) AS questions,
       COALESCE((SELECT json_agg(m ORDER BY m.number) FROM "Meeting" m WHERE m."eventId" = e.id), '[]'::json) AS meetings,
       COALESCE((SELECT json_agg(json_build_object('name', c.name, 'email', c.email, 'phone', c.phone)) FROM (SELECT name, email, phone FROM "ContactPerson" WHERE "eventId" = e.id ORDER BY position, id LIMIT 1) c), '[]'::json) AS "contactPersons",
       COALESCE((SELECT json_agg(json_build_object('body', a.body, 'bodyName', a."bodyName") ORDER BY a.position, a.id) FROM "EventAccreditation" a WHERE a."eventId" = e.id), '[]'::json) AS accreditations
     FROM "Event" e WHERE e.${key === "slug" ? "slug" : "id"} = $1 AND e.status <> 'draft'`;
}

function fromRow(row: EventRow): RegistrationEvent {
  const dated = <T extends { startsAt: string | Date; endsAt: string | Date }>(item: T) => ({ ...item, startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) });
  return { ...row, rounds: row.rounds.map(dated) as RegistrationEvent["rounds"], meetings: row.meetings.map(dated) as RegistrationEvent["meetings"] };
}

/** Dates arrive as strings inside json_agg. */
type JsonDates<T> = T extends (infer Item)[] ? (Omit<Item, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string })[] : never;

export const registrationWithChoices = {
  workshops: { include: { workshop: true, round: true } },
  participants: { orderBy: { position: "asc" } },
} satisfies Prisma.RegistrationInclude;
export type RegistrationWithChoices = Prisma.RegistrationGetPayload<{ include: typeof registrationWithChoices }>;

export function mailContext(event: RegistrationEvent, registration: RegistrationWithChoices, baseUrl: string): RegistrationMailContext {
  return {
    baseUrl,
    event,
    registration: {
      name: registration.name,
      manageToken: registration.manageToken,
      checkInCode: registration.checkInCode,
      status: registration.status,
      attendanceMode: registration.attendanceMode,
      workshops: labelledChoices(
        registration.workshops.map((choice) => ({ roundNumber: choice.round.number, workshopNumber: choice.workshop.number, title: choice.workshop.title, room: choice.workshop.room })),
        event.rounds,
      ),
      team:
        registration.teamName === null
          ? null
          : {
              name: registration.teamName,
              organisation: registration.organisation,
              participants: registration.participants.map(({ name, email, role }) => ({ name, email, role })),
            },
      declineReason: registration.declineReason,
      offerExpiresAt: registration.offerExpiresAt,
    },
  };
}
