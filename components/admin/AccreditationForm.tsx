"use client";

import { useActionState } from "react";
import { FieldError, TextField, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { ACCREDITATION_BODIES, accreditationBodyLabels } from "@/lib/accreditation/bodies";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** One new accreditation: the register, its number, points and hours, and the parts it covers. Works without JavaScript. */
export function AccreditationForm({ action, rounds }: { action: Action; rounds: { id: number; label: string }[] }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const typed = (name: string) => (state.status === "error" && typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const typedAll = (name: string) => {
    const value = state.status === "error" ? state.values?.[name] : undefined;
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const scope = typed("scope") ?? "whole_event";
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <Notice state={state} />
      <fieldset aria-describedby={describedBy("body", errors.body)}>
        <legend className="font-semibold">Register</legend>
        {ACCREDITATION_BODIES.map((body) => (
          <label key={body} className="mt-1 flex items-center gap-2">
            <input type="radio" name="body" value={body} defaultChecked={typed("body") === body} id={body === ACCREDITATION_BODIES[0] ? fieldId("body") : undefined} />
            {accreditationBodyLabels[body]}
          </label>
        ))}
        <FieldError name="body" errors={errors.body} />
      </fieldset>
      <TextField name="bodyName" label="Naam van het register (bij ander register)" defaultValue={typed("bodyName")} errors={errors.bodyName} />
      <TextField name="number" label="Accreditatienummer" required defaultValue={typed("number")} errors={errors.number} hint="Het nummer dat het register aan deze bijeenkomst gaf, bijvoorbeeld het ID-nummer in PE-online." />
      <TextField name="points" label="Punten" required defaultValue={typed("points")} errors={errors.points} hint="Bijvoorbeeld 4 of 2,5." />
      <TextField name="hours" label="Uren" defaultValue={typed("hours")} errors={errors.hours} hint="Het aantal uren dat het register erkent, als het dat noemt." />
      <fieldset aria-describedby={describedBy("scope", errors.scope)}>
        <legend className="font-semibold">Geldt voor</legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="scope" value="whole_event" defaultChecked={scope === "whole_event"} id={fieldId("scope")} />
          De hele bijeenkomst
        </label>
        {rounds.length > 0 && (
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="scope" value="rounds" defaultChecked={scope === "rounds"} />
            Alleen de gekozen rondes hieronder
          </label>
        )}
        <FieldError name="scope" errors={errors.scope} />
      </fieldset>
      {rounds.length > 0 && (
        <fieldset aria-describedby={describedBy("roundIds", errors.roundIds, true)}>
          <legend className="font-semibold">Rondes</legend>
          <p id={`${fieldId("roundIds")}-hint`} className="text-sm text-stone-600">
            Alleen wie bij elk van deze rondes aanwezig was, krijgt de punten. Geeft het register punten per ronde, voeg dan per ronde een accreditatie toe.
          </p>
          {rounds.map((round, index) => (
            <label key={round.id} className="mt-1 flex items-center gap-2">
              <input type="checkbox" name="roundIds" value={round.id} defaultChecked={typedAll("roundIds").includes(String(round.id))} id={index === 0 ? fieldId("roundIds") : undefined} />
              {round.label}
            </label>
          ))}
          <FieldError name="roundIds" errors={errors.roundIds} />
        </fieldset>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig…" : "Accreditatie toevoegen"}
      </button>
    </form>
  );
}
