import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES } from "@/lib/registration/capacity/rules";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { composeMail, signatureFor, type MailBlock } from "@/lib/mail/compose";
import { manageUrl } from "@/lib/mail/registration-mails";

// Mails from the organisers to everyone registered for an event (cancelled, postponed, venue now known),
// queued in the caller's transaction: the outbox holds exactly what was true when the event changed.

export type EventNoticeKind = "event_cancelled" | "event_postponed" | "event_venue_known";


type NoticeEvent = {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  statusNote: string | null;
  venueName: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
  venueRouteNotes: string | null;
  organiser: string;
};

function noticeBlocks(kind: EventNoticeKind, event: NoticeEvent): { subject: string; blocks: MailBlock[] } {
  const when = formatDutchDateTimeRange(event.startsAt, event.endsAt);
  const reason: MailBlock[] = event.statusNote ? [{ kind: "paragraph", text: event.statusNote }] : [];
  switch (kind) {
    case "event_cancelled":
      return {
        subject: `Geannuleerd: ${event.title}`,
        blocks: [{ kind: "paragraph", text: `Helaas gaat ${event.title} (${when}) niet door.` }, ...reason, { kind: "paragraph", text: "Je hoeft zelf niets te doen. Onze excuses voor het ongemak." }],
      };
    case "event_postponed":
      return {
        subject: `Verplaatst: ${event.title}`,
        blocks: [
          { kind: "paragraph", text: `${event.title} (${when}) is verplaatst.` },
          ...reason,
          { kind: "paragraph", text: "Je aanmelding blijft staan. Zodra de nieuwe datum bekend is, hoor je van ons. Kun je dan niet? Annuleer via de knop hieronder." },
        ],
      };
    case "event_venue_known": {
      const address = [event.venueName, event.venueAddress, [event.venuePostcode, event.venueCity].filter(Boolean).join(" ")].filter(Boolean).join(", ");
      return {
        subject: `Locatie bekend: ${event.title}`,
        blocks: [
          { kind: "paragraph", text: `De locatie van ${event.title} is bekend.` },
          { kind: "facts", rows: [["Wanneer", when], ["Waar", address], ...(event.venueRouteNotes ? [["Route", event.venueRouteNotes] as [string, string]] : [])] },
        ],
      };
    }
  }
}

/** Queues one mail per active registration of the event; returns the outbox ids for the worker. */
export async function queueEventNotice(tx: Prisma.TransactionClient, kind: EventNoticeKind, event: NoticeEvent, baseUrl: string): Promise<number[]> {
  const registrations = await tx.registration.findMany({
    where: { eventId: event.id, status: { in: [...ACTIVE_STATUSES] } },
    select: { id: true, name: true, email: true, manageToken: true },
    orderBy: { id: "asc" },
  });
  const { subject, blocks } = noticeBlocks(kind, event);
  const ids: number[] = [];
  for (const registration of registrations) {
    const manage: MailBlock[] = kind === "event_cancelled" ? [] : [{ kind: "button", label: "Bekijk of wijzig je aanmelding", url: manageUrl(baseUrl, registration.manageToken) }];
    const mail = composeMail(subject, `Beste ${registration.name},`, [...blocks, ...manage], signatureFor(event));
    const row = await tx.outboxMessage.create({
      data: { kind, toEmail: registration.email, toName: registration.name, subject: mail.subject, text: mail.text, html: mail.html, registrationId: registration.id, eventId: event.id },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
