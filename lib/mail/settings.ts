import "server-only";
import type { AdminUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MailSettingsInput } from "@/lib/mail/settings-schema";

/** Saves when reminders go and until when registrants may change themselves; audited in the same transaction. */
export async function saveMailSettings(db: PrismaClient, eventId: number, input: MailSettingsInput, actor: AdminUser): Promise<{ kind: "saved"; slug: string } | { kind: "not_found" }> {
  return db.$transaction(async (tx) => {
    const found = await tx.event.updateMany({ where: { id: eventId }, data: { reminderDaysBefore: input.reminderDays, selfServiceHoursBefore: input.selfServiceHours } });
    if (found.count === 0) return { kind: "not_found" } as const;
    const { slug } = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } });
    const reminders = input.reminderDays.length === 0 ? "geen herinneringen" : `herinneringen ${input.reminderDays.join(", ")} dag(en) vooraf`;
    const deadline = input.selfServiceHours === null ? "wijzigen tot de start" : `wijzigen tot ${input.selfServiceHours} uur vooraf`;
    await recordAudit(tx, { actor, eventId, action: "event.mail_settings", summary: `Mailinstellingen gewijzigd: ${reminders}; ${deadline}.`, details: input });
    return { kind: "saved", slug } as const;
  });
}

/** What the event's mail page shows: its title, modes, workshops and mail settings. */
export async function mailPageEvent(db: PrismaClient, eventId: number) {
  return db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      attendanceMode: true,
      reminderDaysBefore: true,
      selfServiceHoursBefore: true,
      rounds: { orderBy: { number: "asc" }, select: { number: true, kind: true, title: true, startsAt: true, workshops: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } } } },
    },
  });
}
