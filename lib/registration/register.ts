import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { registrationState } from "@/lib/events/availability";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { registrationMail } from "@/lib/mail/registration-mails";
import { loadRegistrationEvent, mailContext, registrationWithChoices, type RegistrationEvent } from "@/lib/registration/event-context";
import { newManageToken } from "@/lib/registration/manage-token";
import { lockQuotas } from "@/lib/registration/places";
import { checkAgainstEvent, quotaLocks, type CheckedRegistration } from "@/lib/registration/rules";
import { fieldErrorsFrom, registrationInputSchema, type FieldErrors, type RegistrationInput } from "@/lib/registration/schema";

// registerForEvent: the one way in, for the form's server action and the JSON API alike. Validation, the
// duplicate check and the mail text come first; then one short transaction locks the quotas it touches
// (attendance mode, chosen workshops), re-reads capacity and counts in one query, and writes the
// registration, its workshops and its mail in one statement, or refuses with a reason. Keeping the lock
// short is what lets a rush through quickly (bench/rush).

export type RefusalReason = "full" | "workshop_full" | "closed" | "already_registered";

export type RegistrationOutcome =
  | { kind: "registered"; status: Extract<RegistrationStatus, "confirmed" | "waitlisted" | "pending">; manageToken: string; registrationId: number; mailIds: number[] }
  | { kind: "invalid"; errors: FieldErrors }
  | { kind: "refused"; reason: RefusalReason; message: string; fieldErrors?: FieldErrors; mailIds: number[] }
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

export async function registerForEvent(db: PrismaClient, slug: string, rawInput: unknown, options: Options): Promise<RegistrationOutcome> {
  const parsed = registrationInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    return errors.website ? { kind: "spam" } : { kind: "invalid", errors };
  }
  const event = await loadRegistrationEvent(db, { slug });
  if (!event) return { kind: "not_found" };
  const checked = checkAgainstEvent(parsed.data, event);
  if (!checked.ok) return { kind: "invalid", errors: checked.errors };

  const duplicate = await refuseDuplicate(db, event, parsed.data.email, options.baseUrl);
  if (duplicate) return duplicate;
  try {
    return await registerUnderLock(db, event, parsed.data, checked.value, options);
  } catch (error) {
    // Two tabs submitting the same e-mail at once: the database's unique key lets one through.
    if (isUniqueViolation(error)) {
      return (await refuseDuplicate(db, event, parsed.data.email, options.baseUrl)) ?? refused("already_registered");
    }
    throw error;
  }
}

/** An active registration with this e-mail exists: say so, and mail its manage link again. */
async function refuseDuplicate(db: PrismaClient, event: RegistrationEvent, email: string, baseUrl: string): Promise<RegistrationOutcome | null> {
  const existing = await db.registration.findFirst({ where: { eventId: event.id, activeEmail: email.toLowerCase() }, include: registrationWithChoices });
  if (!existing) return null;
  const mailId = await db.$transaction((tx) =>
    queueRegistrationMail(tx, "already_registered", { ...mailContext(event, existing, baseUrl), registrationId: existing.id, toEmail: existing.email }),
  );
  return { ...refused("already_registered"), fieldErrors: { email: [refusalMessages.already_registered] }, mailIds: [mailId] };
}

type Snapshot = {
  status: RegistrationEvent["status"];
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacityPhysical: number | null;
  capacityOnline: number | null;
  waitlistEnabled: boolean;
  requiresApproval: boolean;
  registersTeams: boolean;
  attendanceMode: RegistrationEvent["attendanceMode"];
  taken: number;
  workshops: { id: number; capacity: number | null; taken: number }[];
};

async function registerUnderLock(
  db: PrismaClient,
  event: RegistrationEvent,
  input: RegistrationInput,
  checked: CheckedRegistration,
  { now = new Date(), baseUrl }: Options,
): Promise<RegistrationOutcome> {
  const { attendanceMode, choices } = checked;
  const workshopIds = choices.map((choice) => choice.workshopId);
  const manageToken = newManageToken();
  const draft = (status: NewStatus) => ({
    baseUrl,
    event,
    registration: {
      name: input.name,
      manageToken,
      status,
      attendanceMode,
      workshops: choices.map((choice) => ({
        roundNumber: choice.roundNumber,
        workshopNumber: choice.workshopNumber,
        title: event.rounds.flatMap((round) => round.workshops).find((workshop) => workshop.id === choice.workshopId)!.title,
      })),
    },
  });
  const mails = new Map<NewStatus, ReturnType<typeof registrationMail>>();
  const mailFor = (status: NewStatus) => {
    if (!mails.has(status)) mails.set(status, registrationMail(status, draft(status)));
    return mails.get(status)!;
  };
  mailFor(event.requiresApproval ? "pending" : "confirmed");
  if (event.waitlistEnabled) mailFor("waitlisted");

  return db.$transaction(
    async (tx) => {
      await lockQuotas(tx, quotaLocks(event.id, [attendanceMode], workshopIds));
      const [snapshot] = await tx.$queryRaw<Snapshot[]>`
        SELECT e.status, e."startsAt", e."registrationOpensAt", e."registrationClosesAt", e."capacityPhysical", e."capacityOnline",
               e."waitlistEnabled", e."requiresApproval", e."registersTeams", e."attendanceMode",
               (SELECT count(*)::int FROM "Registration" r
                 WHERE r."eventId" = e.id AND r."attendanceMode" = ${attendanceMode}::"ParticipationMode" AND r.status IN ('confirmed', 'pending')) AS taken,
               COALESCE((SELECT json_agg(json_build_object('id', w.id, 'capacity', w.capacity, 'taken',
                   (SELECT count(*) FROM "RegistrationWorkshop" rw JOIN "Registration" r ON r.id = rw."registrationId"
                     WHERE rw."workshopId" = w.id AND r.status IN ('confirmed', 'pending'))))
                 FROM "Workshop" w WHERE w.id = ANY(${workshopIds}::int[])), '[]'::json) AS workshops
        FROM "Event" e WHERE e.id = ${event.id}`;
      if (!snapshot) return { kind: "not_found" };

      const taken: Record<ParticipationMode, number> = { physical: 0, online: 0 };
      taken[attendanceMode] = snapshot.taken;
      const state = registrationState(snapshot, taken, now);
      if (state === "closed" || state === "not_yet_open") return refused("closed");
      const capacity = attendanceMode === "physical" ? snapshot.capacityPhysical : snapshot.capacityOnline;
      const modeFull = capacity !== null && snapshot.taken >= capacity;
      if (modeFull && !snapshot.waitlistEnabled) return refused("full");
      if (!modeFull) {
        const full = choices.find((choice) => {
          const workshop = snapshot.workshops.find((candidate) => candidate.id === choice.workshopId);
          return workshop && workshop.capacity !== null && workshop.taken >= workshop.capacity;
        });
        if (full) return { ...refused("workshop_full"), fieldErrors: { [`workshops.${full.roundNumber}`]: [refusalMessages.workshop_full] } };
      }

      const status: NewStatus = modeFull ? "waitlisted" : snapshot.requiresApproval ? "pending" : "confirmed";
      const mail = mailFor(status);
      const [written] = await tx.$queryRaw<{ registrationId: number; mailId: number }[]>`
        WITH registration AS (
          INSERT INTO "Registration" ("eventId", status, "attendanceMode", name, email, "activeEmail", organisation, role, answers, question,
                                      "dietaryWishes", "manageToken", "consentAt", "createdAt", "updatedAt")
          VALUES (${event.id}, ${status}::"RegistrationStatus", ${attendanceMode}::"ParticipationMode", ${input.name}, ${input.email},
                  ${input.email.toLowerCase()}, ${input.organisation ?? null}, ${input.role ?? null}, ${JSON.stringify(checked.answers)}::jsonb,
                  ${checked.question ?? null}, ${checked.dietaryWishes ?? null}, ${manageToken}, ${now}, ${now}, ${now})
          RETURNING id
        ), workshops AS (
          INSERT INTO "RegistrationWorkshop" ("registrationId", "eventId", "roundId", "workshopId")
          SELECT registration.id, ${event.id}, choice.round_id, choice.workshop_id
          FROM registration, unnest(${choices.map((choice) => choice.roundId)}::int[], ${workshopIds}::int[]) AS choice(round_id, workshop_id)
        ), mail AS (
          INSERT INTO "OutboxMessage" (kind, "toEmail", "toName", subject, text, html, calendar, "registrationId", "eventId", "createdAt")
          SELECT ${status}, ${input.email}, ${input.name}, ${mail.subject}, ${mail.text}, ${mail.html}, ${mail.calendar}, registration.id, ${event.id}, ${now}
          FROM registration
          RETURNING id
        )
        SELECT registration.id AS "registrationId", mail.id AS "mailId" FROM registration, mail`;
      return { kind: "registered", status, manageToken, registrationId: written!.registrationId, mailIds: [written!.mailId] };
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
}

/** P2002 from Prisma's own queries; P2010 carries PostgreSQL's 23505 from a raw query. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  return error.code === "P2010" && (error.meta?.code === "23505" || String(error.message).includes("23505"));
}

function refused(reason: RefusalReason) {
  return { kind: "refused" as const, reason, message: refusalMessages[reason], mailIds: [] as number[] };
}
