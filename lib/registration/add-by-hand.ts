import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import type { Effects } from "@/lib/effects";
import { participationModeLabels } from "@/lib/events/formats";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import { unusedCheckInCode } from "@/lib/check-in/unused-code";
import { newManageToken } from "@/lib/registration/manage-token";
import { ALL_QUOTAS_TRANSACTION, lockQuotas } from "@/lib/registration/capacity/locks";
import { placeNewRegistration } from "@/lib/registration/capacity/room";
import { isFull, quotaLocks } from "@/lib/registration/capacity/rules";
import { checkAgainstEvent } from "@/lib/registration/rules";
import { LIMITS, optionalText, registrationInputFromForm, registrationInputSchema } from "@/lib/registration/schema";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine } from "@/lib/forms/plain-text";

// An organiser adds someone by hand (a phone call, a speaker's colleague). The same rules as the public form
// (lib/registration: fields, mode, workshops, places counted under the same quota locks), with two
// differences: the organiser may go over capacity, but only by ticking "Ook als het vol is"; and the window
// for registering does not apply, nor does intake (the organiser is the one who decides).

/** The public form's fields, with messages addressed to the organiser ("de naam", not "je naam"). */
export const manualRegistrationSchema = z.object({
  name: z.string({ error: "Vul de naam in." }).trim().min(2, "Vul de naam in.").max(LIMITS.name, "Deze naam is te lang.").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
  email: z
    .string({ error: "Vul het e-mailadres in." })
    .trim()
    .min(1, "Vul het e-mailadres in.")
    .max(LIMITS.email, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")),
  organisation: optionalText(LIMITS.organisation, "De naam van de organisatie is te lang."),
  role: optionalText(LIMITS.role, "De functie is te lang."),
  attendanceMode: z.enum(["physical", "online"], { error: "Kies op locatie of online." }).optional(),
  workshops: registrationInputSchema.shape.workshops,
  overCapacity: z.boolean().default(false),
});
export type ManualRegistrationInput = z.input<typeof manualRegistrationSchema>;

export function manualRegistrationFromForm(form: FormData): Record<string, unknown> {
  const { name, email, organisation, role, attendanceMode, workshops } = registrationInputFromForm(form);
  return { name, email, organisation, role, attendanceMode, workshops, overCapacity: form.get("overCapacity") === "on" };
}

export type AddOutcome =
  | ({
      kind: "added";
      registrationId: number;
      status: Extract<RegistrationStatus, "confirmed" | "waitlisted">;
      message: string;
      auditId: number;
    } & Effects)
  | { kind: "invalid"; errors: FieldErrors }
  | { kind: "refused"; message: string; fieldErrors?: FieldErrors }
  | { kind: "not_found" };

const MESSAGES = {
  duplicate: "Dit e-mailadres is al aangemeld voor deze bijeenkomst. Zoek de aanmelding op in de lijst.",
  full: 'Deze bijeenkomst zit vol en heeft geen wachtlijst. Vink "Ook als het vol is" aan om toch iemand aan te melden.',
  workshopFull: 'Deze workshop is vol. Kies een andere, of vink "Ook als het vol is" aan.',
  cancelled: "Deze bijeenkomst is geannuleerd; aanmelden kan niet meer.",
};

export async function addRegistrationByHand(
  db: PrismaClient,
  eventId: number,
  rawInput: unknown,
  { actor, baseUrl, now = new Date() }: { actor: Pick<AdminUser, "id" | "name">; baseUrl: string; now?: Date },
): Promise<AddOutcome> {
  const parsed = manualRegistrationSchema.safeParse(rawInput);
  if (!parsed.success) return { kind: "invalid", errors: fieldErrorsFrom(parsed.error) };
  const input = parsed.data;

  const outcome = await db
    .$transaction(async (tx): Promise<AddOutcome> => {
      const event = await loadRegistrationEvent(tx, { id: eventId });
      if (!event) return { kind: "not_found" };
      if (event.status === "cancelled") return { kind: "refused", message: MESSAGES.cancelled };
      // The organiser's own questions are not asked here: they are for the public form.
      const checked = checkAgainstEvent({ ...input, answers: {} }, { ...event, questions: [] });
      if (!checked.ok) return { kind: "invalid", errors: checked.errors };
      const { attendanceMode, choices } = checked.value;

      await lockQuotas(
        tx,
        quotaLocks(
          event.id,
          [attendanceMode],
          choices.map((choice) => choice.workshopId),
        ),
      );
      if (await tx.registration.findFirst({ where: { eventId, activeEmail: input.email.toLowerCase() }, select: { id: true } })) {
        return { kind: "refused", message: MESSAGES.duplicate, fieldErrors: { email: [MESSAGES.duplicate] } };
      }
      // The organiser decides, so no intake; "Ook als het vol is" places over every limit.
      const { placement, modeQuota } = await placeNewRegistration(
        tx,
        event,
        { mode: attendanceMode, workshopIds: choices.map((choice) => choice.workshopId) },
        { waitlistEnabled: event.waitlistEnabled, requiresApproval: false, overCapacity: input.overCapacity },
      );
      if (placement.kind === "refused" && placement.reason === "full")
        return { kind: "refused", message: MESSAGES.full, fieldErrors: { overCapacity: [MESSAGES.full] } };
      if (placement.kind === "refused") {
        const full = choices.find((choice) => choice.workshopId === placement.workshopId)!;
        return { kind: "refused", message: MESSAGES.workshopFull, fieldErrors: { [`workshops.${full.roundNumber}`]: [MESSAGES.workshopFull] } };
      }
      const status = placement.kind === "waitlisted" ? "waitlisted" : "confirmed";
      const modeFull = isFull(modeQuota);

      const created = await tx.registration.create({
        data: {
          eventId,
          status,
          attendanceMode,
          name: input.name,
          email: input.email,
          activeEmail: input.email.toLowerCase(),
          organisation: input.organisation ?? null,
          role: input.role ?? null,
          manageToken: newManageToken(),
          checkInCode: await unusedCheckInCode(tx),
          // Added by the organiser, who agreed the use of the details with the person.
          consentAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.registrationWorkshop.createMany({
        data: choices.map(({ roundId, workshopId }) => ({ registrationId: created.id, eventId, roundId, workshopId })),
      });
      const registration = await tx.registration.findUniqueOrThrow({ where: { id: created.id }, include: registrationWithChoices });
      const mailId = await queueRegistrationMail(tx, status, {
        ...mailContext(event, registration, baseUrl),
        registrationId: registration.id,
        toEmail: registration.email,
      });

      const over = modeFull && input.overCapacity ? " boven het aantal plekken" : "";
      const message =
        status === "waitlisted"
          ? `${input.name} staat op de wachtlijst: ${participationModeLabels[attendanceMode].toLowerCase()} is vol. Er gaat een e-mail over de wachtlijst uit.`
          : `${input.name} is aangemeld${over} (${participationModeLabels[attendanceMode].toLowerCase()}) en krijgt een bevestiging per e-mail.`;
      const auditId = await recordAudit(tx, {
        actor,
        eventId,
        action: "registration.add",
        summary: message,
        details: {
          registrationId: registration.id,
          status,
          attendanceMode,
          overCapacity: input.overCapacity,
          workshops: choices.map((choice) => choice.workshopId),
        },
      });
      return { kind: "added", registrationId: registration.id, status, message, mailIds: [mailId], eventSlugs: [event.slug], auditId };
    }, ALL_QUOTAS_TRANSACTION)
    .catch((error: unknown) => {
      // Two organisers adding the same address at once: the unique key lets one through.
      if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
        return { kind: "refused", message: MESSAGES.duplicate, fieldErrors: { email: [MESSAGES.duplicate] } } satisfies AddOutcome;
      }
      throw error;
    });
  return outcome;
}
