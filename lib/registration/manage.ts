import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { inTransaction, type DbOrTransaction } from "@/lib/db/transaction";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import type { Effects } from "@/lib/effects";
import { offeredModes } from "@/lib/events/availability";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { ALL_QUOTAS_TRANSACTION } from "@/lib/registration/capacity/locks";
import { roomFor } from "@/lib/registration/capacity/room";
import { isActive } from "@/lib/registration/capacity/rules";
import { promoteFromWaitlist } from "@/lib/registration/capacity/waitlist";
import { mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import { loadRegistrationLocked, type LockedRegistration } from "@/lib/registration/locked-registration";
import { checkAgainstEvent, type WorkshopChoice } from "@/lib/registration/rules";
import { selfServiceClosedMessage, selfServiceOpen } from "@/lib/registration/self-service";
import type { FieldErrors } from "@/lib/registration/schema";

// What a registrant can do through the manage link: change workshops, switch attendance mode, cancel.
// Each runs under the same quota locks as registering; every place that frees goes to the waitlist at once.

export type ManageOutcome =
  /** What follows the commit (lib/after-commit.ts): the mails it queued, the event whose pages show the change. */
  | ({ kind: "done"; promotedNames: string[]; changed?: ParticipationChanged } & Effects)
  | { kind: "invalid"; errors: FieldErrors }
  | { kind: "refused"; message: string; fieldErrors?: FieldErrors }
  | { kind: "not_found" };

type Options = { baseUrl: string; now?: Date };

/** The manage link's token, or, for an organiser in the admin, the registration's id. */
export type RegistrationRef = string | { id: number };

/** The active registration behind a token (or, for an organiser, an id), under every quota lock of its event. */
async function loadByTokenLocked(tx: Prisma.TransactionClient, ref: RegistrationRef) {
  const found = await loadRegistrationLocked(tx, typeof ref === "string" ? { manageToken: ref } : { id: ref.id });
  return found && isActive(found.registration.status) ? found : null;
}

/** Past the event's self-service deadline a registrant (a token, not an organiser) is told whom to ask. */
function pastDeadline(ref: RegistrationRef, event: LockedRegistration["event"], now: Date): ManageOutcome | null {
  if (typeof ref !== "string" || selfServiceOpen(event, now)) return null;
  return { kind: "refused", message: selfServiceClosedMessage(event, event.contactPersons[0]) };
}

export async function cancelRegistration(db: DbOrTransaction, token: RegistrationRef, { baseUrl, now = new Date() }: Options): Promise<ManageOutcome> {
  return inTransaction(db, async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const closed = pastDeadline(token, found.event, now);
    if (closed) return closed;
    const { event } = found;
    const registration = await tx.registration.update({
      where: { id: found.registration.id },
      data: { status: "cancelled", activeEmail: null, cancelledAt: now, offerExpiresAt: null },
      include: registrationWithChoices,
    });
    const mailIds = [await queueRegistrationMail(tx, "cancelled", { ...mailContext(event, registration, baseUrl), registrationId: registration.id, toEmail: registration.email })];
    const promotions = await promoteFromWaitlist(tx, event, { baseUrl, now });
    return { kind: "done", mailIds: [...mailIds, ...promotions.mailIds], promotedNames: promotions.promotedNames, eventSlugs: [event.slug] };
  }, ALL_QUOTAS_TRANSACTION);
}

/** Replaces the workshop choices: round number → workshop number, or nothing for "no workshop". */
export async function changeWorkshops(db: DbOrTransaction, token: RegistrationRef, workshops: Record<string, number>, options: Options): Promise<ManageOutcome> {
  return inTransaction(db, async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const closed = pastDeadline(token, found.event, options.now ?? new Date());
    if (closed) return closed;
    const { event, registration } = found;
    const checked = checkAgainstEvent({ attendanceMode: registration.attendanceMode, workshops, answers: {} }, { ...event, questions: [] });
    if (!checked.ok) return { kind: "invalid", errors: checked.errors };
    const choices = checked.value.choices;
    return (await refusalForRoom(tx, found, { choices })) ?? saveParticipation(tx, found, { mode: registration.attendanceMode, choices }, options);
  }, ALL_QUOTAS_TRANSACTION);
}

export type ParticipationChange = { attendanceMode?: ParticipationMode; workshops: Record<string, number> };
export type ParticipationChanged = { attendanceMode: ParticipationMode | null; workshops: boolean };

/**
 * Changes how someone takes part and their workshops in one go, under the locks: a person moving online can
 * drop the on-site-only walk in the same step. One refusal at a time, and nothing is written unless all of it fits.
 */
export async function changeParticipation(db: DbOrTransaction, token: RegistrationRef, change: ParticipationChange, options: Options): Promise<ManageOutcome> {
  return inTransaction(db, async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const closed = pastDeadline(token, found.event, options.now ?? new Date());
    if (closed) return closed;
    const { event, registration } = found;
    const mode = change.attendanceMode ?? registration.attendanceMode;
    if (!offeredModes(event).includes(mode)) return { kind: "invalid", errors: { attendanceMode: ["Deze bijeenkomst kent die vorm van deelnemen niet."] } };
    const checked = checkAgainstEvent({ attendanceMode: mode, workshops: change.workshops, answers: {} }, { ...event, questions: [] });
    if (!checked.ok) return { kind: "invalid", errors: checked.errors };
    const choices = checked.value.choices;
    const modeChanged = mode !== registration.attendanceMode;
    const changed = { attendanceMode: modeChanged ? mode : null, workshops: !sameChoices(registration.workshops, choices) };
    if (!modeChanged && !changed.workshops) return { kind: "done", mailIds: [], promotedNames: [], eventSlugs: [event.slug], changed };
    const refusal = await refusalForRoom(tx, found, { mode: modeChanged ? mode : undefined, choices });
    return refusal ?? { ...(await saveParticipation(tx, found, { mode, choices }, options)), changed };
  }, ALL_QUOTAS_TRANSACTION);
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

/** Switches the attendance mode alone, keeping the workshop choices. */
export async function switchAttendanceMode(db: PrismaClient, token: string, mode: ParticipationMode, options: Options): Promise<ManageOutcome> {
  return db.$transaction(async (tx) => {
    const found = await loadByTokenLocked(tx, token);
    if (!found) return { kind: "not_found" };
    const closed = pastDeadline(token, found.event, options.now ?? new Date());
    if (closed) return closed;
    const { event, registration } = found;
    if (!offeredModes(event).includes(mode)) return { kind: "invalid", errors: { attendanceMode: ["Deze bijeenkomst kent die vorm van deelnemen niet."] } };
    if (registration.attendanceMode === mode) return { kind: "done", mailIds: [], promotedNames: [], eventSlugs: [event.slug] };
    const onSiteOnly = mode === "online" && registration.workshops.find((choice) => choice.workshop.onSiteOnly);
    if (onSiteOnly) {
      const message = onSiteOnlyHeldMessage(onSiteOnly.workshop.title, onSiteOnly.round.kind === "activities" ? "activiteit" : "workshop");
      return { kind: "refused", message, fieldErrors: { attendanceMode: [message] } };
    }
    return (await refusalForRoom(tx, found, { mode, choices: [] })) ?? saveParticipation(tx, found, { mode }, options);
  }, ALL_QUOTAS_TRANSACTION);
}

/**
 * Under the locks: the refusal when this registration has no room in `mode` (when it moves there) or in the
 * chosen workshops, not counting what it holds itself; null when it fits. A waiting registration holds no
 * place, so its wishes are only checked when it gets one.
 */
async function refusalForRoom(tx: Prisma.TransactionClient, { event, registration }: LockedRegistration, { mode, choices }: { mode?: ParticipationMode; choices: WorkshopChoice[] }): Promise<ManageOutcome | null> {
  if (registration.status === "waitlisted") return null;
  const room = await roomFor(tx, event, { mode, workshopIds: choices.map((choice) => choice.workshopId), exceptRegistrationId: registration.id });
  if (room.ok) return null;
  if (room.reason === "mode_full") {
    const message = mode === "physical" ? "Op locatie is vol; je blijft online aangemeld." : "Online is vol; je blijft op locatie aangemeld.";
    return { kind: "refused", message, fieldErrors: { attendanceMode: [message] } };
  }
  const full = choices.find((choice) => choice.workshopId === room.workshopId)!;
  const message = "Deze workshop is vol. Kies een andere, of houd je huidige keuze.";
  return { kind: "refused", message, fieldErrors: { [`workshops.${full.roundNumber}`]: [message] } };
}

/** Writes the mode and (when given) the workshop choices, mails the change, and gives freed places to the waitlist. */
async function saveParticipation(
  tx: Prisma.TransactionClient,
  { event, registration }: LockedRegistration,
  { mode, choices }: { mode: ParticipationMode; choices?: WorkshopChoice[] },
  { baseUrl, now = new Date() }: Options,
): Promise<ManageOutcome> {
  if (choices) {
    await tx.registrationWorkshop.deleteMany({ where: { registrationId: registration.id } });
    await tx.registrationWorkshop.createMany({ data: choices.map(({ roundId, workshopId }) => ({ registrationId: registration.id, eventId: event.id, roundId, workshopId })) });
  }
  const updated = await tx.registration.update({
    where: { id: registration.id },
    // Dietary wishes only matter for a lunch on site.
    data: { attendanceMode: mode, ...(mode === "online" && { dietaryWishes: null }) },
    include: registrationWithChoices,
  });
  const mailIds = [await queueRegistrationMail(tx, "changed", { ...mailContext(event, updated, baseUrl), registrationId: updated.id, toEmail: updated.email })];
  const promotions = await promoteFromWaitlist(tx, event, { baseUrl, now });
  return { kind: "done", mailIds: [...mailIds, ...promotions.mailIds], promotedNames: promotions.promotedNames, eventSlugs: [event.slug] };
}

/** For the manage page: the registration behind a token, with its event, or null. */
export async function findRegistrationByToken(db: PrismaClient, token: string) {
  if (!/^[A-Za-z0-9_-]{22,100}$/.test(token)) return null;
  const registration = await db.registration.findUnique({ where: { manageToken: token }, include: registrationWithChoices });
  if (!registration) return null;
  const event = await db.event.findUnique({
    where: { id: registration.eventId },
    include: { rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } }, meetings: { orderBy: { number: "asc" } },
      contactPersons: { orderBy: { position: "asc" }, take: 1, select: { name: true, email: true, phone: true } },
    },
  });
  return event ? { registration, event } : null;
}
