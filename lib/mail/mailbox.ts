import "server-only";
import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { withoutControlCharacters } from "@/lib/forms/plain-text";
import { mailKindLabel } from "@/lib/mail/templates/registry";

// The organisers' view of the outbox: what Bijeen sent, what waits, what failed; and sending one again.

export const MAILBOX_PAGE_SIZE = 50;

export const mailboxQuery = z.object({
  status: z.enum(["queued", "sent", "failed"]).optional().catch(undefined),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type MailboxQuery = z.infer<typeof mailboxQuery>;

// Labels come from the one registry of mail kinds.
export { mailKindLabel };

export type MailboxRow = {
  id: number;
  kind: string;
  toEmail: string;
  toName: string | null;
  subject: string | null;
  status: MailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  eventTitle: string | null;
};

export async function listMailbox(db: PrismaClient, { status, q, page }: MailboxQuery): Promise<{ rows: MailboxRow[]; total: number; counts: Record<MailStatus, number> }> {
  const where: Prisma.OutboxMessageWhereInput = {
    ...(status ? { status } : {}),
    ...(q ? { OR: [{ toEmail: { contains: q, mode: "insensitive" } }, { toName: { contains: q, mode: "insensitive" } }, { subject: { contains: q, mode: "insensitive" } }] } : {}),
  };
  const [messages, total, grouped] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MAILBOX_PAGE_SIZE,
      take: MAILBOX_PAGE_SIZE,
      select: { id: true, kind: true, toEmail: true, toName: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true, event: { select: { title: true } } },
    }),
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0 };
  for (const row of grouped) counts[row.status] = row._count._all;
  return { rows: messages.map(({ event, ...message }) => ({ ...message, eventTitle: event?.title ?? null })), total, counts };
}

export async function findMailboxMessage(db: PrismaClient, id: number) {
  return db.outboxMessage.findUnique({ where: { id }, include: { event: { select: { id: true, title: true } } } });
}

export type ResendResult = { ok: true; messageId: number } | { ok: false; message: string };

/**
 * A failed message goes back into the queue as it is; a sent one is copied, so the log keeps both. A message
 * still queued is left alone: it is on its way.
 */
export async function resendMailboxMessage(db: PrismaClient, id: number, actor: AdminUser): Promise<ResendResult> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "OutboxMessage" WHERE id = ${id} FOR UPDATE`;
    if (!locked) return { ok: false, message: "Dit bericht bestaat niet (meer)." };
    const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
    if (message.status === "queued") return { ok: false, message: "Dit bericht staat al in de wachtrij en gaat zo vanzelf de deur uit." };
    let messageId = id;
    if (message.status === "failed") {
      await tx.outboxMessage.update({ where: { id }, data: { status: "queued", attempts: 0, lastError: null } });
    } else {
      const { kind, toEmail, toName, subject, text, html, calendar, registrationId, eventId } = message;
      messageId = (await tx.outboxMessage.create({ data: { kind, toEmail, toName, subject, text, html, calendar, registrationId, eventId }, select: { id: true } })).id;
    }
    await recordAudit(tx, {
      actor,
      eventId: message.eventId,
      action: "mail.resend",
      summary: `Mail "${message.subject ?? mailKindLabel(message.kind)}" opnieuw verstuurd aan ${message.toEmail}.`,
      details: { originalId: id, messageId },
    });
    return { ok: true, messageId };
  });
}
