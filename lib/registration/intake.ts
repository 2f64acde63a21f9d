import "server-only";
import { roundNames } from "@/lib/events/rounds";
import { recordAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import type { Effects } from "@/lib/effects";
import { ALL_QUOTAS_TRANSACTION } from "@/lib/registration/capacity/locks";
import { roomToAccept } from "@/lib/registration/capacity/room";
import { promoteFromWaitlist } from "@/lib/registration/capacity/waitlist";
import { mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import { loadRegistrationLocked } from "@/lib/registration/locked-registration";

// The organiser's intake decision on a registration that awaits it (status pending, "aangevraagd"), for any
// event with requiresApproval: a leerkring team or a person. Each decision is one transaction under every
// quota lock of the event, writes the decision, its audit entry and its mail; the admin calls these two functions.

/** Registrations an organiser can decide on: awaiting intake, or waiting for a place (then accept = give one). */
const UNDECIDED: RegistrationStatus[] = ["pending", "waitlisted"];

export const DECLINE_REASON_MAX = 2000;


export type AcceptOutcome =
  | ({ kind: "accepted"; registrationId: number; auditId: number } & Effects)
  /** Every place is taken (e.g. the capacity was lowered, or the registration was on the waitlist). */
  | { kind: "full"; message: string }
  | { kind: "already_decided"; status: RegistrationStatus; message: string }
  | { kind: "not_found"; message: string };

export type DeclineOutcome =
  /** mailIds: the declined registration's mail and those of anyone the freed place went to. */
  | ({ kind: "declined"; registrationId: number; auditId: number; promotedNames: string[] } & Effects)
  | { kind: "invalid"; errors: { reason: string[] } }
  | { kind: "already_decided"; status: RegistrationStatus; message: string }
  | { kind: "not_found"; message: string };

/** actorId: the organiser (User.id) who decides; recorded on the registration and in the audit log. */
type Options = { actorId?: string; baseUrl?: string; now?: Date };

const NOT_FOUND = { kind: "not_found", message: "Deze aanmelding bestaat niet." } as const;

function alreadyDecided(status: RegistrationStatus) {
  const messages: Partial<Record<RegistrationStatus, string>> = {
    confirmed: "Deze aanmelding is al toegelaten.",
    rejected: "Deze aanmelding is al afgewezen.",
    cancelled: "Deze aanmelding is geannuleerd.",
  };
  return { kind: "already_decided" as const, status, message: messages[status] ?? "Over deze aanmelding is al besloten." };
}

/** Accepts a registration after intake: it becomes confirmed, and gets a mail with the calendar file of every meeting. */
export async function acceptRegistration(
  db: PrismaClient,
  registrationId: number,
  { actorId, baseUrl = env().BASE_URL, now = new Date() }: Options = {},
): Promise<AcceptOutcome> {
  return db.$transaction(async (tx) => {
    const found = await loadRegistrationLocked(tx, { id: registrationId });
    if (!found) return NOT_FOUND;
    const { registration, event } = found;
    if (!UNDECIDED.includes(registration.status)) return alreadyDecided(registration.status);

    const room = await roomToAccept(tx, event, registration);
    if (!room.ok && room.reason === "mode_full") {
      const noun = event.registersTeams ? "teams" : "plekken";
      return {
        kind: "full",
        message: `Er is geen plek meer: alle ${room.quota.capacity} ${noun} zijn bezet. Wijs eerst een andere aanmelding af of verhoog het aantal plekken.`,
      };
    }
    const fullWorkshop = room.ok ? undefined : registration.workshops.find((choice) => choice.workshopId === room.workshopId);
    if (fullWorkshop)
      return { kind: "full", message: `Workshop ${fullWorkshop.workshop.number}: ${fullWorkshop.workshop.title} (${roundNames(event.rounds).get(fullWorkshop.round.number)}) is vol.` };

    const actor = await findActor(tx, actorId);
    const accepted = await tx.registration.update({
      where: { id: registration.id },
      data: { status: "confirmed", decidedAt: now, decidedById: actor?.id ?? null },
      include: registrationWithChoices,
    });
    const auditId = await recordAudit(tx, {
      actor,
      eventId: event.id,
      action: "registration.accept",
      summary: `${whoRegistered(accepted)} toegelaten na de intake.`,
      details: { registrationId: accepted.id },
    });
    const mailId = await queueRegistrationMail(tx, "accepted", {
      ...mailContext(event, accepted, baseUrl),
      registrationId: accepted.id,
      toEmail: accepted.email,
    });
    return { kind: "accepted", registrationId: accepted.id, auditId, mailIds: [mailId], eventSlugs: [event.slug] };
  }, ALL_QUOTAS_TRANSACTION);
}

/** Declines a registration after intake: its place is freed (and handed to the waitlist), with a polite mail. */
export async function declineRegistration(
  db: PrismaClient,
  registrationId: number,
  { reason, actorId, baseUrl = env().BASE_URL, now = new Date() }: Options & { reason?: string } = {},
): Promise<DeclineOutcome> {
  const trimmed = reason?.trim() || null;
  if (trimmed && trimmed.length > DECLINE_REASON_MAX)
    return { kind: "invalid", errors: { reason: [`De toelichting is te lang (hooguit ${DECLINE_REASON_MAX} tekens).`] } };
  return db.$transaction(async (tx) => {
    const found = await loadRegistrationLocked(tx, { id: registrationId });
    if (!found) return NOT_FOUND;
    const { registration, event } = found;
    if (!UNDECIDED.includes(registration.status)) return alreadyDecided(registration.status);

    const actor = await findActor(tx, actorId);
    const declined = await tx.registration.update({
      where: { id: registration.id },
      data: { status: "rejected", activeEmail: null, decidedAt: now, decidedById: actor?.id ?? null, declineReason: trimmed },
      include: registrationWithChoices,
    });
    const auditId = await recordAudit(tx, {
      actor,
      eventId: event.id,
      action: "registration.decline",
      summary: `${whoRegistered(declined)} afgewezen na de intake.`,
      details: { registrationId: declined.id, reason: trimmed },
    });
    const mailIds = [
      await queueRegistrationMail(tx, "declined", {
        ...mailContext(event, declined, baseUrl),
        registrationId: declined.id,
        toEmail: declined.email,
      }),
    ];
    const promotions = await promoteFromWaitlist(tx, event, { baseUrl, now });
    return { kind: "declined", registrationId: declined.id, auditId, mailIds: [...mailIds, ...promotions.mailIds], promotedNames: promotions.promotedNames, eventSlugs: [event.slug] };
  }, ALL_QUOTAS_TRANSACTION);
}

/** The deciding organiser, if it is still a user (the audit log keeps the name either way). */
async function findActor(tx: Prisma.TransactionClient, actorId: string | undefined) {
  return actorId ? tx.user.findUnique({ where: { id: actorId }, select: { id: true, name: true } }) : null;
}

function whoRegistered(registration: { name: string; teamName: string | null; organisation: string | null }): string {
  if (registration.teamName === null) return `Aanmelding van ${registration.name}`;
  return `Team ${registration.teamName}${registration.organisation ? ` (${registration.organisation})` : ""}`;
}
