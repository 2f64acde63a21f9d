import "server-only";
import { addHours } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

/**
 * Queues the day-before reminder for confirmed registrations of events starting within 24 hours. Each
 * registration is claimed by setting remindedAt in the same transaction as its mail, so running this often,
 * or on several servers at once, never sends a reminder twice. For online attendees the reminder is the mail
 * with the join link ("uiterlijk een dag vooraf"): it waits until the organiser has set the link.
 */
export async function queueReminders(db: PrismaClient, { baseUrl, now = new Date() }: { baseUrl: string; now?: Date }): Promise<number[]> {
  const due = await db.registration.findMany({
    where: {
      status: "confirmed",
      remindedAt: null,
      event: { status: "published", startsAt: { gt: now, lte: addHours(now, 24) } },
      OR: [{ attendanceMode: "physical" }, { event: { onlineJoinUrl: { not: null } } }],
    },
    select: { id: true, eventId: true },
    take: 500,
  });
  const mailIds: number[] = [];
  for (const { id, eventId } of due) {
    const mailId = await db.$transaction(async (tx) => {
      const claimed = await tx.registration.updateMany({ where: { id, remindedAt: null, status: "confirmed" }, data: { remindedAt: now } });
      if (claimed.count === 0) return null;
      const event = await loadRegistrationEvent(tx, { id: eventId });
      const registration = await tx.registration.findUniqueOrThrow({ where: { id }, include: registrationWithChoices });
      if (!event) return null;
      return queueRegistrationMail(tx, "reminder", { ...mailContext(event, registration, baseUrl), registrationId: id, toEmail: registration.email });
    });
    if (mailId !== null) mailIds.push(mailId);
  }
  return mailIds;
}
