import { z } from "zod";
import { withoutControlCharacters, withoutControlCharactersExceptLines } from "@/lib/forms/plain-text";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/mail/templates/limits";

// The template editor's form, shared by the form and its action; the Liquid check happens on the server.

/**
 * A mail's subject (one line) or Markdown body, as the template editor and the compose form take it: control
 * characters dropped, but the body keeps its line breaks, which make its paragraphs and lists.
 */
export const mailText = (max: number, { missing = "Vul dit veld in.", multiline = false }: { missing?: string; multiline?: boolean } = {}) =>
  z
    .string()
    .transform((value) => (multiline ? withoutControlCharactersExceptLines(value) : withoutControlCharacters(value)).trim())
    .pipe(z.string().min(1, missing).max(max, `Dit is te lang (hooguit ${max.toLocaleString("nl-NL")} tekens).`));

export const templateFormSchema = z.object({
  intent: z.enum(["preview", "save", "reset"]).catch("preview"),
  subject: mailText(SUBJECT_MAX),
  body: mailText(BODY_MAX, { multiline: true }),
  registrationId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]).nullable().catch(null),
});
export type TemplateFormInput = z.infer<typeof templateFormSchema>;

export function templateFields(form: FormData) {
  return {
    intent: form.get("intent") ?? "preview",
    subject: form.get("subject") ?? "",
    body: form.get("body") ?? "",
    registrationId: form.get("registrationId") ?? "",
  };
}

/** The editor's answer, plus the preview when that was asked for. */
export type TemplateState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[]>;
  preview?: { subject: string; bodyHtml: string; with: string };
};
