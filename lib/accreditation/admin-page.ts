import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AccreditationBody } from "@/lib/generated/prisma/enums";
import { namedRounds, roundHeading } from "@/lib/events/rounds";
import { listAccreditations } from "@/lib/accreditation/store";

// The admin's accreditation page: the event, what is recorded, the rounds to choose from, and one CSV per body.

export async function accreditationAdminPage(db: PrismaClient, eventId: number) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, title: true, slug: true, rounds: { select: { id: true, number: true, kind: true, title: true, startsAt: true, endsAt: true } } },
  });
  if (!event) return null;
  const accreditations = await listAccreditations(db, eventId);
  const bodies: { body: AccreditationBody; bodyName: string | null }[] = [];
  for (const accreditation of accreditations) if (!bodies.some((known) => known.body === accreditation.body)) bodies.push(accreditation);
  return {
    event,
    accreditations,
    rounds: namedRounds(event.rounds).map((round) => ({ id: round.id, label: roundHeading(round) })),
    bodies: bodies.map(({ body, bodyName }) => ({ body, bodyName })),
  };
}
