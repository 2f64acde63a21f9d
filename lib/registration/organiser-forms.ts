import { z } from "zod";
import { DECLINE_REASON_MAX } from "@/lib/registration/intake";
import { CONTROL_CHARACTER_MESSAGE, isPlainText } from "@/lib/forms/plain-text";

// The zod schemas of the organiser's forms on one registration, shared by the forms' field names and the
// server actions that parse them.

/** The ids a page binds to an organiser's action on a registration. */
export const eventIdArg = z.number().int().positive();
export const registrationIdArg = z.number().int().positive();
export const registrationRefSchema = z.object({ eventId: eventIdArg, registrationId: registrationIdArg });

export const cancelFormSchema = z.object({
  confirm: z.literal("on", { error: "Vink aan dat je deze aanmelding wilt annuleren." }),
});

export const moveFormSchema = z.object({
  round: z.coerce.number({ error: "Onbekende ronde." }).int().positive("Onbekende ronde."),
  /** Empty: no workshop in this round. */
  workshop: z.union(
    [z.literal("").transform(() => null), z.coerce.number({ error: "Kies een workshop." }).int().positive("Kies een workshop.")],
    { error: "Kies een workshop." },
  ),
});

export const declineFormSchema = z.object({
  reason: z.string().trim().max(DECLINE_REASON_MAX, `De toelichting is te lang (hooguit ${DECLINE_REASON_MAX} tekens).`).refine(isPlainText, CONTROL_CHARACTER_MESSAGE),
});
