import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { formatDutchDate, formatDutchDateTimeRange, formatDutchTimeRange } from "@/lib/dates";
import { certificateAvailability, certificateDocument, type CertificateAvailability, type CertificateDocument } from "@/lib/accreditation/certificate";
import { listAccreditations } from "@/lib/accreditation/store";

// The certificate behind a manage link: whether it is there yet, and if so what it says.

export type CertificateLookup =
  | { kind: "not_found" }
  | { kind: "unavailable"; reason: Extract<CertificateAvailability, { available: false }>["reason"]; event: { title: string; slug: string }; contact: { name: string; email: string | null } }
  | { kind: "available"; document: CertificateDocument; filename: string };

export async function findCertificate(db: PrismaClient, manageToken: string, now: Date = new Date()): Promise<CertificateLookup> {
  const registration = await db.registration.findUnique({
    where: { manageToken },
    select: {
      name: true,
      attendanceMode: true,
      checkIn: { select: { at: true } },
      roundPresences: { select: { roundId: true } },
      event: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          organiser: true,
          startsAt: true,
          endsAt: true,
          venueName: true,
          venueCity: true,
          rounds: { select: { id: true, number: true, title: true, startsAt: true, endsAt: true } },
          meetings: { select: { startsAt: true, endsAt: true } },
          contactPersons: { orderBy: { position: "asc" }, take: 1, select: { name: true, email: true } },
        },
      },
    },
  });
  if (!registration) return { kind: "not_found" };
  const { event } = registration;
  const availability = certificateAvailability(registration, event, now);
  if (!availability.available) {
    const contact = event.contactPersons[0] ?? { name: event.organiser, email: null };
    return { kind: "unavailable", reason: availability.reason, event: { title: event.title, slug: event.slug }, contact };
  }
  const document = certificateDocument(
    {
      event,
      rounds: event.rounds,
      accreditations: await listAccreditations(db, event.id),
      attendedRoundIds: registration.roundPresences.map((presence) => presence.roundId),
      registration,
    },
    { date: formatDutchDate, timeRange: formatDutchTimeRange, dateTimeRange: formatDutchDateTimeRange },
    now,
  );
  return { kind: "available", document, filename: `bewijs-van-deelname-${event.slug}.pdf` };
}

/** For the manage page: whether to link to the certificate now. */
export async function certificateReady(db: PrismaClient, registrationId: number, event: { endsAt: Date; status: EventStatus }, now: Date = new Date()): Promise<boolean> {
  const checkIn = await db.checkIn.findUnique({ where: { registrationId }, select: { at: true } });
  return certificateAvailability({ checkIn }, event, now).available;
}
