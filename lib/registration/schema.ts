import { z } from "zod";

// The registration form's fields, shared by the form (server action) and the JSON API. Rules that need the
// event (which mode, which workshops, which questions) are checked in rules.ts.

export const LIMITS = { name: 200, email: 254, organisation: 200, role: 200, question: 2000, dietaryWishes: 500, answer: 2000 } as const;

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : undefined));

export const registrationInputSchema = z.object({
  name: z.string({ error: "Vul je naam in." }).trim().min(2, "Vul je naam in.").max(LIMITS.name, "Je naam is te lang."),
  email: z
    .string({ error: "Vul je e-mailadres in." })
    .trim()
    .min(1, "Vul je e-mailadres in.")
    .max(LIMITS.email, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")),
  organisation: optionalText(LIMITS.organisation, "De naam van je organisatie is te lang."),
  role: optionalText(LIMITS.role, "Je functie is te lang."),
  attendanceMode: z.enum(["physical", "online"], { error: "Kies of je op locatie of online meedoet." }).optional(),
  /** Round number → workshop number. */
  workshops: z
    .record(z.string().regex(/^\d+$/, "Onbekende ronde."), z.number({ error: "Kies een workshop." }).int().positive())
    .default({}),
  /** Question id → answer. */
  answers: z.record(z.string().regex(/^\d+$/), z.string().trim().max(LIMITS.answer, "Dit antwoord is te lang.")).default({}),
  question: optionalText(LIMITS.question, "Je vraag is te lang (hooguit 2000 tekens)."),
  /** The asker agrees to show their name with the question on the event page. */
  showNameWithQuestion: z.boolean({ error: "Kies of je naam bij je vraag getoond mag worden." }).default(false),
  dietaryWishes: optionalText(LIMITS.dietaryWishes, "Dit is te lang (hooguit 500 tekens)."),
  consent: z.literal(true, { error: "Geef toestemming om je gegevens voor deze bijeenkomst te gebruiken." }),
  /** Honeypot: invisible to people, filled in by naive bots. */
  website: z.string().max(0, "spam").optional(),
});

export type RegistrationInput = z.infer<typeof registrationInputSchema>;
export type RegistrationField = keyof RegistrationInput | `workshops.${string}` | `answers.${string}`;
export { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";

/** Reads the HTML form: workshop-<round> and answer-<id> fields, a consent checkbox. */
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
    consent: form.get("consent") === "on" || form.get("consent") === "true",
    website: text("website"),
  };
}
