import { z } from "zod";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/mail/templates/limits";
import { mailText } from "@/lib/mail/templates/schema";

// The compose form for a message to an event's registrants, shared by the form and its action.

export const BULK_STATUSES = ["confirmed", "waitlisted", "pending"] as const;
export const bulkStatusLabels: Record<(typeof BULK_STATUSES)[number], string> = {
  confirmed: "Aangemeld (met plek)",
  waitlisted: "Op de wachtlijst (ook wie een plek aangeboden kreeg)",
  pending: "Wacht op intake",
};

export const recipientFilterSchema = z.object({
  statuses: z.array(z.enum(BULK_STATUSES, { error: "Kies een groep uit de lijst." })).min(1, "Kies ten minste één groep ontvangers."),
  mode: z.enum(["all", "physical", "online"], { error: "Kies een vorm van deelnemen uit de lijst." }),
  workshopId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]).nullable(),
});
export type RecipientFilter = z.infer<typeof recipientFilterSchema>;

export const bulkMailFormSchema = recipientFilterSchema.extend({
  intent: z.enum(["preview", "test", "send"]).catch("preview"),
  nonce: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "Dit formulier is verlopen. Laad de pagina opnieuw."),
  subject: mailText(SUBJECT_MAX, { missing: "Vul een onderwerp in." }),
  body: mailText(BODY_MAX, { missing: "Schrijf een bericht.", multiline: true }),
  /** How many the preview said it would go to: the send button carries it, and a different group is refused. */
  previewedCount: z.union([z.literal("").transform(() => undefined), z.coerce.number().int().min(0)]).optional().catch(undefined),
});
export type BulkMailInput = z.infer<typeof bulkMailFormSchema>;

export function bulkMailFields(form: FormData) {
  return {
    intent: form.get("intent") ?? "preview",
    nonce: form.get("nonce") ?? "",
    statuses: form.getAll("statuses"),
    mode: form.get("mode") ?? "all",
    workshopId: form.get("workshopId") ?? "",
    subject: form.get("subject") ?? "",
    body: form.get("body") ?? "",
    previewedCount: form.get("previewedCount") ?? "",
  };
}

/** What the compose form gets back: the usual answer, plus the preview when that was asked for. */
export type BulkMailState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[]>;
  preview?: { recipientCount: number; recipients: { name: string; email: string }[]; subject: string; bodyHtml: string };
};
