"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { SelectField } from "@/components/forms/choice-fields";
import { Notice } from "@/components/forms/Notice";
import { MailPreview } from "@/components/admin/mail/MailPreview";
import { PlaceholderHelp } from "@/components/admin/mail/PlaceholderHelp";
import type { TemplateState } from "@/lib/mail/templates/schema";

type Action = (state: TemplateState, form: FormData) => Promise<TemplateState>;

export function TemplateEditorForm({
  action,
  current,
  registrations,
  resetLabel,
}: {
  action: Action;
  current: { subject: string; body: string };
  registrations: { id: number; label: string }[];
  resetLabel: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as TemplateState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <Notice state={state} />
      <TextField name="subject" label="Onderwerp" required defaultValue={value("subject") ?? current.subject} errors={errors.subject} maxLength={200} />
      <div>
        <TextField name="body" label="Tekst" required multiline rows={14} defaultValue={value("body") ?? current.body} errors={errors.body} hint="Markdown met plaatshouders. De groet met de naam van de organisatie komt er vanzelf onder." />
        <PlaceholderHelp />
      </div>
      {registrations.length > 0 && (
        <SelectField
          name="registrationId"
          label="Voorbeeld met de aanmelding van"
          options={registrations.map((registration) => ({ value: String(registration.id), label: registration.label }))}
          defaultValue={value("registrationId")}
        />
      )}
      {state.preview && <MailPreview subject={state.preview.subject} bodyHtml={state.preview.bodyHtml} caption={`Ingevuld met ${state.preview.with}.`} />}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" disabled={pending} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          Voorbeeld bekijken
        </button>
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          Tekst opslaan
        </button>
        {resetLabel && (
          <button type="submit" name="intent" value="reset" disabled={pending} className="rounded border border-red-700 px-4 py-2 font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60">
            {resetLabel}
          </button>
        )}
      </div>
    </form>
  );
}
