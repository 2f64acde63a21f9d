import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registrationMail } from "@/lib/mail/registration-mails";
import { isMailKind } from "@/lib/mail/templates/registry";
import { resolveTemplate } from "@/lib/mail/templates/resolve";
import type { MailContent } from "@/lib/mail/compose";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

type OutboxRow = { kind: string; subject: string | null; text: string | null; html: string | null; calendar: string | null; registrationId: number | null };

/**
 * What an outbox message says. Most rows carry their text from the moment they were queued; a registration
 * queued on the hot path carries only its kind, and is written here from the registration as it is now, in
 * the wording that applies now (the event's, the beheerder's or the default): the hot path never reads a template.
 */
export async function outboxContent(tx: Prisma.TransactionClient, row: OutboxRow, baseUrl: string): Promise<(MailContent & { calendar: string | null }) | null> {
  if (row.subject !== null && row.text !== null && row.html !== null) return { subject: row.subject, text: row.text, html: row.html, calendar: row.calendar };
  if (row.registrationId === null || !isMailKind(row.kind)) return null;
  const registration = await tx.registration.findUnique({ where: { id: row.registrationId }, include: registrationWithChoices });
  if (!registration) return null;
  const event = await loadRegistrationEvent(tx, { id: registration.eventId });
  if (!event) return null;
  return registrationMail(row.kind, mailContext(event, registration, baseUrl), { template: await resolveTemplate(tx, row.kind, event.id) });
}
