"use client";

import { useActionState } from "react";
import { FieldError, TextField, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

export type AddFormModel = {
  modes: { value: "physical" | "online"; label: string; note: string | null }[];
  rounds: { number: number; label: string; workshops: { number: number; title: string; note: string | null }[] }[];
  full: boolean;
};

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The organiser's form to add someone by hand; what was typed stays after an error. */
export function AddRegistrationForm({ model, action }: { model: AddFormModel; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : undefined;
  };
  return (
    <form action={formAction} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <Notice state={state} />
      <TextField name="name" label="Naam" required autoComplete="off" defaultValue={value("name")} errors={errors.name} maxLength={200} />
      <TextField
        name="email"
        label="E-mailadres"
        type="email"
        required
        autoComplete="off"
        defaultValue={value("email")}
        errors={errors.email}
        hint="De bevestiging gaat naar dit adres."
      />
      <TextField
        name="organisation"
        label="Organisatie"
        defaultValue={value("organisation")}
        errors={errors.organisation}
        maxLength={200}
      />
      <TextField name="role" label="Functie" defaultValue={value("role")} errors={errors.role} maxLength={200} />

      {model.modes.length > 1 && (
        <fieldset aria-describedby={describedBy("attendanceMode", errors.attendanceMode)}>
          <legend className="font-semibold">Hoe doet deze persoon mee?</legend>
          {model.modes.map((mode, index) => (
            <label key={mode.value} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                id={index === 0 ? fieldId("attendanceMode") : undefined}
                name="attendanceMode"
                value={mode.value}
                defaultChecked={value("attendanceMode") === mode.value}
                className="h-4 w-4 shrink-0 accent-brand-700"
              />
              {mode.label}
              {mode.note && <span className="text-sm text-stone-600">({mode.note})</span>}
            </label>
          ))}
          <FieldError name="attendanceMode" errors={errors.attendanceMode} />
        </fieldset>
      )}

      {model.rounds.map((round) => {
        const key = `workshops.${round.number}`;
        const name = `workshop-${round.number}`;
        return (
          <div key={round.number}>
            <label htmlFor={fieldId(name)} className="block font-semibold">
              Workshop in {round.label.charAt(0).toLowerCase()}
              {round.label.slice(1)}
            </label>
            <select
              id={fieldId(name)}
              name={name}
              // Mounted anew with what was typed: React then marks it as the default, which the form's reset keeps.
              key={value(name) ?? ""}
              defaultValue={value(name) ?? ""}
              aria-invalid={errors[key]?.length ? true : undefined}
              aria-describedby={describedBy(key, errors[key])}
              className="mt-1 w-full max-w-xl rounded border border-stone-400 bg-white px-3 py-2"
            >
              <option value="">Geen workshop</option>
              {round.workshops.map((workshop) => (
                <option key={workshop.number} value={workshop.number}>
                  {`${workshop.number}. ${workshop.title}${workshop.note ? ` (${workshop.note})` : ""}`}
                </option>
              ))}
            </select>
            <FieldError name={key} errors={errors[key]} />
          </div>
        );
      })}

      <div className="rounded border border-amber-700 bg-amber-50 p-3">
        <label className="flex items-start gap-2 font-semibold">
          <input
            type="checkbox"
            id={fieldId("overCapacity")}
            name="overCapacity"
            defaultChecked={value("overCapacity") === "on"}
            aria-describedby={[`${fieldId("overCapacity")}-hint`, errors.overCapacity?.length ? `${fieldId("overCapacity")}-fout` : null]
              .filter(Boolean)
              .join(" ")}
            className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          />
          Ook als het vol is
        </label>
        <p id={`${fieldId("overCapacity")}-hint`} className="mt-1 text-sm text-stone-800">
          Zonder dit vinkje gelden dezelfde regels als op het aanmeldformulier: is het vol, dan komt deze persoon op de wachtlijst (als die
          er is) of lukt het aanmelden niet. Met het vinkje meld je deze persoon toch aan, ook boven het aantal plekken.
        </p>
        <FieldError name="overCapacity" errors={errors.overCapacity} />
      </div>

      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {pending ? "Bezig…" : "Aanmelden en bevestiging mailen"}
      </button>
    </form>
  );
}
