"use client";

import { useActionState } from "react";
import { FieldError, TextField, describedBy, fieldId } from "@/components/forms/fields";
import { SelectField } from "@/components/forms/choice-fields";
import { Notice } from "@/components/forms/Notice";
import { MailPreview } from "@/components/admin/mail/MailPreview";
import { PlaceholderHelp } from "@/components/admin/mail/PlaceholderHelp";
import { BULK_STATUSES, bulkStatusLabels, type BulkMailState } from "@/lib/mail/bulk-schema";

type Action = (state: BulkMailState, form: FormData) => Promise<BulkMailState>;

export function BulkMailForm({ action, nonce, workshops, modes }: { action: Action; nonce: string; workshops: { value: string; label: string }[]; modes: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as BulkMailState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const statuses = state.values ? [state.values.statuses ?? []].flat() : ["confirmed"];
  const preview = state.preview;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <Notice state={state} />
      <input type="hidden" name="nonce" value={value("nonce") ?? nonce} />
      <fieldset aria-describedby={describedBy("statuses", errors.statuses)}>
        <legend className="font-semibold">Aan wie</legend>
        <div className="mt-1 space-y-1">
          {BULK_STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="checkbox" name="statuses" value={status} defaultChecked={statuses.includes(status)} className="h-4 w-4" id={status === "confirmed" ? fieldId("statuses") : undefined} />
              {bulkStatusLabels[status]}
            </label>
          ))}
        </div>
        <FieldError name="statuses" errors={errors.statuses} />
      </fieldset>
      {modes.length > 1 && <SelectField name="mode" label="Vorm van deelnemen" options={modes} defaultValue={value("mode") ?? "all"} errors={errors.mode} />}
      {workshops.length > 1 && <SelectField name="workshopId" label="Workshop" options={workshops} defaultValue={value("workshopId") ?? ""} errors={errors.workshopId} />}
      <TextField name="subject" label="Onderwerp" required defaultValue={value("subject")} errors={errors.subject} maxLength={200} />
      <div>
        <TextField
          name="body"
          label="Bericht"
          required
          multiline
          rows={10}
          defaultValue={value("body") ?? "Beste {{ naam }},\n\n"}
          errors={errors.body}
          hint="Markdown met plaatshouders. Je persoonlijke link staat in {{ beheerlink }}. De groet met je naam en organisatie komt er vanzelf onder."
        />
        <PlaceholderHelp />
      </div>
      {preview && (
        <>
          <p role="status">
            Dit bericht gaat naar <strong>{preview.recipientCount}</strong> {preview.recipientCount === 1 ? "aangemelde" : "aangemelden"}
            {preview.recipients.length > 0 ? `: ${preview.recipients.map((recipient) => recipient.name).join(", ")}${preview.recipientCount > preview.recipients.length ? " en anderen" : ""}.` : "."}
          </p>
          <MailPreview subject={preview.subject} bodyHtml={preview.bodyHtml} caption={preview.recipients[0] ? `Ingevuld voor ${preview.recipients[0].name}.` : "Ingevuld met voorbeeldgegevens."} />
        </>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          Voorbeeld bekijken
        </button>
        <button type="submit" name="intent" value="test" disabled={pending} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          Stuur mij een test
        </button>
        {preview && preview.recipientCount > 0 && (
          <>
            <input type="hidden" name="previewedCount" value={preview.recipientCount} />
            <button type="submit" name="intent" value="send" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              Verstuur naar {preview.recipientCount} {preview.recipientCount === 1 ? "aangemelde" : "aangemelden"}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
