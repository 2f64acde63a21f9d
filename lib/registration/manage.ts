import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, type DbOrTransaction } from "@/lib/db/transaction";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import { offeredModes } from "@/lib/events/availability";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { loadRegistrationEvent, mailContext, registrationWithChoices, type RegistrationEvent } from "@/lib/registration/event-context";
import { lockQuotas, placesTakenInMode, placesTakenPerWorkshop } from "@/lib/registration/places";
import { checkAgainstEvent, quotaLocks } from "@/lib/registration/rules";
import type { FieldErrors } from "@/lib/registration/schema";

// What a registrant can do through the manage link: change workshops, switch attendance mode, cancel.
// Each runs under the same quota locks as registering; every place that frees goes to the waitlist at once.

const ACTIVE = ["confirmed", "waitlisted", "pending"] as const;

export type ManageOutcome =
  /** eventSlug: whose public page shows the places this changed (lib/events/invalidate.ts eventPagesChanged). */
  | { kind: "done"; mailIds: number[]; eventSlug: string; changed?: ParticipationChanged }
  | { kind: "invalid"; errors: FieldErrors }
  | { kind: "refused"; message: string; fieldErrors?: FieldErrors }
  | { kind: "not_found" };

type Options = { baseUrl: string; now?: Date };

/** The manage link's token, or, for an organiser in the admin, the registration's id. */
export type RegistrationRef = string | { id: number };

/**
 * The registration behind a token, read again after taking every quota lock of its event: two changes to
 * one registration (a double click, a second tab) then run one after the other, and the second sees what the
 * first did. All locks, because each change may free places that promoteFromWaitlist hands out.
 */
async function loadByTokenLocked(tx: Prisma.TransactionClient, ref: RegistrationRef) {
  const found = await loadRegistrationLocked(tx, typeof ref === "string" ? { manageToken: ref } : { id: ref.id });
  if (!found || !ACTIVE.includes(found.registration.status as (typeof ACTIVE)[number])) return null;
  return found;
}

/** A registration (whatever its status) and its event, read after taking every quota lock of the event. */
export async function loadRegistrationLocked(tx: Prisma.TransactionClient, where: { manageToken: string } | { id: number }) {
  const first = await tx.registration.findUnique({ where, select: { eventId: true } });
  if (!first) return null;
  const event = await loadRegistrationEvent(tx, { id: first.eventId });
  if (!event) return null;
  await lockQuotas(tx, quotaLocks(event.id, offeredModes(event), allWorkshopIds(event)));
  const registration = await tx.registration.findUnique({ where, include: registrationWithChoices });
  return registration ? { registration, event } : null;
}

function allWorkshopIds(event: RegistrationEvent): number[] {
  return event.rounds.flatMap((round) => round.workshops.map((workshop) => workshop.id));
}

export async function cancelRegistration(db: DbOrTransaction, token: RegistrationRef, { baseUrl, now = new Date() }: Options): Promise<ManageOutcome> {
  return inTransaction(db, async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const { event } = found;
    const registration = await tx.registration.update({
      where: { id: found.registration.id },
      data: { status: "cancelled", activeEmail: null, cancelledAt: now },
      include: registrationWithChoices,
    });
    const mailIds = [await queueRegistrationMail(tx, "cancelled", { ...mailContext(event, registration, baseUrl), registrationId: registration.id, toEmail: registration.email })];
    mailIds.push(...(await promoteFromWaitlist(tx, event, { baseUrl, now })));
    return { kind: "done", mailIds, eventSlug: event.slug };
  });
}

/** Replaces the workshop choices: round number → workshop number, or nothing for "no workshop". */
export async function changeWorkshops(db: DbOrTransaction, token: RegistrationRef, workshops: Record<string, number>, { baseUrl, now = new Date() }: Options): Promise<ManageOutcome> {
  return inTransaction(db, async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const { event, registration } = found;
    const checked = checkAgainstEvent(
      { attendanceMode: registration.attendanceMode, workshops, answers: {} },
      { ...event, questions: [] },
    );
    if (!checked.ok) return { kind: "invalid", errors: checked.errors };
    const choices = checked.value.choices;

    if (registration.status !== "waitlisted") {
      const taken = await placesTakenPerWorkshop(tx, choices.map((choice) => choice.workshopId), registration.id);
      const full = choices.find((choice) => {
        const workshop = event.rounds.flatMap((round) => round.workshops).find((candidate) => candidate.id === choice.workshopId)!;
        return workshop.capacity !== null && (taken.get(workshop.id) ?? 0) >= workshop.capacity;
      });
      if (full) {
        const message = "Deze workshop is vol. Kies een andere, of houd je huidige keuze.";
        return { kind: "refused", message, fieldErrors: { [`workshops.${full.roundNumber}`]: [message] } };
      }
    }
    await tx.registrationWorkshop.deleteMany({ where: { registrationId: registration.id } });
    await tx.registrationWorkshop.createMany({ data: choices.map(({ roundId, workshopId }) => ({ registrationId: registration.id, eventId: event.id, roundId, workshopId })) });
    const updated = await tx.registration.findUniqueOrThrow({ where: { id: registration.id }, include: registrationWithChoices });
    const mailIds = [await queueRegistrationMail(tx, "changed", { ...mailContext(event, updated, baseUrl), registrationId: updated.id, toEmail: updated.email })];
    mailIds.push(...(await promoteFromWaitlist(tx, event, { baseUrl, now })));
    return { kind: "done", mailIds, eventSlug: event.slug };
  });
}

export type ParticipationChange = { attendanceMode?: ParticipationMode; workshops: Record<string, number> };
export type ParticipationChanged = { attendanceMode: ParticipationMode | null; workshops: boolean };

/**
 * Changes how someone takes part and their workshops in one go, under the locks: a person moving online can
 * drop the on-site-only walk in the same step. One refusal at a time, and nothing is written unless all of it fits.
 */
export async function changeParticipation(db: DbOrTransaction, token: RegistrationRef, change: ParticipationChange, { baseUrl, now = new Date() }: Options): Promise<ManageOutcome> {
  return inTransaction(db, async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const { event, registration } = found;
    const mode = change.attendanceMode ?? registration.attendanceMode;
    if (!offeredModes(event).includes(mode)) return { kind: "invalid", errors: { attendanceMode: ["Deze bijeenkomst kent die vorm van deelnemen niet."] } };
    const checked = checkAgainstEvent({ attendanceMode: mode, workshops: change.workshops, answers: {} }, { ...event, questions: [] });
    if (!checked.ok) return { kind: "invalid", errors: checked.errors };
    const choices = checked.value.choices;
    const modeChanged = mode !== registration.attendanceMode;
    const workshopsChanged = !sameChoices(registration.workshops, choices);
    const changed = { attendanceMode: modeChanged ? mode : null, workshops: workshopsChanged };
    if (!modeChanged && !workshopsChanged) return { kind: "done", mailIds: [], eventSlug: event.slug, changed };

    if (registration.status !== "waitlisted") {
      const capacity = mode === "physical" ? event.capacityPhysical : event.capacityOnline;
      if (modeChanged && capacity !== null && (await placesTakenInMode(tx, event.id, mode)) >= capacity) {
        const message = mode === "physical" ? "Op locatie is vol; je blijft online aangemeld." : "Online is vol; je blijft op locatie aangemeld.";
        return { kind: "refused", message, fieldErrors: { attendanceMode: [message] } };
      }
      const taken = await placesTakenPerWorkshop(tx, choices.map((choice) => choice.workshopId), registration.id);
      const full = choices.find((choice) => {
        const workshop = event.rounds.flatMap((round) => round.workshops).find((candidate) => candidate.id === choice.workshopId)!;
        return workshop.capacity !== null && (taken.get(workshop.id) ?? 0) >= workshop.capacity;
      });
      if (full) {
        const message = "Deze workshop is vol. Kies een andere, of houd je huidige keuze.";
        return { kind: "refused", message, fieldErrors: { [`workshops.${full.roundNumber}`]: [message] } };
      }
    }
    await tx.registrationWorkshop.deleteMany({ where: { registrationId: registration.id } });
    await tx.registrationWorkshop.createMany({ data: choices.map(({ roundId, workshopId }) => ({ registrationId: registration.id, eventId: event.id, roundId, workshopId })) });
    const updated = await tx.registration.update({
      where: { id: registration.id },
      // Dietary wishes only matter for a lunch on site.
      data: { attendanceMode: mode, ...(mode === "online" && { dietaryWishes: null }) },
      include: registrationWithChoices,
    });
    const mailIds = [await queueRegistrationMail(tx, "changed", { ...mailContext(event, updated, baseUrl), registrationId: updated.id, toEmail: updated.email })];
    mailIds.push(...(await promoteFromWaitlist(tx, event, { baseUrl, now })));
    return { kind: "done", mailIds, eventSlug: event.slug, changed };
  });
}

/** The manage page's one sentence after a saved change. */
export function participationChangedMessage(changed: ParticipationChanged): string {
  const mode = changed.attendanceMode && (changed.attendanceMode === "online" ? "Je doet nu online mee" : "Je doet nu op locatie mee");
  if (!mode && !changed.workshops) return "Je keuzes waren al zo opgeslagen.";
  const what = mode && changed.workshops ? `${mode} en je workshopkeuze is gewijzigd` : (mode ?? "Je workshopkeuze is gewijzigd");
  return `${what}. Je krijgt een bevestiging per e-mail.`;
}

function sameChoices(current: { workshopId: number }[], next: { workshopId: number }[]): boolean {
  const ids = (choices: { workshopId: number }[]) => choices.map((choice) => choice.workshopId).sort((a, b) => a - b).join(",");
  return ids(current) === ids(next);
}

/** For a mode switch alone: the held on-site-only choice must go first (one sentence, one way out). */
function onSiteOnlyHeldMessage(title: string, noun: "activiteit" | "workshop"): string {
  return `"${title}" is alleen op locatie. Kies eerst een andere ${noun} als je online wilt meedoen.`;
}

export async function switchAttendanceMode(db: PrismaClient, token: string, mode: ParticipationMode, { baseUrl, now = new Date() }: Options): Promise<ManageOutcome> {
  return db.$transaction(async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const { event, registration } = found;
    if (!offeredModes(event).includes(mode)) return { kind: "invalid", errors: { attendanceMode: ["Deze bijeenkomst kent die vorm van deelnemen niet."] } };
    if (registration.attendanceMode === mode) return { kind: "done", mailIds: [], eventSlug: event.slug };
    const onSiteOnly = mode === "online" && registration.workshops.find((choice) => choice.workshop.onSiteOnly);
    if (onSiteOnly) {
      const message = onSiteOnlyHeldMessage(onSiteOnly.workshop.title, onSiteOnly.round.kind === "activities" ? "activiteit" : "workshop");
      return { kind: "refused", message, fieldErrors: { attendanceMode: [message] } };
    }
    if (registration.status !== "waitlisted") {
      const capacity = mode === "physical" ? event.capacityPhysical : event.capacityOnline;
      if (capacity !== null && (await placesTakenInMode(tx, event.id, mode)) >= capacity) {
        const message = mode === "physical" ? "Op locatie is vol; je blijft online aangemeld." : "Online is vol; je blijft op locatie aangemeld.";
        return { kind: "refused", message, fieldErrors: { attendanceMode: [message] } };
      }
    }
    const updated = await tx.registration.update({
      where: { id: registration.id },
      // Dietary wishes only matter for a lunch on site.
      data: { attendanceMode: mode, ...(mode === "online" && { dietaryWishes: null }) },
      include: registrationWithChoices,
    });
    const mailIds = [await queueRegistrationMail(tx, "changed", { ...mailContext(event, updated, baseUrl), registrationId: updated.id, toEmail: updated.email })];
    mailIds.push(...(await promoteFromWaitlist(tx, event, { baseUrl, now })));
    return { kind: "done", mailIds, eventSlug: event.slug };
  });
}

/**
 * Gives free places to the waitlist in order of registration: each waiting person whose mode has a place
 * and whose chosen workshops have room is confirmed (or becomes pending under intake) and mailed. The
 * caller must hold the locks of every mode and workshop of the event.
 */
export async function promoteFromWaitlist(tx: Prisma.TransactionClient, event: RegistrationEvent, { baseUrl, now = new Date() }: Options): Promise<number[]> {
  if (now >= event.startsAt) return [];
  const waiting = await tx.registration.findMany({
    where: { eventId: event.id, status: "waitlisted" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: registrationWithChoices,
  });
  if (waiting.length === 0) return [];
  const left: Record<ParticipationMode, number> = {
    physical: event.capacityPhysical === null ? Infinity : event.capacityPhysical - (await placesTakenInMode(tx, event.id, "physical")),
    online: event.capacityOnline === null ? Infinity : event.capacityOnline - (await placesTakenInMode(tx, event.id, "online")),
  };
  const workshops = event.rounds.flatMap((round) => round.workshops);
  const workshopTaken = await placesTakenPerWorkshop(tx, workshops.map((workshop) => workshop.id));
  const mailIds: number[] = [];
  for (const candidate of waiting) {
    if (left[candidate.attendanceMode] <= 0) continue;
    const fits = candidate.workshops.every((choice) => {
      const capacity = workshops.find((workshop) => workshop.id === choice.workshopId)?.capacity ?? null;
      return capacity === null || (workshopTaken.get(choice.workshopId) ?? 0) < capacity;
    });
    if (!fits) continue;
    const promoted = await tx.registration.update({
      where: { id: candidate.id },
      data: { status: event.requiresApproval ? "pending" : "confirmed", promotedAt: now },
      include: registrationWithChoices,
    });
    left[candidate.attendanceMode] -= 1;
    for (const choice of candidate.workshops) workshopTaken.set(choice.workshopId, (workshopTaken.get(choice.workshopId) ?? 0) + 1);
    mailIds.push(await queueRegistrationMail(tx, "promoted", { ...mailContext(event, promoted, baseUrl), registrationId: promoted.id, toEmail: promoted.email }));
  }
  return mailIds;
}

/** For the manage page: the registration behind a token, with its event, or null. */
export async function findRegistrationByToken(db: PrismaClient, token: string) {
  if (!/^[A-Za-z0-9_-]{22,100}$/.test(token)) return null;
  const registration = await db.registration.findUnique({ where: { manageToken: token }, include: registrationWithChoices });
  if (!registration) return null;
  const event = await db.event.findUnique({
    where: { id: registration.eventId },
    include: { rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } }, meetings: { orderBy: { number: "asc" } } },
  });
  return event ? { registration, event } : null;
}
