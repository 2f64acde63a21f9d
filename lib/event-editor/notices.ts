import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVE_STATUSES } from "@/lib/registration/capacity/rules";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

// Mails from the organisers to everyone registered for an event (cancelled, postponed, venue now known),
// queued in the caller's transaction: the outbox holds exactly what was true when the event changed. Their
// wording is a template like every automatic mail (lib/mail/templates/registry.ts).

export type EventNoticeKind = "event_cancelled" | "event_postponed" | "event_venue_known";

/** Queues one mail per active registration of the event, read as it is now inside the transaction; returns the outbox ids. */
export async function queueEventNotice(tx: Prisma.TransactionClient, kind: EventNoticeKind, { id }: { id: number }, baseUrl: string): Promise<number[]> {
  const event = await loadRegistrationEvent(tx, { id });
  if (!event) return [];
  const registrations = await tx.registration.findMany({
    where: { eventId: id, status: { in: [...ACTIVE_STATUSES] } },
    include: registrationWithChoices,
    orderBy: { id: "asc" },
  });
  const ids: number[] = [];
  for (const registration of registrations) {
    ids.push(await queueRegistrationMail(tx, kind, { ...mailContext(event, registration, baseUrl), registrationId: registration.id, toEmail: registration.email }));
  }
  return ids;
}
