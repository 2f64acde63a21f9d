"use client";

import { useActionState } from "react";
import { FieldError, describedBy } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export type ManageRound = {
  number: number;
  label: string;
  noneLabel: string;
  chosen: number | null;
  workshops: { number: number; title: string; placesLabel: string | null; full: boolean }[];
};

export function ChangeWorkshopsForm({ rounds, action }: { rounds: ManageRound[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4">
      <Notice state={state} />
      {rounds.map((round) => {
        const key = `workshops.${round.number}`;
        return (
          <fieldset key={round.number} aria-describedby={describedBy(key, errors[key])}>
            <legend className="font-semibold">{round.label}</legend>
            <ul className="mt-1 space-y-1">
              <li>
                <label className="flex items-center gap-2">
                  <input type="radio" name={`workshop-${round.number}`} value="" defaultChecked={round.chosen === null} className="h-4 w-4 shrink-0 accent-brand-700" />
                  {round.noneLabel}
                </label>
              </li>
              {round.workshops.map((workshop) => {
                const current = round.chosen === workshop.number;
                return (
                  <li key={workshop.number}>
                    <label className={`flex items-center gap-2 ${workshop.full && !current ? "text-stone-500" : ""}`}>
                      <input
                        type="radio"
                        name={`workshop-${round.number}`}
                        value={workshop.number}
                        defaultChecked={current}
                        disabled={workshop.full && !current}
                        className="h-4 w-4 shrink-0 accent-brand-700"
                      />
                      <span>
                        Nr. {workshop.number}: {workshop.title}
                        {current ? <span className="text-sm text-brand-700"> (je huidige keuze)</span> : workshop.placesLabel && <span className="text-sm text-stone-600"> ({workshop.placesLabel})</span>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
            <FieldError name={key} errors={errors[key]} />
          </fieldset>
        );
      })}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Bezig…" : "Workshopkeuze opslaan"}
      </button>
    </form>
  );
}

export function SwitchModeForm({ current, options, action }: { current: "physical" | "online"; options: { value: "physical" | "online"; label: string; note: string | null }[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <Notice state={state} />
      <fieldset aria-describedby={describedBy("attendanceMode", state.fieldErrors?.attendanceMode)}>
        <legend className="font-semibold">Hoe doe je mee?</legend>
        {options.map((option) => (
          <label key={option.value} className="mt-1 flex items-center gap-2">
            <input type="radio" name="attendanceMode" value={option.value} defaultChecked={option.value === current} className="h-4 w-4 shrink-0 accent-brand-700" />
            {option.label}
            {option.note && <span className="text-sm text-stone-600">({option.note})</span>}
          </label>
        ))}
        <FieldError name="attendanceMode" errors={state.fieldErrors?.attendanceMode} />
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Bezig…" : "Opslaan"}
      </button>
    </form>
  );
}

export function CancelForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <Notice state={state} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" aria-describedby={describedBy("confirm", state.fieldErrors?.confirm)} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
        <span>Ja, ik wil mijn aanmelding annuleren. Mijn plek gaat naar iemand anders.</span>
      </label>
      <FieldError name="confirm" errors={state.fieldErrors?.confirm} />
      <button type="submit" disabled={pending} className="rounded border border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70">
        {pending ? "Bezig…" : "Aanmelding annuleren"}
      </button>
    </form>
  );
}
