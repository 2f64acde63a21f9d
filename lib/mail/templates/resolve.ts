import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailKind, MailTemplateSource } from "@/lib/mail/templates/registry";

/** The wording for a kind at an event: the organiser's for this event, else the beheerder's, else none (the registry's default). */
export async function resolveTemplate(tx: Prisma.TransactionClient, kind: MailKind, eventId: number): Promise<MailTemplateSource | null> {
  const own = await tx.eventMailTemplate.findUnique({ where: { eventId_kind: { eventId, kind } }, select: { subject: true, body: true } });
  return own ?? (await tx.mailTemplate.findUnique({ where: { kind }, select: { subject: true, body: true } }));
}
