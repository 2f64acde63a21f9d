import "server-only";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import type { Effects } from "@/lib/effects";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { accreditationBodyName } from "@/lib/accreditation/bodies";
import { accreditationView, type EventAccreditationView } from "@/lib/accreditation/view";
import type { AccreditationInput } from "@/lib/accreditation/schema";
import type { FieldErrors } from "@/lib/forms/action-state";

// An event's accreditations: recorded and removed by organisers (with an audit entry in the same
// transaction), read by the event page, the API, the registration form, the certificate and the CSV.

export { accreditationView, type EventAccreditationView };

export const accreditationInclude = {
  orderBy: [{ position: "asc" }, { id: "asc" }],
  include: { rounds: { select: { roundId: true } } },
} satisfies Prisma.Event$accreditationsArgs;

export async function listAccreditations(db: PrismaClient | Prisma.TransactionClient, eventId: number): Promise<EventAccreditationView[]> {
  const rows = await db.eventAccreditation.findMany({ where: { eventId }, ...accreditationInclude });
  return rows.map(accreditationView);
}

export type AccreditationWrite = ({ ok: true } & Effects) | { ok: false; fieldErrors?: FieldErrors; message: string };

export async function addAccreditation(db: PrismaClient, eventId: number, input: AccreditationInput, actor: AdminUser): Promise<AccreditationWrite> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { slug: true, rounds: { select: { id: true } } } });
    if (!event) return { ok: false, message: "Dit evenement bestaat niet (meer)." };
    const roundIds = input.scope === "rounds" ? [...new Set(input.roundIds)] : [];
    if (roundIds.some((id) => !event.rounds.some((round) => round.id === id)))
      return { ok: false, message: "Controleer de gemarkeerde velden.", fieldErrors: { roundIds: ["Een van de gekozen rondes bestaat niet (meer); kies opnieuw."] } };
    const position = await tx.eventAccreditation.count({ where: { eventId } });
    const created = await tx.eventAccreditation.create({
      data: {
        eventId,
        body: input.body,
        bodyName: input.body === "other" ? (input.bodyName ?? null) : null,
        number: input.number,
        points: input.points,
        hours: input.hours ?? null,
        scope: input.scope,
        position,
        rounds: { create: roundIds.map((roundId) => ({ roundId })) },
      },
    });
    const name = accreditationBodyName(created);
    await recordAudit(tx, {
      actor,
      eventId,
      action: "event.accreditation.add",
      summary: `Accreditatie toegevoegd: ${name}, nummer ${input.number}, ${String(input.points).replace(".", ",")} punten.`,
      details: { accreditationId: created.id, body: input.body, number: input.number, points: input.points, roundIds },
    });
    return { ok: true, mailIds: [], eventSlugs: [event.slug] };
  });
}

export async function removeAccreditation(db: PrismaClient, eventId: number, accreditationId: number, actor: AdminUser): Promise<AccreditationWrite> {
  return db.$transaction(async (tx) => {
    const found = await tx.eventAccreditation.findFirst({ where: { id: accreditationId, eventId }, include: { event: { select: { slug: true } } } });
    if (!found) return { ok: false, message: "Deze accreditatie bestaat niet (meer)." };
    await tx.eventAccreditation.delete({ where: { id: found.id } });
    await recordAudit(tx, {
      actor,
      eventId,
      action: "event.accreditation.remove",
      summary: `Accreditatie verwijderd: ${accreditationBodyName(found)}, nummer ${found.number}.`,
      details: { accreditationId: found.id },
    });
    return { ok: true, mailIds: [], eventSlugs: [found.event.slug] };
  });
}
