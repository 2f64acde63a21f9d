"use client";

import { useActionState, useState } from "react";
import { describedBy, FieldError, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { usePicked } from "@/components/registration/RegistrationChoices";
import { idleState, type ActionState } from "@/lib/forms/action-state";

// The manage page's one form for how someone takes part and what they chose per round: switching online
// and giving up the on-site-only walk is one step. With JavaScript, on-site-only choices are marked
// unavailable while "Online" is picked (but the one picked); without, the server refuses with one sentence on the round.
// After an answer the form shows what was sent, so nothing picked is lost.

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Mode = "physical" | "online";

export type ManageRound = {
  number: number;
  label: string;
  noneLabel: string;
  chosen: number | null;
  workshops: { number: number; title: string; placesLabel: string | null; full: boolean; onSiteOnly: boolean }[];
};

export type ManageModeOption = { value: Mode; label: string; note: string | null };

const picked = (state: ActionState, name: string) => {
  const raw = state.values?.[name];
  return Array.isArray(raw) ? raw[0] : raw;
};

export function ChangeParticipationForm({ current, modes, rounds, action }: { current: Mode; modes: ManageModeOption[]; rounds: ManageRound[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const sentMode = picked(state, "attendanceMode");
  const [mode, setMode] = useState<Mode>(sentMode === "online" || sentMode === "physical" ? sentMode : current);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setMode(sentMode === "online" || sentMode === "physical" ? sentMode : current);
  }
  const workshopChecked = (round: ManageRound) => (state.values ? (picked(state, `workshop-${round.number}`) ?? "") : round.chosen === null ? "" : String(round.chosen));
  return (
    // A new answer re-renders the fields from it (their defaultChecked only counts at mount).
    <form key={JSON.stringify(state.values ?? null)} action={formAction} className="space-y-4">
      <Notice state={state} order={["attendanceMode", "workshops."]} />
      {modes.length > 1 && (
        <fieldset aria-describedby={describedBy("attendanceMode", errors.attendanceMode)}>
          <legend className="font-semibold">Hoe doe je mee?</legend>
          {modes.map((option, index) => (
            <label key={option.value} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                id={index === 0 ? fieldId("attendanceMode") : undefined}
                name="attendanceMode"
                value={option.value}
                defaultChecked={option.value === mode}
                onChange={() => setMode(option.value)}
                className="h-4 w-4 shrink-0 accent-brand-700"
              />
              {option.label}
              {option.value === current ? <span className="text-sm text-brand-700">(nu)</span> : option.note && <span className="text-sm text-stone-600">({option.note})</span>}
            </label>
          ))}
          <FieldError name="attendanceMode" errors={errors.attendanceMode} />
        </fieldset>
      )}
      {rounds.map((round) => (
        <RoundChoice key={round.number} round={round} mode={mode} checked={workshopChecked(round)} errors={errors[`workshops.${round.number}`]} />
      ))}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Bezig…" : "Wijzigingen opslaan"}
      </button>
    </form>
  );
}

function RoundChoice({ round, mode, checked, errors }: { round: ManageRound; mode: Mode; checked: string; errors: string[] | undefined }) {
  const name = `workshop-${round.number}`;
  const key = `workshops.${round.number}`;
  const picked = usePicked(checked);
  return (
    <fieldset aria-describedby={describedBy(key, errors)}>
      <legend className="font-semibold">{round.label}</legend>
      <ul className="mt-1 space-y-1">
        <li>
          <label className="flex items-center gap-2">
            <input type="radio" id={fieldId(name)} name={name} value="" defaultChecked={checked === ""} onChange={() => picked.set("")} className="h-4 w-4 shrink-0 accent-brand-700" />
            {round.noneLabel}
          </label>
        </li>
        {round.workshops.map((workshop) => {
          const current = round.chosen === workshop.number;
          const notOnline = workshop.onSiteOnly && mode === "online";
          // The one picked stays enabled (see RegistrationChoices): saving it online is refused with its reason.
          const unavailable = (workshop.full && !current) || (notOnline && picked.value !== String(workshop.number));
          return (
            <li key={workshop.number}>
              <label className={`flex items-center gap-2 ${unavailable ? "text-stone-500" : ""}`}>
                <input type="radio" name={name} value={workshop.number} defaultChecked={checked === String(workshop.number)} disabled={unavailable} onChange={() => picked.set(String(workshop.number))} className="h-4 w-4 shrink-0 accent-brand-700" />
                <span>
                  Nr. {workshop.number}: {workshop.title}
                  {current ? <span className="text-sm text-brand-700"> (je huidige keuze)</span> : workshop.placesLabel && <span className="text-sm text-stone-600"> ({workshop.placesLabel})</span>}
                  {workshop.onSiteOnly && <span className={`block text-sm ${notOnline ? "font-semibold text-stone-700" : "text-stone-600"}`}>{notOnline ? "Alleen op locatie: niet te kiezen als je online meedoet" : "Alleen op locatie"}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError name={key} errors={errors} />
    </fieldset>
  );
}
