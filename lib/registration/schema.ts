import { z } from "zod";
import { ACCREDITATION_BODIES, REGISTER_NUMBER_MAX } from "@/lib/accreditation/bodies";
import { participantRowsFromForm, participantsInput } from "@/lib/registration/team-form";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine, isPlainText } from "@/lib/forms/plain-text";

// The registration form's fields, shared by the form (server action) and the JSON API. Rules that need the
// event (which mode, which workshops, which questions) are checked in rules.ts.

export const LIMITS = { name: 200, email: 254, organisation: 200, role: 200, question: 2000, dietaryWishes: 500, answer: 2000, teamName: 200, participants: 25 } as const;

/** A text field that may be left empty (then undefined), trimmed, with a Dutch message when too long. */
export const optionalText = (max: number, tooLong: string, multiline = false) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine(multiline ? isPlainText : isPlainLine, CONTROL_CHARACTER_MESSAGE)
    .optional()
    .transform((value) => (value ? value : undefined));

const emailField = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(LIMITS.email, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@organisatie.nl."));

/** One member of a team (leerkring). */
export const teamParticipantSchema = z.object({
  name: z.string({ error: "Vul de naam van deze deelnemer in." }).trim().min(2, "Vul de naam van deze deelnemer in.").max(LIMITS.name, "Deze naam is te lang.").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
  email: emailField("Vul het e-mailadres van deze deelnemer in."),
  role: optionalText(LIMITS.role, "Deze functie is te lang."),
});

/** The participants of a team: at least one, each e-mail address once. */
export const teamParticipantsSchema = z
  .array(teamParticipantSchema, { error: "Noem de deelnemers van het team." })
  .min(1, "Noem ten minste één deelnemer.")
  .max(LIMITS.participants, `Een team heeft hooguit ${LIMITS.participants} deelnemers.`)
  .superRefine((participants, context) => {
    const seen = new Set<string>();
    participants.forEach((participant, index) => {
      const key = participant.email.toLowerCase();
      if (seen.has(key)) context.addIssue({ code: "custom", path: [index, "email"], message: "Dit e-mailadres staat al bij een andere deelnemer." });
      seen.add(key);
    });
  });

/** A team registration (leerkring): the contact person is the registration's own name, e-mail and role. */
export const teamSchema = z.object(
  {
    organisation: z
      .string({ error: "Vul de gemeente of organisatie in." })
      .trim()
      .min(2, "Vul de gemeente of organisatie in.")
      .max(LIMITS.organisation, "De naam van de gemeente of organisatie is te lang.")
      .refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
    name: z.string({ error: "Vul de naam van het team in." }).trim().min(2, "Vul de naam van het team in.").max(LIMITS.teamName, "De naam van het team is te lang.").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
    participants: teamParticipantsSchema,
  },
  { error: "Vul de gegevens van het team in." },
);

export type TeamInput = z.infer<typeof teamSchema>;
export type TeamParticipantInput = z.infer<typeof teamParticipantSchema>;

export const registrationInputSchema = z.object({
  name: z.string({ error: "Vul je naam in." }).trim().min(2, "Vul je naam in.").max(LIMITS.name, "Je naam is te lang.").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
  email: emailField("Vul je e-mailadres in."),
  organisation: optionalText(LIMITS.organisation, "De naam van je organisatie is te lang."),
  role: optionalText(LIMITS.role, "Je functie is te lang."),
  attendanceMode: z.enum(["physical", "online"], { error: "Kies of je op locatie of online meedoet." }).optional(),
  /** Round number → workshop number. */
  workshops: z
    .record(z.string().regex(/^\d+$/, "Onbekende ronde."), z.number({ error: "Kies een workshop." }).int().positive())
    .default({}),
  /** Question id → answer. */
  answers: z.record(z.string().regex(/^\d+$/), z.string().trim().max(LIMITS.answer, "Dit antwoord is te lang.").refine(isPlainText, CONTROL_CHARACTER_MESSAGE)).default({}),
  question: optionalText(LIMITS.question, "Je vraag is te lang (hooguit 2000 tekens).", true),
  /** The asker agrees to show their name with the question on the event page. */
  showNameWithQuestion: z.boolean({ error: "Kies of je naam bij je vraag getoond mag worden." }).default(false),
  dietaryWishes: optionalText(LIMITS.dietaryWishes, "Dit is te lang (hooguit 500 tekens).", true),
  /** Accredited events: the attendee's register (one of the event's bodies) and their number in it; checked in rules.ts. */
  registerBody: z.enum(ACCREDITATION_BODIES, { error: "Kies je register uit de lijst." }).optional(),
  registerNumber: optionalText(REGISTER_NUMBER_MAX, `Dit registratienummer is te lang (hooguit ${REGISTER_NUMBER_MAX} tekens).`),
  /** Only for events that register teams; then name, email and role are the team's contact person. */
  team: teamSchema.optional(),
  consent: z.literal(true, { error: "Geef toestemming om je gegevens voor deze bijeenkomst te gebruiken." }),
  /** Honeypot: invisible to people, filled in by naive bots. */
  website: z.string().max(0, "spam").optional(),
});

export type RegistrationInput = z.infer<typeof registrationInputSchema>;
export type RegistrationField = keyof RegistrationInput | `workshops.${string}` | `answers.${string}`;
export { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";

/** Reads the HTML form: workshop-<round> and answer-<id> fields, a consent checkbox, a team's fields. */
export function registrationInputFromForm(form: FormData): Record<string, unknown> {
  const workshops: Record<string, number> = {};
  const answers: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const workshop = /^workshop-(\d+)$/.exec(key);
    if (workshop && value !== "") workshops[workshop[1]!] = Number(value);
    const answer = /^answer-(\d+)$/.exec(key);
    if (answer) answers[answer[1]!] = value;
  }
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name") ?? "",
    email: text("email") ?? "",
    organisation: text("organisation"),
    role: text("role"),
    attendanceMode: text("attendanceMode") || undefined,
    workshops,
    answers,
    question: text("question"),
    showNameWithQuestion: form.get("showNameWithQuestion") === "on",
    dietaryWishes: text("dietaryWishes"),
    registerBody: text("registerBody") || undefined,
    registerNumber: text("registerNumber"),
    consent: form.get("consent") === "on" || form.get("consent") === "true",
    website: text("website"),
    // A team form (leerkring) has the team's fields; a person's form has none.
    team: form.has("team-name") ? { organisation: text("team-organisation") ?? "", name: text("team-name") ?? "", participants: participantsInput(participantRowsFromForm(form)) } : undefined,
  };
}
