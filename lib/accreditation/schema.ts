import { z } from "zod";
import { ACCREDITATION_BODIES } from "@/lib/accreditation/bodies";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine } from "@/lib/forms/plain-text";

// The organiser's form for one accreditation, shared by the page and its server action.

/** "4", "2,5" or "2.5": a Dutch organiser types a comma. */
const dutchDecimal = (missing: string, invalid: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .transform((value) => value.replace(",", "."))
    .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, invalid))
    .transform(Number);

export const accreditationInputSchema = z
  .object({
    body: z.enum(ACCREDITATION_BODIES, { error: "Kies het register dat de bijeenkomst accrediteert." }),
    bodyName: z.string().trim().max(120, "Deze naam is te lang (hooguit 120 tekens).").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE).optional().transform((v) => v || undefined),
    number: z
      .string({ error: "Vul het accreditatienummer in." })
      .trim()
      .min(1, "Vul het accreditatienummer in dat het register gaf.")
      .max(60, "Dit accreditatienummer is te lang (hooguit 60 tekens).")
      .refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
    points: dutchDecimal("Vul het aantal punten in, bijvoorbeeld 4 of 2,5.", "Vul het aantal punten in als getal, bijvoorbeeld 4 of 2,5."),
    hours: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(dutchDecimal("", "Vul het aantal uren in als getal, bijvoorbeeld 3 of 1,5.").optional()),
    scope: z.enum(["whole_event", "rounds"], { error: "Kies of de accreditatie voor de hele bijeenkomst geldt of voor rondes." }),
    roundIds: z.array(z.coerce.number().int().positive()).default([]),
  })
  .superRefine((input, context) => {
    if (input.body === "other" && !input.bodyName) context.addIssue({ code: "custom", path: ["bodyName"], message: "Vul de naam van het register in." });
    if (input.scope === "rounds" && input.roundIds.length === 0) context.addIssue({ code: "custom", path: ["roundIds"], message: "Kies de rondes waarvoor de accreditatie geldt." });
  });

export type AccreditationInput = z.output<typeof accreditationInputSchema>;

export function accreditationInputFromForm(form: FormData): Record<string, unknown> {
  const text = (key: string) => (typeof form.get(key) === "string" ? (form.get(key) as string) : undefined);
  return {
    body: text("body") || undefined,
    bodyName: text("bodyName"),
    number: text("number") ?? "",
    points: text("points") ?? "",
    hours: text("hours"),
    scope: text("scope") || undefined,
    roundIds: form.getAll("roundIds").filter((value): value is string => typeof value === "string"),
  };
}
