import "server-only";
import { roundNames } from "@/lib/events/rounds";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import type { Effects } from "@/lib/effects";
import { participationModeLabels } from "@/lib/events/formats";
import type { FieldErrors } from "@/lib/forms/action-state";
import { ALL_QUOTAS_TRANSACTION } from "@/lib/registration/capacity/locks";
import { roomFor } from "@/lib/registration/capacity/room";
import { givePlace } from "@/lib/registration/capacity/waitlist";
import { acceptRegistration, declineRegistration } from "@/lib/registration/intake";
import { loadRegistrationLocked, type LockedRegistration } from "@/lib/registration/locked-registration";
import { cancelRegistration, changeWorkshops } from "@/lib/registration/manage";

// What an organiser does to one registration in the admin. Each is one transaction that first takes every
// quota lock of the event (through the registrant's own functions in lib/registration, reused, not copied),
// then changes the registration, queues its mail, and writes the audit entry, so the log and the mail never
// claim a change that did not happen.

export type AdminChangeOptions = { actor: Pick<AdminUser, "id" | "name">; baseUrl: string; now?: Date };

export type AdminChangeOutcome =
  | ({ kind: "done"; message: string; auditId: number } & Effects)
  | { kind: "refused"; message: string; fieldErrors?: FieldErrors }
  | { kind: "not_found" };

const NOT_FOUND = { kind: "not_found" } as const;


/** What a change reports before its audit entry is written. */
type ChangeResult = { kind: "done"; message: string; mailIds: number[] } | Exclude<AdminChangeOutcome, { kind: "done" }>;

/**
 * Runs `change` on a registration of this event, under every quota lock of the event, and writes the audit
 * entry of a "done" outcome in the same transaction.
 */
async function changeRegistration(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  audit: { action: string; details?: Prisma.InputJsonObject },
  options: AdminChangeOptions,
  change: (tx: Prisma.TransactionClient, found: LockedRegistration) => Promise<ChangeResult>,
): Promise<AdminChangeOutcome> {
  return db.$transaction(async (tx): Promise<AdminChangeOutcome> => {
    const found = await loadRegistrationLocked(tx, { id: registrationId });
    if (!found || found.event.id !== eventId) return NOT_FOUND;
    const result = await change(tx, found);
    if (result.kind !== "done") return result;
    const auditId = await recordAudit(tx, {
      actor: options.actor,
      eventId,
      action: audit.action,
      summary: result.message,
      details: { registrationId, ...audit.details },
    });
    return { ...result, auditId, eventSlugs: [found.event.slug] };
  }, ALL_QUOTAS_TRANSACTION);
}

function promotedSentence(names: string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return ` ${names[0]} kreeg de vrije plek van de wachtlijst.`;
  return ` ${names.slice(0, -1).join(", ")} en ${names.at(-1)} kregen een vrije plek van de wachtlijst.`;
}

/** Cancels a confirmed, waiting or pending registration; its place goes to the waitlist at once. */
export async function cancelRegistrationByOrganiser(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  options: AdminChangeOptions,
): Promise<AdminChangeOutcome> {
  return changeRegistration(db, eventId, registrationId, { action: "registration.cancel" }, options, async (tx, { registration }) => {
    const outcome = await cancelRegistration(tx, { id: registrationId }, options);
    if (outcome.kind !== "done")
      return { kind: "refused", message: `De aanmelding van ${registration.name} is al geannuleerd of afgewezen.` };
    return {
      kind: "done",
      message: `Aanmelding van ${registration.name} geannuleerd.${promotedSentence(outcome.promotedNames)}`,
      mailIds: outcome.mailIds,
    };
  });
}

/** Moves a registration to another workshop in one round (or to none), if that workshop has room. */
export async function moveToWorkshop(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  { roundNumber, workshopNumber }: { roundNumber: number; workshopNumber: number | null },
  options: AdminChangeOptions,
): Promise<AdminChangeOutcome> {
  return changeRegistration(
    db,
    eventId,
    registrationId,
    { action: "registration.move", details: { roundNumber, workshopNumber } },
    options,
    async (tx, { registration, event }) => {
      const round = event.rounds.find((candidate) => candidate.number === roundNumber);
      const field = `workshops.${roundNumber}`;
      if (!round)
        return {
          kind: "refused",
          message: "Deze ronde bestaat niet (meer).",
          fieldErrors: { [field]: ["Deze ronde bestaat niet (meer)."] },
        };
      const target = workshopNumber === null ? null : round.workshops.find((workshop) => workshop.number === workshopNumber);
      if (target === undefined)
        return {
          kind: "refused",
          message: "Deze workshop bestaat niet (meer).",
          fieldErrors: { [field]: ["Deze workshop bestaat niet (meer)."] },
        };
      const current = registration.workshops.find((choice) => choice.round.number === roundNumber);
      if ((current?.workshopId ?? null) === (target?.id ?? null))
        return {
          kind: "refused",
          message: "Er is niets veranderd: dit is al de keuze.",
          fieldErrors: { [field]: ["Dit is al de keuze."] },
        };

      const choices: Record<string, number> = Object.fromEntries(
        registration.workshops.map((choice) => [String(choice.round.number), choice.workshop.number]),
      );
      if (target) choices[String(roundNumber)] = target.number;
      else delete choices[String(roundNumber)];
      const outcome = await changeWorkshops(tx, { id: registrationId }, choices, options);
      if (outcome.kind === "not_found") return { kind: "refused", message: `De aanmelding van ${registration.name} is niet meer actief.` };
      if (outcome.kind === "invalid") return { kind: "refused", message: "Deze keuze kan niet.", fieldErrors: outcome.errors };
      if (outcome.kind === "refused") {
        const message = `Workshop ${target?.number}: ${target?.title} is vol. Kies een andere workshop.`;
        return { kind: "refused", message, fieldErrors: { [field]: [message] } };
      }
      const roundName = roundNames(event.rounds).get(roundNumber);
      const moved = target
        ? `${registration.name} is verplaatst naar workshop ${target.number}: ${target.title} (${roundName}).`
        : `${registration.name} heeft nu geen keuze meer in ${roundName}.`;
      return {
        kind: "done",
        message: `${moved}${promotedSentence(outcome.promotedNames)}`,
        mailIds: outcome.mailIds,
      };
    },
  );
}

/** Gives a waiting registration a place now, ahead of the queue, when its mode and workshops have room. */
export async function promoteByOrganiser(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  options: AdminChangeOptions,
): Promise<AdminChangeOutcome> {
  const { baseUrl, now = new Date() } = options;
  return changeRegistration(
    db,
    eventId,
    registrationId,
    { action: "registration.promote" },
    options,
    async (tx, { registration, event }) => {
      if (registration.status !== "waitlisted")
        return { kind: "refused", message: `${registration.name} staat niet (meer) op de wachtlijst.` };
      const mode = registration.attendanceMode;
      const room = await roomFor(tx, event, { mode, workshopIds: registration.workshops.map((choice) => choice.workshopId), exceptRegistrationId: registration.id });
      if (!room.ok && room.reason === "mode_full") {
        return {
          kind: "refused",
          message: `Er is geen plek vrij (${participationModeLabels[mode].toLowerCase()}: ${room.quota.taken} van ${room.quota.capacity} bezet). Annuleer eerst een andere aanmelding of verhoog het aantal plekken.`,
        };
      }
      const full = room.ok ? undefined : registration.workshops.find((choice) => choice.workshopId === room.workshopId);
      if (full) {
        return {
          kind: "refused",
          message: `Workshop ${full.workshop.number}: ${full.workshop.title} (${roundNames(event.rounds).get(full.round.number)}) is vol. Verplaats ${registration.name} eerst naar een andere workshop.`,
        };
      }
      // Under intake a place still needs the organiser's yes, as with the automatic promotion.
      const mailId = await givePlace(tx, event, registration.id, { baseUrl, now });
      const next = event.requiresApproval ? " Na de intake kun je de aanmelding toelaten." : "";
      return {
        kind: "done",
        message: `${registration.name} heeft een plek gekregen en krijgt daarover een e-mail.${next}`,
        mailIds: [mailId],
      };
    },
  );
}

/** Only pending registrations of this event: the admin offers the decision for those (and not the waitlist's). */
async function pendingOfEvent(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
): Promise<AdminChangeOutcome | { kind: "pending"; name: string }> {
  const registration = await db.registration.findFirst({ where: { id: registrationId, eventId }, select: { name: true, status: true } });
  if (!registration) return NOT_FOUND;
  if (registration.status !== "pending") return { kind: "refused", message: `Over de aanmelding van ${registration.name} is al besloten.` };
  return { kind: "pending", name: registration.name };
}

/** Intake: accepts a pending registration. lib/registration/intake.ts decides, mails and writes the audit entry. */
export async function acceptByOrganiser(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  { actor, baseUrl, now }: AdminChangeOptions,
): Promise<AdminChangeOutcome> {
  const found = await pendingOfEvent(db, eventId, registrationId);
  if (found.kind !== "pending") return found;
  const outcome = await acceptRegistration(db, registrationId, { actorId: actor.id, baseUrl, now });
  if (outcome.kind !== "accepted") return { kind: "refused", message: outcome.message };
  return {
    kind: "done",
    message: `${found.name} is toegelaten en krijgt een bevestiging per e-mail.`,
    mailIds: outcome.mailIds,
    eventSlugs: outcome.eventSlugs,
    auditId: outcome.auditId,
  };
}

/** Intake: declines a pending registration with an optional reason for the mail; its place goes to the waitlist. */
export async function declineByOrganiser(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  reason: string,
  { actor, baseUrl, now }: AdminChangeOptions,
): Promise<AdminChangeOutcome> {
  const found = await pendingOfEvent(db, eventId, registrationId);
  if (found.kind !== "pending") return found;
  const outcome = await declineRegistration(db, registrationId, { reason, actorId: actor.id, baseUrl, now });
  if (outcome.kind === "invalid")
    return { kind: "refused", message: outcome.errors.reason[0] ?? "Controleer de toelichting.", fieldErrors: outcome.errors };
  if (outcome.kind !== "declined") return { kind: "refused", message: outcome.message };
  return {
    kind: "done",
    message: `${found.name} is afgewezen en krijgt daarover een e-mail.${promotedSentence(outcome.promotedNames)}`,
    mailIds: outcome.mailIds,
    eventSlugs: outcome.eventSlugs,
    auditId: outcome.auditId,
  };
}
