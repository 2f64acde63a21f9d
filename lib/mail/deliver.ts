import "server-only";
import { checkInQrPng } from "@/lib/check-in/qr";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CHECK_IN_QR_CID } from "@/lib/mail/compose";
import { env } from "@/lib/env";
import { outboxContent } from "@/lib/mail/render";
import type { MailTransport } from "@/lib/mail/transport";

export const MAX_MAIL_ATTEMPTS = 6;

/** The QR image a mail's HTML shows inline (cid), made from the registration's code as it is now. */
async function checkInImage(tx: Prisma.TransactionClient, html: string, registrationId: number | null) {
  if (registrationId === null || !html.includes(`cid:${CHECK_IN_QR_CID}`)) return [];
  const registration = await tx.registration.findUnique({ where: { id: registrationId }, select: { checkInCode: true } });
  if (!registration?.checkInCode) return [];
  return [{ filename: "incheckcode.png", content: await checkInQrPng(registration.checkInCode), contentType: "image/png", cid: CHECK_IN_QR_CID, contentDisposition: "inline" as const }];
}

export type DeliveryResult = "sent" | "skipped" | "retry" | "failed";

/**
 * Sends one outbox message. The row stays locked (FOR UPDATE SKIP LOCKED) while the mail goes out, so two
 * workers never send the same message; a failure is recorded and thrown so the queue retries later.
 */
export async function deliverOutboxMessage(db: PrismaClient, id: number, transport: MailTransport, baseUrl: string): Promise<DeliveryResult> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "OutboxMessage" WHERE id = ${id} AND status = 'queued' FOR UPDATE SKIP LOCKED`;
      if (!row) return "skipped";
      const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
      const content = await outboxContent(tx, message, baseUrl);
      if (!content) {
        await tx.outboxMessage.update({ where: { id }, data: { status: "failed", lastError: "De aanmelding bij dit bericht bestaat niet meer." } });
        return "failed";
      }
      try {
        await transport.send({
          from: env().MAIL_FROM,
          to: message.toName ? { name: message.toName, address: message.toEmail } : message.toEmail,
          subject: content.subject,
          text: content.text,
          html: content.html,
          attachments: [
            ...(content.calendar ? [{ filename: "bijeenkomst.ics", content: content.calendar, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }] : []),
            ...(await checkInImage(tx, content.html, message.registrationId)),
          ],
        });
      } catch (error) {
        const attempts = message.attempts + 1;
        const failed = attempts >= MAX_MAIL_ATTEMPTS;
        await tx.outboxMessage.update({ where: { id }, data: { attempts, lastError: String(error).slice(0, 1000), status: failed ? "failed" : "queued" } });
        return failed ? "failed" : "retry";
      }
      // Keep exactly what went out.
      await tx.outboxMessage.update({ where: { id }, data: { ...content, status: "sent", sentAt: new Date(), attempts: message.attempts + 1, lastError: null } });
      return "sent";
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
