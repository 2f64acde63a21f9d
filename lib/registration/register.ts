import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { registrationState } from "@/lib/events/availability";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import { newManageToken } from "@/lib/registration/manage-token";
import { lockQuotas, placesTakenInMode, placesTakenPerWorkshop } from "@/lib/registration/places";
import { checkAgainstEvent, quotaLocks } from "@/lib/registration/rules";
import { fieldErrorsFrom, registrationInputSchema, type FieldErrors } from "@/lib/registration/schema";

// registerForEvent: the one way in, for the form's server action and the JSON API alike. Validation first,
// then one transaction that locks the quotas it touches (attendance mode, chosen workshops), re-counts,
// and writes the registration together with its mail, or refuses with a reason.

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

export async function registerForEvent(
  db: PrismaClient,
  slug: string,
  rawInput: unknown,
  { now = new Date(), baseUrl }: { now?: Date; baseUrl: string },
): Promise<RegistrationOutcome> {
  const parsed = registrationInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    if (errors.website) return { kind: "spam" };
    return { kind: "invalid", errors };
  }
  const input = parsed.data;
  const email = input.email;

  try {
    return await db.$transaction(
      async (tx) => {
        const event = await loadRegistrationEvent(tx, { slug });
        if (!event) return { kind: "not_found" };
        const checked = checkAgainstEvent(input, event);
        if (!checked.ok) return { kind: "invalid", errors: checked.errors };
        const { attendanceMode, choices } = checked.value;

        await lockQuotas(tx, quotaLocks(event.id, [attendanceMode], choices.map((choice) => choice.workshopId)));

        const existing = await tx.registration.findFirst({
          where: { eventId: event.id, activeEmail: email.toLowerCase() },
          include: registrationWithChoices,
        });
        if (existing) {
          const mailId = await queueRegistrationMail(tx, "already_registered", {
            ...mailContext(event, existing, baseUrl),
            registrationId: existing.id,
            toEmail: existing.email,
          });
          return { kind: "refused", reason: "already_registered", message: refusalMessages.already_registered, fieldErrors: { email: [refusalMessages.already_registered] }, mailIds: [mailId] };
        }

        const taken = { physical: 0, online: 0 };
        taken[attendanceMode] = await placesTakenInMode(tx, event.id, attendanceMode);
        const state = registrationState(event, taken, now);
        if (state === "closed" || state === "not_yet_open") return refused("closed");
        const capacity = attendanceMode === "physical" ? event.capacityPhysical : event.capacityOnline;
        const modeFull = capacity !== null && taken[attendanceMode] >= capacity;
        if (modeFull && !event.waitlistEnabled) return refused("full");

        if (!modeFull) {
          const workshopTaken = await placesTakenPerWorkshop(tx, choices.map((choice) => choice.workshopId));
          const fullChoice = choices.find((choice) => {
            const workshop = event.rounds.flatMap((round) => round.workshops).find((candidate) => candidate.id === choice.workshopId)!;
            return workshop.capacity !== null && (workshopTaken.get(workshop.id) ?? 0) >= workshop.capacity;
          });
          if (fullChoice) {
            return { ...refused("workshop_full"), fieldErrors: { [`workshops.${fullChoice.roundNumber}`]: [refusalMessages.workshop_full] } };
          }
        }

        const status: "confirmed" | "waitlisted" | "pending" = modeFull ? "waitlisted" : event.requiresApproval ? "pending" : "confirmed";
        const registration = await tx.registration.create({
          data: {
            eventId: event.id,
            status,
            attendanceMode,
            name: input.name,
            email,
            activeEmail: email.toLowerCase(),
            organisation: input.organisation ?? null,
            role: input.role ?? null,
            answers: checked.value.answers,
            question: checked.value.question ?? null,
            dietaryWishes: checked.value.dietaryWishes ?? null,
            manageToken: newManageToken(),
            consentAt: now,
            workshops: { create: choices.map(({ roundId, workshopId }) => ({ roundId, workshopId })) },
          },
          include: registrationWithChoices,
        });
        const mailId = await queueRegistrationMail(tx, status, { ...mailContext(event, registration, baseUrl), registrationId: registration.id, toEmail: email });
        return { kind: "registered", status, manageToken: registration.manageToken, registrationId: registration.id, mailIds: [mailId] };
      },
      { timeout: 15_000, maxWait: 15_000 },
    );
  } catch (error) {
    // Two tabs submitting the same e-mail at once: the database's unique key lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return registerForEvent(db, slug, rawInput, { now, baseUrl });
    }
    throw error;
  }
}

function refused(reason: RefusalReason) {
  return { kind: "refused" as const, reason, message: refusalMessages[reason], mailIds: [] as number[] };
}
