import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { formatDutchDateTime } from "@/lib/dates";
import type { Effects } from "@/lib/effects";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { ALL_QUOTAS_TRANSACTION, lockAllQuotas } from "@/lib/registration/capacity/locks";
import { eventWorkshops } from "@/lib/registration/capacity/counts";
import { promotedStatus } from "@/lib/registration/capacity/rules";
import { promoteFromWaitlist } from "@/lib/registration/capacity/waitlist";
import { loadRegistrationEvent, mailContext, registrationWithChoices, type RegistrationEvent } from "@/lib/registration/event-context";
import { loadRegistrationLocked } from "@/lib/registration/locked-registration";

// Places offered from the waitlist (Event.waitlistOffers): the status "offered" holds the place until the
// offer's time is up. The person accepts (confirmed, with the confirmation mail) or declines through the
// link in their mail; an expired offer passes to the next in line, by the queue's job each minute or by the
// first answer that finds it expired, whichever comes first. Everything runs under the event's quota locks.

type Options = { baseUrl: string; now?: Date };

export type OfferOutcome =
  | ({ kind: "accepted" | "declined"; eventTitle: string } & Effects)
  /** Refused with a Dutch sentence; `effects` when finding it expired passed the place on. */
  | { kind: "refused"; message: string; effects: Effects }
  | { kind: "not_found" };

const noEffects = (slug: string): Effects => ({ mailIds: [], eventSlugs: [slug] });

/** Accepts the offered place behind a manage token, if the offer still stands. */
export async function acceptOffer(db: PrismaClient, token: string, { baseUrl, now = new Date() }: Options): Promise<OfferOutcome> {
  return db.$transaction(async (tx): Promise<OfferOutcome> => {
    const found = await loadRegistrationLocked(tx, { manageToken: token });
    if (!found) return { kind: "not_found" };
    const { registration, event } = found;
    if (registration.status !== "offered") return { kind: "refused", message: noLongerOpen(registration.status), effects: noEffects(event.slug) };
    if (registration.offerExpiresAt! <= now) {
      const mailIds = await expireOffersOfEvent(tx, event, { baseUrl, now });
      return {
        kind: "refused",
        message: `Dit aanbod is verlopen op ${formatDutchDateTime(registration.offerExpiresAt!)}. De plek is naar de volgende op de wachtlijst gegaan.`,
        effects: { mailIds, eventSlugs: [event.slug] },
      };
    }
    const accepted = await tx.registration.update({
      where: { id: registration.id },
      data: { status: promotedStatus(event), promotedAt: now, offerExpiresAt: null },
      include: registrationWithChoices,
    });
    await recordAudit(tx, { actor: null, eventId: event.id, action: "registration.offer.accept", summary: `${accepted.name} nam de aangeboden plek aan.`, details: { registrationId: accepted.id } });
    const kind = accepted.status === "pending" ? "promoted" : "confirmed";
    const mailId = await queueRegistrationMail(tx, kind, { ...mailContext(event, accepted, baseUrl), registrationId: accepted.id, toEmail: accepted.email });
    return { kind: "accepted", eventTitle: event.title, mailIds: [mailId], eventSlugs: [event.slug] };
  }, ALL_QUOTAS_TRANSACTION);
}

/** Declines the offered place: the registration is cancelled and the place is offered to the next in line. */
export async function declineOffer(db: PrismaClient, token: string, { baseUrl, now = new Date() }: Options): Promise<OfferOutcome> {
  return db.$transaction(async (tx): Promise<OfferOutcome> => {
    const found = await loadRegistrationLocked(tx, { manageToken: token });
    if (!found) return { kind: "not_found" };
    const { registration, event } = found;
    if (registration.status !== "offered") return { kind: "refused", message: noLongerOpen(registration.status), effects: noEffects(event.slug) };
    const declined = await tx.registration.update({
      where: { id: registration.id },
      data: { status: "cancelled", activeEmail: null, cancelledAt: now, offerExpiresAt: null },
      include: registrationWithChoices,
    });
    await recordAudit(tx, { actor: null, eventId: event.id, action: "registration.offer.decline", summary: `${declined.name} sloeg de aangeboden plek af.`, details: { registrationId: declined.id } });
    const mailIds = [await queueRegistrationMail(tx, "cancelled", { ...mailContext(event, declined, baseUrl), registrationId: declined.id, toEmail: declined.email })];
    mailIds.push(...(await promoteFromWaitlist(tx, event, { baseUrl, now })).mailIds);
    return { kind: "declined", eventTitle: event.title, mailIds, eventSlugs: [event.slug] };
  }, ALL_QUOTAS_TRANSACTION);
}

function noLongerOpen(status: string): string {
  if (status === "confirmed" || status === "pending") return "Je hebt deze plek al aangenomen.";
  if (status === "waitlisted") return "Er staat op dit moment geen plek voor je klaar; je staat nog op de wachtlijst.";
  return "Dit aanbod geldt niet meer: de aanmelding is geannuleerd of het aanbod is verlopen.";
}

/**
 * Under the event's locks: cancels its offers whose time is up, mails each person, and offers the freed
 * places to the next in line. Finds nothing to do when another run was first, so running late or twice is safe.
 */
async function expireOffersOfEvent(tx: Prisma.TransactionClient, event: RegistrationEvent, { baseUrl, now = new Date() }: Options): Promise<number[]> {
  const expired = await tx.registration.findMany({
    where: { eventId: event.id, status: "offered", offerExpiresAt: { lte: now } },
    orderBy: [{ offerExpiresAt: "asc" }, { id: "asc" }],
    include: registrationWithChoices,
  });
  const mailIds: number[] = [];
  for (const offer of expired) {
    const lapsed = await tx.registration.update({
      where: { id: offer.id },
      data: { status: "cancelled", activeEmail: null, cancelledAt: now, offerExpiresAt: null },
      include: registrationWithChoices,
    });
    await recordAudit(tx, {
      actor: null,
      eventId: event.id,
      action: "registration.offer.expire",
      summary: `Het aanbod aan ${lapsed.name} is verlopen (${formatDutchDateTime(offer.offerExpiresAt!)}); de plek gaat naar de volgende op de wachtlijst.`,
      details: { registrationId: lapsed.id },
    });
    mailIds.push(await queueRegistrationMail(tx, "offer_expired", { ...mailContext(event, lapsed, baseUrl), registrationId: lapsed.id, toEmail: lapsed.email }));
  }
  if (expired.length > 0) mailIds.push(...(await promoteFromWaitlist(tx, event, { baseUrl, now })).mailIds);
  return mailIds;
}

/** The queue's job: every event with an expired offer, one transaction each under its locks. */
export async function expireOffers(db: PrismaClient, { baseUrl, now = new Date() }: Options): Promise<Effects> {
  const events = await db.registration.findMany({
    where: { status: "offered", offerExpiresAt: { lte: now } },
    distinct: ["eventId"],
    select: { eventId: true },
  });
  const effects: Effects = { mailIds: [], eventSlugs: [] };
  for (const { eventId } of events) {
    const done = await db.$transaction(async (tx) => {
      const event = await loadRegistrationEvent(tx, { id: eventId });
      if (!event) return null;
      await lockAllQuotas(tx, event.id, eventWorkshops(event).map((workshop) => workshop.id));
      return { slug: event.slug, mailIds: await expireOffersOfEvent(tx, event, { baseUrl, now }) };
    }, ALL_QUOTAS_TRANSACTION);
    if (!done) continue;
    effects.mailIds.push(...done.mailIds);
    effects.eventSlugs.push(done.slug);
  }
  return effects;
}
