import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import { eventPagesChanged } from "@/lib/events/invalidate";
import { participationModeLabels } from "@/lib/events/formats";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import { acceptRegistration, declineRegistration } from "@/lib/registration/intake";
import { cancelRegistration, changeWorkshops, loadRegistrationLocked } from "@/lib/registration/manage";
import { placesTakenInMode, placesTakenPerWorkshop } from "@/lib/registration/places";
import type { FieldErrors } from "@/lib/forms/action-state";

// What an organiser does to one registration in the admin. Each is one transaction that first takes every
// quota lock of the event (through the registrant's own functions in lib/registration, reused, not copied),
// then changes the registration, queues its mail, and writes the audit entry, so the log and the mail never
// claim a change that did not happen.

export type AdminChangeOptions = { actor: Pick<AdminUser, "id" | "name">; baseUrl: string; now?: Date };

export type AdminChangeOutcome =
  | { kind: "done"; message: string; mailIds: number[]; auditId?: number }
  | { kind: "refused"; message: string; fieldErrors?: FieldErrors }
  | { kind: "not_found" };

const NOT_FOUND = { kind: "not_found" } as const;

/** An organiser's click takes every quota lock of the event and may wait behind a rush of registrations. */
export const ADMIN_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/**
 * Runs `change` on a registration of this event, under every quota lock of the event; writes the audit
 * entry of a "done" outcome in the same transaction, and tells the page cache afterwards.
 */
async function changeRegistration(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
  audit: { action: string; details?: Prisma.InputJsonObject },
  options: AdminChangeOptions,
  change: (
    tx: Prisma.TransactionClient,
    found: NonNullable<Awaited<ReturnType<typeof loadRegistrationLocked>>>,
  ) => Promise<AdminChangeOutcome>,
): Promise<AdminChangeOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const found = await loadRegistrationLocked(tx, { id: registrationId });
    if (!found || found.event.id !== eventId) return NOT_FOUND;
    const result = await change(tx, found);
    if (result.kind === "done") {
      result.auditId = await recordAudit(tx, {
        actor: options.actor,
        eventId,
        action: audit.action,
        summary: result.message,
        details: { registrationId, ...audit.details },
      });
    }
    return result;
  }, ADMIN_TRANSACTION);
  if (outcome.kind === "done")
    eventPagesChanged((await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true } })).slug);
  return outcome;
}

/** Names of the people a list of just-queued mails promoted from the waitlist. */
async function promotedNames(tx: Prisma.TransactionClient, mailIds: number[]): Promise<string[]> {
  const mails = await tx.outboxMessage.findMany({
    where: { id: { in: mailIds }, kind: "promoted" },
    orderBy: { id: "asc" },
    select: { toName: true, toEmail: true },
  });
  return mails.map((mail) => mail.toName ?? mail.toEmail);
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
    const promoted = await promotedNames(tx, outcome.mailIds);
    return {
      kind: "done",
      message: `Aanmelding van ${registration.name} geannuleerd.${promotedSentence(promoted)}`,
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
      const promoted = await promotedNames(tx, outcome.mailIds);
      const where = target ? `naar workshop ${target.number}: ${target.title}` : "naar geen workshop";
      return {
        kind: "done",
        message: `${registration.name} is in ronde ${roundNumber} verplaatst ${where}.${promotedSentence(promoted)}`,
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
      const capacity = mode === "physical" ? event.capacityPhysical : event.capacityOnline;
      const taken = await placesTakenInMode(tx, event.id, mode);
      if (capacity !== null && taken >= capacity) {
        return {
          kind: "refused",
          message: `Er is geen plek vrij (${participationModeLabels[mode].toLowerCase()}: ${taken} van ${capacity} bezet). Annuleer eerst een andere aanmelding of verhoog het aantal plekken.`,
        };
      }
      const workshopTaken = await placesTakenPerWorkshop(
        tx,
        registration.workshops.map((choice) => choice.workshopId),
        registration.id,
      );
      const full = registration.workshops.find(
        (choice) => choice.workshop.capacity !== null && (workshopTaken.get(choice.workshopId) ?? 0) >= choice.workshop.capacity,
      );
      if (full) {
        return {
          kind: "refused",
          message: `Workshop ${full.workshop.number}: ${full.workshop.title} (ronde ${full.round.number}) is vol. Verplaats ${registration.name} eerst naar een andere workshop.`,
        };
      }
      const promoted = await tx.registration.update({
        where: { id: registration.id },
        // Under intake a place still needs the organiser's yes, as with the automatic promotion.
        data: { status: event.requiresApproval ? "pending" : "confirmed", promotedAt: now },
        include: registrationWithChoices,
      });
      const mailId = await queueRegistrationMail(tx, "promoted", {
        ...mailContext(event, promoted, baseUrl),
        registrationId: promoted.id,
        toEmail: promoted.email,
      });
      const next = event.requiresApproval ? " Na de intake kun je de aanmelding toelaten." : "";
      return {
        kind: "done",
        message: `${registration.name} heeft een plek gekregen en krijgt daarover een e-mail.${next}`,
        mailIds: [mailId],
      };
    },
  );
}

/**
 * The audit entry lib/registration/intake.ts wrote for its decision (it records the decision itself, in its
 * own transaction), so the registration's page can say what was done.
 */
async function intakeAuditId(db: PrismaClient, eventId: number, registrationId: number, action: string): Promise<number | undefined> {
  const entry = await db.auditEntry.findFirst({
    where: { eventId, action, details: { path: ["registrationId"], equals: registrationId } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return entry?.id;
}

/** Only pending registrations of this event: the admin offers the decision for those (and not the waitlist's). */
async function pendingOfEvent(
  db: PrismaClient,
  eventId: number,
  registrationId: number,
): Promise<AdminChangeOutcome | { kind: "pending"; name: string; slug: string }> {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, eventId },
    select: { name: true, status: true, event: { select: { slug: true } } },
  });
  if (!registration) return NOT_FOUND;
  if (registration.status !== "pending") return { kind: "refused", message: `Over de aanmelding van ${registration.name} is al besloten.` };
  return { kind: "pending", name: registration.name, slug: registration.event.slug };
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
  eventPagesChanged(found.slug);
  return {
    kind: "done",
    message: `${found.name} is toegelaten en krijgt een bevestiging per e-mail.`,
    mailIds: outcome.mailIds,
    auditId: await intakeAuditId(db, eventId, registrationId, "registration.accept"),
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
  eventPagesChanged(found.slug);
  const promoted = await db.outboxMessage.findMany({
    where: { id: { in: outcome.mailIds }, kind: "promoted" },
    orderBy: { id: "asc" },
    select: { toName: true, toEmail: true },
  });
  return {
    kind: "done",
    message: `${found.name} is afgewezen en krijgt daarover een e-mail.${promotedSentence(promoted.map((mail) => mail.toName ?? mail.toEmail))}`,
    mailIds: outcome.mailIds,
    auditId: await intakeAuditId(db, eventId, registrationId, "registration.decline"),
  };
}
