import { useState } from "react";
import { describedBy, FieldError, fieldId } from "@/components/forms/fields";
import type { RegistrationFormEvent } from "@/lib/registration/form-model";

// The registration form's choices: how someone takes part, and a workshop per round. An on-site-only
// workshop cannot be chosen by someone who takes part online: with JavaScript it is marked unavailable as
// soon as "Online" is picked; without, the server refuses the combination with one sentence on the round.
// A choice already picked stays enabled (a disabled radio would silently send nothing for its round): its
// reason shows, and saving it online is refused with that sentence.

type Mode = RegistrationFormEvent["modes"][number]["value"];

export function ModeChoice({ modes, waitlist, checked, errors, onChange }: { modes: RegistrationFormEvent["modes"]; waitlist: boolean; checked: string | undefined; errors: string[] | undefined; onChange: (mode: Mode) => void }) {
  return (
    <fieldset aria-describedby={describedBy("attendanceMode", errors)}>
      <legend className="text-xl font-semibold">Hoe doe je mee?</legend>
      <ul className="mt-2 space-y-2">
        {modes.map((mode, index) => (
          <li key={mode.value}>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                id={index === 0 ? fieldId("attendanceMode") : undefined}
                name="attendanceMode"
                value={mode.value}
                defaultChecked={checked === mode.value}
                disabled={mode.full && !waitlist}
                onChange={() => onChange(mode.value)}
                className="h-4 w-4 shrink-0 accent-brand-700"
              />
              <span>{mode.label}</span>
              {mode.placesLabel && <span className={`text-sm ${mode.full ? "text-red-800" : "text-stone-600"}`}>({mode.placesLabel})</span>}
            </label>
          </li>
        ))}
      </ul>
      <FieldError name="attendanceMode" errors={errors} />
    </fieldset>
  );
}

export function WorkshopRound({ round, mode, checked, errors }: { round: RegistrationFormEvent["rounds"][number]; mode: Mode | undefined; checked: string | undefined; errors: string[] | undefined }) {
  const name = `workshop-${round.number}`;
  const errorKey = `workshops.${round.number}`;
  const picked = usePicked(checked);
  return (
    <fieldset aria-describedby={describedBy(errorKey, errors)}>
      <legend className="text-xl font-semibold">{round.label}</legend>
      <p className="text-sm text-stone-600">{round.pickHint}</p>
      <ul className="mt-2 space-y-2">
        <li>
          <label className="flex items-start gap-2">
            <input type="radio" id={fieldId(name)} name={name} value="" defaultChecked={!checked} onChange={() => picked.set("")} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
            <span>{round.noneLabel}</span>
          </label>
        </li>
        {round.workshops.map((workshop) => {
          const notOnline = workshop.onSiteOnly && mode === "online";
          const unavailable = workshop.full || (notOnline && picked.value !== String(workshop.number));
          return (
            <li key={workshop.number}>
              <label className={`flex items-start gap-2 ${unavailable ? "text-stone-500" : ""}`}>
                <input type="radio" name={name} value={workshop.number} defaultChecked={checked === String(workshop.number)} disabled={unavailable} onChange={() => picked.set(String(workshop.number))} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
                <span>
                  <span className="font-medium">
                    Nr. {workshop.number}: {workshop.title}
                  </span>
                  {workshop.hosts && <span className="block text-sm text-stone-600">Door {workshop.hosts}</span>}
                  {workshop.onSiteOnly && (
                    <span className={`block text-sm ${notOnline ? "font-semibold text-stone-700" : "text-stone-600"}`}>{notOnline ? "Alleen op locatie: niet te kiezen als je online meedoet" : "Alleen op locatie"}</span>
                  )}
                  {workshop.placesLabel && <span className={`block text-sm font-semibold ${workshop.full ? "text-red-800" : "text-brand-700"}`}>{workshop.placesLabel}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError name={errorKey} errors={errors} />
    </fieldset>
  );
}

/** The radio picked in a round right now; a new server answer (another checked value) starts from it. */
export function usePicked(checked: string | undefined) {
  const [source, setSource] = useState(checked);
  const [value, set] = useState(checked ?? "");
  if (source !== checked) {
    setSource(checked);
    set(checked ?? "");
  }
  return { value, set };
}
