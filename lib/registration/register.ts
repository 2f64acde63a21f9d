import "server-only";
import type pg from "pg";
import { db, withTransaction } from "@/lib/db/client";
import { withLockingConnection } from "@/lib/db/pool";
import type { Effects } from "@/lib/effects";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { registrationState } from "@/lib/events/availability";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { readRegistrationSnapshot, registrationSnapshotStatement, snapshotFrom, type RegistrationSnapshot } from "@/lib/registration/capacity/counts";
import { lockStatements } from "@/lib/registration/capacity/locks";
import { capacityFor, decidePlacement, quotaLocks } from "@/lib/registration/capacity/rules";
import { loadRegistrationEvent, loadRegistrationEventFast, mailContext, registrationWithChoices, type RegistrationEvent } from "@/lib/registration/event-context";
import { newCheckInCode } from "@/lib/check-in/code";
import { newManageToken } from "@/lib/registration/manage-token";
import { checkAgainstEvent, checkTeam, type CheckedRegistration } from "@/lib/registration/rules";
import { fieldErrorsFrom, registrationInputSchema, type FieldErrors, type RegistrationInput } from "@/lib/registration/schema";

// registerForEvent: the one way in, for the form's server action and the JSON API alike. Validation comes
// first; then one short transaction locks the quotas it touches (attendance mode, chosen workshops), re-reads
// rules, counts and the e-mail's existing registration in one query, and writes the registration, its
// workshops and its outbox row in one statement, or refuses with a reason. The mail's text is written by the
// mail worker. Keeping the lock short is what lets a rush through quickly (bench/rush).

export type RefusalReason = "full" | "workshop_full" | "closed" | "already_registered";

export type RegistrationOutcome =
  | ({ kind: "registered"; status: Extract<RegistrationStatus, "confirmed" | "waitlisted" | "pending">; manageToken: string; registrationId: number } & Effects)
  | { kind: "invalid"; errors: FieldErrors }
  /** mailIds: the manage link mailed again to someone already registered. */
  | ({ kind: "refused"; reason: RefusalReason; message: string; fieldErrors?: FieldErrors } & Effects)
  | { kind: "spam" }
  | { kind: "not_found" };

export const refusalMessages: Record<RefusalReason, string> = {
  full: "Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk.",
  workshop_full: "De gekozen workshop is inmiddels vol. Kies een andere workshop.",
  closed: "Aanmelden voor deze bijeenkomst is niet (meer) mogelijk.",
  already_registered:
    "Je bent al aangemeld met dit e-mailadres. We hebben de link om je aanmelding te bekijken of te wijzigen opnieuw naar je gemaild.",
};

type Options = { now?: Date; baseUrl: string };
type NewStatus = "confirmed" | "waitlisted" | "pending";

export async function registerForEvent(slug: string, rawInput: unknown, options: Options): Promise<RegistrationOutcome> {
  const parsed = registrationInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    // All errors in one answer: also those about the event's choices, which need the event.
    return errors.website ? { kind: "spam" } : { kind: "invalid", errors: { ...(await choiceErrors(slug, rawInput)), ...errors } };
  }
  // One pooled connection for reading the event and the transaction: a rush then waits for the pool once, in
  // the queue that leaves connections to the pages (withLockingConnection).
  let event: RegistrationEvent | null = null;
  const outcome = await withLockingConnection(async (connection): Promise<RegistrationOutcome | null> => {
    try {
      event = await loadRegistrationEventFast(connection, slug);
      if (!event) return { kind: "not_found" };
      const checked = checkAgainstEvent(parsed.data, event);
      const team = checkTeam(parsed.data.team, event);
      if (!checked.ok || !team.ok) return { kind: "invalid", errors: { ...(checked.ok ? {} : checked.errors), ...(team.ok ? {} : team.errors) } };
      const early = await refusalWithoutLock(connection, event, parsed.data, checked.value, options.now ?? new Date());
      if (early) return early;
      const outcome = await registerWithFreshCode(connection, event, parsed.data, checked.value, options);
      return outcome.kind === "duplicate" ? null : outcome;
    } catch (error) {
      // Two tabs submitting the same e-mail at once: the database's unique key lets one through.
      if (!isUniqueViolation(error)) throw error;
      return null;
    }
  });
  if (outcome) return outcome;
  if (!event) return { kind: "not_found" };
  return (await refuseDuplicate(event, parsed.data.email, options.baseUrl)) ?? refused("already_registered");
}

const choicesSchema = registrationInputSchema.pick({ attendanceMode: true, workshops: true, answers: true });

/** What checkAgainstEvent finds in the choices of an input whose other fields failed the schema. */
async function choiceErrors(slug: string, rawInput: unknown): Promise<FieldErrors> {
  const choices = choicesSchema.safeParse(rawInput);
  const event = choices.success ? await loadRegistrationEvent(db, { slug }) : null;
  const checked = event && choices.success ? checkAgainstEvent(choices.data, event) : null;
  return checked && !checked.ok ? checked.errors : {};
}

/** An active registration with this e-mail exists: say so, and mail its manage link again. */
async function refuseDuplicate(event: RegistrationEvent, email: string, baseUrl: string): Promise<RegistrationOutcome | null> {
  const existing = await db.registration.findFirst({ where: { eventId: event.id, activeEmail: email.toLowerCase() }, include: registrationWithChoices });
  if (!existing) return null;
  const mailId = await db.$transaction((tx) =>
    queueRegistrationMail(tx, "already_registered", { ...mailContext(event, existing, baseUrl), registrationId: existing.id, toEmail: existing.email }),
  );
  return { ...refused("already_registered"), fieldErrors: { email: [refusalMessages.already_registered] }, mailIds: [mailId] };
}

/** A new check-in code that happens to be taken (1 in 2^40 per registration) means: try again with another. */
async function registerWithFreshCode(...args: Parameters<typeof registerUnderLock>): ReturnType<typeof registerUnderLock> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await registerUnderLock(...args);
    } catch (error) {
      if (attempt >= 3 || !isCheckInCodeCollision(error)) throw error;
    }
  }
}

async function registerUnderLock(
  connectionForAll: pg.PoolClient,
  event: RegistrationEvent,
  input: RegistrationInput,
  checked: CheckedRegistration,
  { now = new Date() }: Options,
): Promise<RegistrationOutcome | { kind: "duplicate" }> {
  const { attendanceMode, choices } = checked;
  const workshopIds = choices.map((choice) => choice.workshopId);
  const manageToken = newManageToken();
  // A team (leerkring) takes one place, whatever its number of participants.
  const participants = input.team?.participants ?? [];

  // Sent with BEGIN in a single round trip: the locks certainly taken in the global order, and the read after
  // them without waiting for this server in between (the lock is held from then until COMMIT).
  const locks = lockStatements(quotaLocks(event.id, [attendanceMode], workshopIds));
  const read = registrationSnapshotStatement(connectionForAll, { eventId: event.id, mode: attendanceMode, workshopIds, email: input.email });
  return withTransaction(async (connection, answers) => {
    const snapshot = snapshotFrom(answers);
    if (!snapshot) return { kind: "not_found" };
    if (snapshot.existingId !== null) return { kind: "duplicate" };

    const decision = decide(snapshot, checked, now);
    if (decision.kind === "refused") return decision;
    const status: NewStatus = decision.kind;
    const written = (
      await connection.query<{ registrationId: number; mailId: number }>(INSERT_SQL, [
        event.id,
        status,
        attendanceMode,
        input.name,
        input.email,
        input.email.toLowerCase(),
        input.team?.organisation ?? input.organisation ?? null,
        input.role ?? null,
        JSON.stringify(checked.answers),
        checked.question ?? null,
        checked.dietaryWishes ?? null,
        manageToken,
        now,
        choices.map((choice) => choice.roundId),
        workshopIds,
        checked.showNameWithQuestion,
        input.team?.name ?? null,
        participants.map((participant) => participant.name),
        participants.map((participant) => participant.email),
        participants.map((participant) => participant.role ?? null),
        newCheckInCode(),
        checked.register?.body ?? null,
        checked.register?.number ?? null,
      ])
    ).rows[0]!;
    return { kind: "registered", status, manageToken, registrationId: written.registrationId, mailIds: [written.mailId], eventSlugs: [event.slug] };
  }, [...locks, read], connectionForAll);
}

/**
 * The capacity rule applied to a snapshot of the event's places: a refusal, or the status a new registration gets.
 * Under the quota locks this is the decision; without them only a refusal is taken from it (refusalWithoutLock).
 */
function decide(snapshot: RegistrationSnapshot, { attendanceMode, choices }: CheckedRegistration, now: Date): Extract<RegistrationOutcome, { kind: "refused" }> | { kind: NewStatus } {
  const taken: Record<ParticipationMode, number> = { physical: 0, online: 0 };
  taken[attendanceMode] = snapshot.taken;
  const state = registrationState(snapshot, taken, now);
  if (state === "closed" || state === "not_yet_open") return refused("closed");
  const placement = decidePlacement({ mode: { capacity: capacityFor(snapshot, attendanceMode), taken: snapshot.taken }, workshops: snapshot.workshops }, snapshot);
  if (placement.kind === "refused") {
    if (placement.reason === "full") return refused("full");
    const full = choices.find((choice) => choice.workshopId === placement.workshopId)!;
    return { ...refused("workshop_full"), fieldErrors: { [`workshops.${full.roundNumber}`]: [refusalMessages.workshop_full] } };
  }
  return { kind: placement.kind };
}

/**
 * A refusal decided without waiting for the quota locks, when the snapshot read without them already refuses
 * (the places are gone, or registration closed). Refusing never overbooks, and places freed meanwhile are no
 * different from a request that came a moment earlier. Without this, every attempt at a full event under a rush
 * queued for the lock behind all the others, holding a connection (bench:opening). Anything else, and someone
 * already registered, is decided under the lock.
 */
async function refusalWithoutLock(connection: pg.PoolClient, event: RegistrationEvent, input: RegistrationInput, checked: CheckedRegistration, now: Date) {
  const snapshot = await readRegistrationSnapshot(connection, { eventId: event.id, mode: checked.attendanceMode, workshopIds: checked.choices.map((choice) => choice.workshopId), email: input.email });
  if (!snapshot || snapshot.existingId !== null) return null;
  const decision = decide(snapshot, checked, now);
  return decision.kind === "refused" ? decision : null;
}

// Registration, its workshop choices, its submitted question (awaiting moderation), a team's participants and its
// outbox row in one statement.
const INSERT_SQL = `
  WITH registration AS (
    INSERT INTO "Registration" ("eventId", status, "attendanceMode", name, email, "activeEmail", organisation, role, answers,
                                "dietaryWishes", "manageToken", "consentAt", "createdAt", "updatedAt", "teamName", "checkInCode",
                                "registerBody", "registerNumber")
    VALUES ($1, $2::"RegistrationStatus", $3::"ParticipationMode", $4, $5, $6, $7, $8, $9::jsonb, $11, $12, $13, $13, $13, $17, $21,
            $22::"AccreditationBody", $23)
    RETURNING id
  ), workshops AS (
    INSERT INTO "RegistrationWorkshop" ("registrationId", "eventId", "roundId", "workshopId")
    SELECT registration.id, $1, choice.round_id, choice.workshop_id
    FROM registration, unnest($14::int[], $15::int[]) AS choice(round_id, workshop_id)
  ), question AS (
    INSERT INTO "SubmittedQuestion" ("eventId", "registrationId", text, "showName", "createdAt", "updatedAt")
    SELECT $1, registration.id, $10::text, $16, $13, $13 FROM registration WHERE $10::text IS NOT NULL
  ), participants AS (
    INSERT INTO "TeamParticipant" ("registrationId", name, email, role, position)
    SELECT registration.id, participant.name, participant.email, participant.role, participant.position - 1
    FROM registration, unnest($18::text[], $19::text[], $20::text[]) WITH ORDINALITY AS participant(name, email, role, position)
  ), mail AS (
    -- The mail's text is written by the worker just before it sends (lib/mail/render.ts): less to do under the lock.
    INSERT INTO "OutboxMessage" (kind, "toEmail", "toName", "registrationId", "eventId", "createdAt")
    SELECT $2, $5, $4, registration.id, $1, $13 FROM registration
    RETURNING id
  )
  SELECT registration.id AS "registrationId", mail.id AS "mailId" FROM registration, mail`;

/** PostgreSQL's unique_violation, from the plain connection. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

function isCheckInCodeCollision(error: unknown): boolean {
  return isUniqueViolation(error) && (error as { constraint?: unknown }).constraint === "Registration_checkInCode_key";
}

/** A refusal changes no places, so no page expires (a rush on a full event would otherwise expire it on every try). */
function refused(reason: RefusalReason) {
  return { kind: "refused" as const, reason, message: refusalMessages[reason], mailIds: [] as number[], eventSlugs: [] as string[] };
}
