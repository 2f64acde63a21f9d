import "server-only";
import { subDays } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { followUpDueAt } from "@/lib/evaluation/rules";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { listMaterials, materialHref } from "@/lib/materials/materials";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

/** Events further back than this get no follow-up any more (a restored backup must not mail last year's attendees). */
const FOLLOW_UP_WINDOW_DAYS = 30;

/**
 * Queues the after-event mail for everyone checked in (a CheckIn row) at events whose follow-up moment has
 * come: the organiser's choice, else the next morning at 09:00. No-shows get none. The wording is the
 * template registry's "follow_up" kind (or the organiser's or beheerder's version of it). Each registration is
 * claimed by setting followUpSentAt in the same transaction as its mail, so running this often, or on
 * several servers at once, never sends it twice.
 */
export async function queueFollowUps(db: PrismaClient, { baseUrl, now = new Date() }: { baseUrl: string; now?: Date }): Promise<number[]> {
  const events = await db.event.findMany({
    where: { status: "published", followUpEnabled: true, endsAt: { lte: now, gt: subDays(now, FOLLOW_UP_WINDOW_DAYS) }, registrations: { some: { followUpSentAt: null, checkIn: { isNot: null } } } },
    select: { id: true, slug: true, endsAt: true, followUpAt: true },
  });
  const mailIds: number[] = [];
  for (const event of events.filter((candidate) => followUpDueAt(candidate) <= now)) {
    const due = await db.registration.findMany({
      where: { eventId: event.id, followUpSentAt: null, checkIn: { isNot: null }, status: { notIn: ["cancelled", "rejected"] } },
      select: { id: true },
      take: 500,
    });
    if (due.length === 0) continue;
    const loaded = await loadRegistrationEvent(db, { id: event.id });
    if (!loaded) continue;
    const materials = (await listMaterials(db, event.id)).map((material) => ({ title: material.title, href: materialHref(baseUrl, event.slug, material), workshopTitle: material.workshop?.title ?? null }));
    for (const { id } of due) {
      const mailId = await db.$transaction(async (tx) => {
        const claimed = await tx.registration.updateMany({ where: { id, followUpSentAt: null }, data: { followUpSentAt: now } });
        if (claimed.count === 0) return null;
        const registration = await tx.registration.findUniqueOrThrow({ where: { id }, include: registrationWithChoices });
        return queueRegistrationMail(tx, "follow_up", { ...mailContext(loaded, registration, baseUrl), materials, registrationId: id, toEmail: registration.email });
      });
      if (mailId !== null) mailIds.push(mailId);
    }
  }
  return mailIds;
}
