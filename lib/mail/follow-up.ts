import "server-only";
import { subDays } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { followUpDueAt } from "@/lib/evaluation/rules";
import { followUpMail } from "@/lib/mail/follow-up-mail";
import { listMaterials, materialHref } from "@/lib/materials/materials";

/** Events further back than this get no follow-up any more (a restored backup must not mail last year's attendees). */
const FOLLOW_UP_WINDOW_DAYS = 30;

/**
 * Queues the after-event mail for everyone checked in (a CheckIn row) at events whose follow-up moment has
 * come: the organiser's choice, else the next morning at 09:00. No-shows get none. Each registration is
 * claimed by setting followUpSentAt in the same transaction as its mail, so running this often, or on
 * several servers at once, never sends it twice.
 */
export async function queueFollowUps(db: PrismaClient, { baseUrl, now = new Date() }: { baseUrl: string; now?: Date }): Promise<number[]> {
  const events = await db.event.findMany({
    where: { status: "published", endsAt: { lte: now, gt: subDays(now, FOLLOW_UP_WINDOW_DAYS) }, registrations: { some: { followUpSentAt: null, checkIn: { isNot: null } } } },
    select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, followUpAt: true, organiser: true, contactPersons: { orderBy: { position: "asc" }, select: { name: true } } },
  });
  const mailIds: number[] = [];
  for (const event of events.filter((candidate) => followUpDueAt(candidate) <= now)) {
    const due = await db.registration.findMany({
      where: { eventId: event.id, followUpSentAt: null, checkIn: { isNot: null }, status: { notIn: ["cancelled", "rejected"] } },
      select: { id: true },
      take: 500,
    });
    const materials = (await listMaterials(db, event.id)).map((material) => ({ title: material.title, href: materialHref(baseUrl, event.slug, material), workshopTitle: material.workshop?.title ?? null }));
    for (const { id } of due) {
      const mailId = await db.$transaction(async (tx) => {
        const claimed = await tx.registration.updateMany({ where: { id, followUpSentAt: null }, data: { followUpSentAt: now } });
        if (claimed.count === 0) return null;
        const registration = await tx.registration.findUniqueOrThrow({ where: { id }, select: { name: true, email: true, manageToken: true } });
        const mail = followUpMail({ baseUrl, event, registration, materials });
        const row = await tx.outboxMessage.create({
          data: { kind: "follow_up", toEmail: registration.email, toName: registration.name, subject: mail.subject, text: mail.text, html: mail.html, registrationId: id, eventId: event.id },
          select: { id: true },
        });
        return row.id;
      });
      if (mailId !== null) mailIds.push(mailId);
    }
  }
  return mailIds;
}
