import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationMailKind } from "@/lib/mail/registration-mails";
import { registrationMail } from "@/lib/mail/registration-mails";
import type { MailContent } from "@/lib/mail/compose";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

type OutboxRow = { kind: string; subject: string | null; text: string | null; html: string | null; calendar: string | null; registrationId: number | null };

/**
 * What an outbox message says. Most rows carry their text from the moment they were queued; a registration
 * queued on the hot path carries only its kind, and is written here from the registration as it is now.
 */
export async function outboxContent(tx: Prisma.TransactionClient, row: OutboxRow, baseUrl: string): Promise<(MailContent & { calendar: string | null }) | null> {
  if (row.subject !== null && row.text !== null && row.html !== null) return { subject: row.subject, text: row.text, html: row.html, calendar: row.calendar };
  if (row.registrationId === null) return null;
  const registration = await tx.registration.findUnique({ where: { id: row.registrationId }, include: registrationWithChoices });
  if (!registration) return null;
  const event = await loadRegistrationEvent(tx, { id: registration.eventId });
  if (!event) return null;
  return registrationMail(row.kind as RegistrationMailKind, mailContext(event, registration, baseUrl));
}
