import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminUser } from "@/lib/auth/session";

// The audit log: written in the same transaction as the change it records, so the log never claims a
// change that was rolled back, nor misses one that was kept.

export type AuditInput = {
  actor: Pick<AdminUser, "id" | "name"> | null;
  eventId?: number | null;
  /** Dotted, stable: event.update, event.publish, registration.cancel, user.create, ... */
  action: string;
  /** One Dutch sentence, shown as it is in the log. */
  summary: string;
  details?: Prisma.InputJsonValue;
};

/** Returns the entry's id, so a page can show what was just done. */
export async function recordAudit(client: PrismaClient | Prisma.TransactionClient, entry: AuditInput): Promise<number> {
  const { id } = await client.auditEntry.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.name ?? "Systeem",
      eventId: entry.eventId ?? null,
      action: entry.action,
      summary: entry.summary,
      details: entry.details,
    },
    select: { id: true },
  });
  return id;
}

export type AuditRow = { id: number; at: Date; actorName: string; action: string; summary: string; eventId: number | null; eventTitle: string | null };

export async function auditLog(db: PrismaClient, { eventId, take = 200 }: { eventId?: number; take?: number } = {}): Promise<AuditRow[]> {
  const rows = await db.auditEntry.findMany({
    where: eventId === undefined ? {} : { eventId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    include: { event: { select: { title: true } } },
  });
  return rows.map(({ id, at, actorName, action, summary, eventId, event }) => ({ id, at, actorName, action, summary, eventId, eventTitle: event?.title ?? null }));
}

/** An event's own log, or null when there is no such event. */
export async function eventAuditLog(db: PrismaClient, eventId: number): Promise<{ event: { id: number; title: string }; rows: AuditRow[] } | null> {
  const event = Number.isInteger(eventId) && eventId > 0 ? await db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true } }) : null;
  return event && { event, rows: await auditLog(db, { eventId: event.id }) };
}
