import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registrationMail, type RegistrationMailContext, type RegistrationMailKind } from "@/lib/mail/registration-mails";
import { resolveTemplate } from "@/lib/mail/templates/resolve";

/** Writes a registration mail to the outbox inside the caller's transaction; the mail worker sends it. */
export async function queueRegistrationMail(
  tx: Prisma.TransactionClient,
  kind: RegistrationMailKind,
  context: RegistrationMailContext & { registrationId: number; toEmail: string },
  { daysBefore }: { daysBefore?: number } = {},
): Promise<number> {
  const template = await resolveTemplate(tx, kind, context.event.id);
  const mail = registrationMail(kind, context, { template, daysBefore });
  const row = await tx.outboxMessage.create({
    data: {
      kind,
      toEmail: context.toEmail,
      toName: context.registration.name,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      calendar: mail.calendar,
      registrationId: context.registrationId,
      eventId: context.event.id,
    },
    select: { id: true },
  });
  return row.id;
}
