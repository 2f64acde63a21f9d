import "server-only";
import { addDays } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

import { MAX_REMINDER_DAYS } from "@/lib/mail/settings-schema";
export { MAX_REMINDER_DAYS };

/**
 * Which of an event's reminders is due now: the nearest offset whose moment has passed (7 days, then 1 day
 * before). A registration made after an earlier moment skips that one; the last reminder (the nearest
 * offset, which carries the online link) reaches everyone.
 */
export function dueReminder(offsets: number[], startsAt: Date, now: Date): { daysBefore: number; from: Date; last: boolean } | null {
  const sorted = [...new Set(offsets)].filter((days) => days > 0).sort((a, b) => a - b);
  const due = sorted.find((days) => addDays(startsAt, -days) <= now);
  if (due === undefined || startsAt <= now) return null;
  return { daysBefore: due, from: addDays(startsAt, -due), last: due === sorted[0] };
}

/**
 * Queues the reminders due for confirmed registrations. Each is claimed by a ReminderSent row (its key is
 * registration and offset) in the same transaction as its mail, so running this often, or on several servers
 * at once, never sends one twice. For online attendees a reminder waits until the organiser has set the link.
 */
export async function queueReminders(db: PrismaClient, { baseUrl, now = new Date() }: { baseUrl: string; now?: Date }): Promise<number[]> {
  const events = await db.event.findMany({
    where: { status: "published", startsAt: { gt: now, lte: addDays(now, MAX_REMINDER_DAYS) } },
    select: { id: true, startsAt: true, reminderDaysBefore: true },
  });
  const mailIds: number[] = [];
  for (const event of events) {
    const reminder = dueReminder(event.reminderDaysBefore, event.startsAt, now);
    if (!reminder) continue;
    const due = await db.registration.findMany({
      where: {
        eventId: event.id,
        status: "confirmed",
        remindersSent: { none: { daysBefore: reminder.daysBefore } },
        ...(reminder.last ? {} : { createdAt: { lte: reminder.from } }),
        OR: [{ attendanceMode: "physical" }, { event: { onlineJoinUrl: { not: null } } }],
      },
      select: { id: true },
      take: 500,
    });
    for (const { id } of due) {
      const mailId = await db.$transaction(async (tx) => {
        const claimed = await tx.$executeRaw`INSERT INTO "ReminderSent" ("registrationId", "daysBefore", "at") VALUES (${id}, ${reminder.daysBefore}, ${now}) ON CONFLICT DO NOTHING`;
        if (claimed === 0) return null;
        const registration = await tx.registration.findUniqueOrThrow({ where: { id }, include: registrationWithChoices });
        if (registration.status !== "confirmed") return null;
        await tx.registration.update({ where: { id }, data: { remindedAt: now } });
        const loaded = await loadRegistrationEvent(tx, { id: event.id });
        if (!loaded) return null;
        return queueRegistrationMail(tx, "reminder", { ...mailContext(loaded, registration, baseUrl), registrationId: id, toEmail: registration.email }, { daysBefore: reminder.daysBefore });
      });
      if (mailId !== null) mailIds.push(mailId);
    }
  }
  return mailIds;
}

