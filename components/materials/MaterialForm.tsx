"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/forms/choice-fields";
import { FieldError, TextField, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import { MATERIAL_ACCEPT, MAX_MATERIAL_BYTES, formatBytes } from "@/lib/materials/rules";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Adds a link or a file; a file is sent as multipart form data, so this works without JavaScript too. */
export function MaterialForm({ workshops, action }: { workshops: { id: number; label: string }[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const typed = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const fileErrors = state.fieldErrors?.file;
  return (
    <form action={formAction} className="space-y-4" encType="multipart/form-data">
      <Notice state={state} />
      <TextField name="title" label="Titel" required maxLength={200} defaultValue={typed("title")} errors={state.fieldErrors?.title} hint="Bijvoorbeeld: Dia's van de opening, Opname van het plenaire deel." />
      {workshops.length > 0 && (
        <SelectField
          name="workshopId"
          label="Bij workshop (niet verplicht)"
          defaultValue={typed("workshopId") ?? ""}
          options={[{ value: "", label: "Hele bijeenkomst" }, ...workshops.map((workshop) => ({ value: String(workshop.id), label: workshop.label }))]}
          errors={state.fieldErrors?.workshopId}
        />
      )}
      <div>
        <label htmlFor={fieldId("file")} className="block font-semibold">
          Bestand
        </label>
        <p id={`${fieldId("file")}-hint`} className="text-sm text-stone-600">
          Pdf, presentatie, document, afbeelding, mp4 of mp3; hoogstens {formatBytes(MAX_MATERIAL_BYTES)}. Of vul hieronder een link in.
        </p>
        <input
          id={fieldId("file")}
          type="file"
          name="file"
          accept={MATERIAL_ACCEPT}
          aria-invalid={fileErrors?.length ? true : undefined}
          aria-describedby={describedBy("file", fileErrors, true)}
          className="mt-1 block w-full text-sm"
        />
        <FieldError name="file" errors={fileErrors} />
      </div>
      <TextField name="url" label="Of een link" type="url" defaultValue={typed("url")} errors={state.fieldErrors?.url} hint="Bijvoorbeeld de opname op YouTube of Vimeo." />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met toevoegen…" : "Materiaal toevoegen"}
      </button>
    </form>
  );
}
