import "server-only";
import type { AccreditationBody } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AccreditationCsvAttendee, AccreditationCsvEvent } from "@/lib/accreditation/csv";
import { listAccreditations, type EventAccreditationView } from "@/lib/accreditation/store";

// Who was present at an event for one register: the CSV's rows. "Present" is a CheckIn row (door, walk-in or
// marked by an organiser); presence per part is RoundPresence.

export type AccreditationExport = { event: AccreditationCsvEvent & { id: number; title: string }; accreditations: EventAccreditationView[]; attendees: AccreditationCsvAttendee[] };

export async function accreditationExport(db: PrismaClient, eventId: number, body: AccreditationBody): Promise<AccreditationExport | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      endsAt: true,
      rounds: { select: { id: true, number: true, kind: true, title: true, startsAt: true, endsAt: true } },
      meetings: { select: { startsAt: true, endsAt: true } },
    },
  });
  if (!event) return null;
  const [accreditations, registrations] = await Promise.all([
    listAccreditations(db, eventId),
    db.registration.findMany({
      where: { eventId, registerBody: body, checkIn: { isNot: null } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { name: true, email: true, registerNumber: true, roundPresences: { select: { roundId: true } } },
    }),
  ]);
  return {
    event,
    accreditations,
    attendees: registrations.map(({ roundPresences, ...registration }) => ({ ...registration, attendedRoundIds: roundPresences.map((presence) => presence.roundId) })),
  };
}
