"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { handleBulkMail } from "@/lib/mail/bulk";
import { bulkMailFields, bulkMailFormSchema, type BulkMailState } from "@/lib/mail/bulk-schema";
import { saveMailSettings } from "@/lib/mail/settings";
import { mailSettingsSchema } from "@/lib/mail/settings-schema";
import { previewTemplate, resetTemplate, saveTemplate } from "@/lib/mail/templates/admin";
import { isMailKind } from "@/lib/mail/templates/registry";
import { templateFields, templateFormSchema, type TemplateState } from "@/lib/mail/templates/schema";

const eventIdArg = z.number().int().positive();
const kindArg = z.string().refine(isMailKind);

export const bulkMailAction = adminAction<[typeof eventIdArg], z.infer<typeof bulkMailFormSchema>, BulkMailState>(
  { args: [eventIdArg] as const, schema: bulkMailFormSchema, fields: bulkMailFields, notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], input, values, baseUrl }) => {
    const outcome = await handleBulkMail(db, eventId, input, { actor: admin, baseUrl });
    const page = `/admin/evenementen/${eventId}/mail`;
    switch (outcome.kind) {
      case "not_found":
        return { status: "error", message: "Dit evenement bestaat niet (meer).", values };
      case "invalid":
        return { status: "error", message: "Dit bericht kan zo niet verstuurd worden.", fieldErrors: outcome.errors, values };
      case "preview":
        return { status: "idle", values, preview: outcome.preview };
      case "test_sent":
        return committed<BulkMailState>(outcome, { state: { status: "success", message: `Testbericht gestuurd naar ${outcome.toEmail}.`, values } });
      case "already_sent":
        return committed<BulkMailState>({}, { redirectTo: `${page}?verstuurd=${outcome.bulkMailId}` });
      case "sent":
        return committed<BulkMailState>(outcome, { redirectTo: `${page}?verstuurd=${outcome.bulkMailId}`, revalidate: [page, "/admin/mailbox"] });
    }
  },
);

export const mailSettingsAction = adminAction(
  { args: [eventIdArg] as const, schema: mailSettingsSchema, fields: (form) => ({ reminderDays: form.get("reminderDays") ?? "", selfServiceHours: form.get("selfServiceHours") ?? "" }) },
  async ({ admin, args: [eventId], input, values }) => {
    const outcome = await saveMailSettings(db, eventId, input, admin);
    if (outcome.kind === "not_found") return { status: "error", message: "Dit evenement bestaat niet (meer).", values } satisfies ActionState;
    return committed({ eventSlugs: [outcome.slug] }, { state: { status: "success", message: "De instellingen zijn opgeslagen." }, revalidate: [`/admin/evenementen/${eventId}/mail`] });
  },
);

export const eventTemplateAction = adminAction<[typeof eventIdArg, typeof kindArg], z.infer<typeof templateFormSchema>, TemplateState>(
  { args: [eventIdArg, kindArg] as const, schema: templateFormSchema, fields: templateFields, notFound: "Deze mail bestaat niet." },
  async ({ admin, args: [eventId, kind], input, values, baseUrl }) => {
    if (!isMailKind(kind)) return { status: "error", message: "Deze mail bestaat niet." };
    const scope = { eventId };
    const source = { subject: input.subject, body: input.body };
    const page = `/admin/evenementen/${eventId}/mail/sjablonen/${kind}`;
    const outcome =
      input.intent === "save"
        ? await saveTemplate(db, kind, scope, source, admin)
        : input.intent === "reset"
          ? await resetTemplate(db, kind, scope, admin)
          : await previewTemplate(db, kind, scope, source, { registrationId: input.registrationId, baseUrl });
    return templateAnswer(outcome, values, page);
  },
);

function templateAnswer(outcome: Awaited<ReturnType<typeof saveTemplate>>, values: BulkMailState["values"], page: string): TemplateState | ReturnType<typeof committed<TemplateState>> {
  switch (outcome.kind) {
    case "not_found":
      return { status: "error", message: "Dit bestaat niet (meer).", values };
    case "invalid":
      return { status: "error", message: "Deze tekst kan zo niet worden opgeslagen.", fieldErrors: outcome.errors, values };
    case "preview":
      return { status: "idle", values, preview: outcome.preview };
    case "saved":
      return committed<TemplateState>({}, { redirectTo: `${page}?opgeslagen=1`, revalidate: [page] });
    case "reset":
      return committed<TemplateState>({}, { redirectTo: `${page}?teruggezet=1`, revalidate: [page] });
  }
}

export const globalTemplateAction = adminAction<[typeof kindArg], z.infer<typeof templateFormSchema>, TemplateState>(
  { role: "beheerder", args: [kindArg] as const, schema: templateFormSchema, fields: templateFields, notFound: "Deze mail bestaat niet." },
  async ({ admin, args: [kind], input, values, baseUrl }) => {
    if (!isMailKind(kind)) return { status: "error", message: "Deze mail bestaat niet." };
    const source = { subject: input.subject, body: input.body };
    const outcome =
      input.intent === "save"
        ? await saveTemplate(db, kind, "global", source, admin)
        : input.intent === "reset"
          ? await resetTemplate(db, kind, "global", admin)
          : await previewTemplate(db, kind, "global", source, { registrationId: null, baseUrl });
    return templateAnswer(outcome, values, `/admin/mailsjablonen/${kind}`);
  },
);
