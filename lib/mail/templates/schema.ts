import { z } from "zod";
import { withoutControlCharacters } from "@/lib/forms/plain-text";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/mail/templates/limits";

// The template editor's form, shared by the form and its action; the Liquid check happens on the server.

const text = (max: number) =>
  z
    .string()
    .transform((value) => withoutControlCharacters(value.replace(/\r\n/g, "\n")).trim())
    .pipe(z.string().min(1, "Vul dit veld in.").max(max, `Dit is te lang (hooguit ${max.toLocaleString("nl-NL")} tekens).`));

export const templateFormSchema = z.object({
  intent: z.enum(["preview", "save", "reset"]).catch("preview"),
  subject: text(SUBJECT_MAX),
  body: text(BODY_MAX),
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
