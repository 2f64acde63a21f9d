import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import { formatDutchDateTime } from "@/lib/dates";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { modeQuota, workshopQuotas, eventWorkshops } from "@/lib/registration/capacity/counts";
import { isFull, offerExpiry, promotedStatus, type Quota } from "@/lib/registration/capacity/rules";
import { mailContext, registrationWithChoices, type RegistrationEvent } from "@/lib/registration/event-context";

// Handing free places to the waitlist. The caller holds every quota lock of the event (lockAllQuotas).

type Options = { baseUrl: string; now?: Date };

/** What promoting did: the mails it queued, and who got a place (for the organiser's message); offers are not places yet. */
export type Promotions = { mailIds: number[]; promotedNames: string[] };

/**
 * Offers one waiting registration a place (Event.waitlistOffers): the status "offered" holds the place until
 * the offer expires (./offers.ts), the mail carries the link to accept it, and the log says so.
 */
export async function offerPlace(tx: Prisma.TransactionClient, event: RegistrationEvent, registrationId: number, { baseUrl, now = new Date() }: Options): Promise<number> {
  const offered = await tx.registration.update({
    where: { id: registrationId },
    data: { status: "offered", offerExpiresAt: offerExpiry(event, now) },
    include: registrationWithChoices,
  });
  await recordAudit(tx, {
    actor: null,
    eventId: event.id,
    action: "registration.offer",
    summary: `Vrije plek aangeboden aan ${offered.name} (wachtlijst), geldig tot ${formatDutchDateTime(offered.offerExpiresAt!)}.`,
    details: { registrationId: offered.id },
  });
  return queueRegistrationMail(tx, "offered", { ...mailContext(event, offered, baseUrl), registrationId: offered.id, toEmail: offered.email });
}

/** Gives one waiting registration its place (confirmed, or pending under intake) and queues the mail saying so. */
export async function givePlace(tx: Prisma.TransactionClient, event: RegistrationEvent, registrationId: number, { baseUrl, now = new Date() }: Options): Promise<number> {
  const promoted = await tx.registration.update({
    where: { id: registrationId },
    data: { status: promotedStatus(event), promotedAt: now, offerExpiresAt: null },
    include: registrationWithChoices,
  });
  return queueRegistrationMail(tx, "promoted", { ...mailContext(event, promoted, baseUrl), registrationId: promoted.id, toEmail: promoted.email });
}

/**
 * Gives free places to the waitlist in order of registration: each waiting person whose mode has a place
 * and whose chosen workshops have room gets one, or, with waitlistOffers, is offered one that they hold until
 * they answer or the offer expires. Returns the queued mails and the names of those promoted.
 */
export async function promoteFromWaitlist(tx: Prisma.TransactionClient, event: RegistrationEvent, { baseUrl, now = new Date() }: Options): Promise<Promotions> {
  const promotions: Promotions = { mailIds: [], promotedNames: [] };
  if (now >= event.startsAt) return promotions;
  const waiting = await tx.registration.findMany({
    where: { eventId: event.id, status: "waitlisted" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { workshops: { select: { workshopId: true } } },
  });
  if (waiting.length === 0) return promotions;
  const modes: Record<ParticipationMode, Quota> = { physical: await modeQuota(tx, event, "physical"), online: await modeQuota(tx, event, "online") };
  const workshops = new Map(
    (await workshopQuotas(tx, event, eventWorkshops(event).map((workshop) => workshop.id))).map((quota) => [quota.workshopId, quota]),
  );
  for (const candidate of waiting) {
    const wanted = candidate.workshops.map((choice) => workshops.get(choice.workshopId)).filter((quota) => quota !== undefined);
    if (isFull(modes[candidate.attendanceMode]) || wanted.some(isFull)) continue;
    if (event.waitlistOffers) {
      promotions.mailIds.push(await offerPlace(tx, event, candidate.id, { baseUrl, now }));
    } else {
      promotions.mailIds.push(await givePlace(tx, event, candidate.id, { baseUrl, now }));
      promotions.promotedNames.push(candidate.name);
    }
    modes[candidate.attendanceMode].taken += 1;
    for (const quota of wanted) quota.taken += 1;
  }
  return promotions;
}
