"use client";

import Link from "next/link";
import { useActionState } from "react";
import { describedBy, FieldError, fieldId, TextField } from "@/components/forms/fields";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { RegistrationFormEvent } from "@/lib/registration/form-model";
import { TeamFields } from "@/components/registration/TeamFields";


export function RegistrationForm({ event, action }: { event: RegistrationFormEvent; action: (state: ActionState, form: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => {
    const raw = state.values?.[name];
    return Array.isArray(raw) ? raw[0] : raw;
  };

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {state.status === "error" && state.message && (
        <div role="alert" data-testid="form-message" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          {state.message}
        </div>
      )}

      {event.teams ? (
        <TeamFields values={state.values} errors={errors} />
      ) : (
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold">Jouw gegevens</legend>
          <TextField name="name" label="Naam" required autoComplete="name" defaultValue={value("name")} errors={errors.name} maxLength={200} />
          <TextField name="email" label="E-mailadres" type="email" required autoComplete="email" defaultValue={value("email")} errors={errors.email} hint="Hierheen sturen we de bevestiging en de link om je aanmelding te wijzigen." />
          <TextField name="organisation" label="Organisatie" autoComplete="organization" defaultValue={value("organisation")} errors={errors.organisation} maxLength={200} />
          <TextField name="role" label="Functie" autoComplete="organization-title" defaultValue={value("role")} errors={errors.role} maxLength={200} />
        </fieldset>
      )}

      {event.modes.length > 1 && (
        <fieldset aria-describedby={describedBy("attendanceMode", errors.attendanceMode)}>
          <legend className="text-xl font-semibold">Hoe doe je mee?</legend>
          <ul className="mt-2 space-y-2">
            {event.modes.map((mode) => (
              <li key={mode.value}>
                <label className="flex items-center gap-2">
                  <input type="radio" name="attendanceMode" value={mode.value} defaultChecked={value("attendanceMode") === mode.value} disabled={mode.full && !event.waitlist} className="h-4 w-4 shrink-0 accent-brand-700" />
                  <span>{mode.label}</span>
                  {mode.placesLabel && <span className={`text-sm ${mode.full ? "text-red-800" : "text-stone-600"}`}>({mode.placesLabel})</span>}
                </label>
              </li>
            ))}
          </ul>
          <FieldError name="attendanceMode" errors={errors.attendanceMode} />
        </fieldset>
      )}

      {event.rounds.map((round) => {
        const name = `workshop-${round.number}`;
        const roundErrors = errors[`workshops.${round.number}`];
        return (
          <fieldset key={round.number} aria-describedby={describedBy(`workshops.${round.number}`, roundErrors)}>
            <legend className="text-xl font-semibold">{round.label}</legend>
            <p className="text-sm text-stone-600">Kies één workshop in deze ronde.</p>
            <ul className="mt-2 space-y-2">
              <li>
                <label className="flex items-start gap-2">
                  <input type="radio" name={name} value="" defaultChecked={!value(name)} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
                  <span>Geen workshop in deze ronde</span>
                </label>
              </li>
              {round.workshops.map((workshop) => (
                <li key={workshop.number}>
                  <label className={`flex items-start gap-2 ${workshop.full ? "text-stone-500" : ""}`}>
                    <input
                      type="radio"
                      name={name}
                      value={workshop.number}
                      defaultChecked={value(name) === String(workshop.number)}
                      disabled={workshop.full}
                      className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                    />
                    <span>
                      <span className="font-medium">
                        Nr. {workshop.number}: {workshop.title}
                      </span>
                      {workshop.hosts && <span className="block text-sm text-stone-600">Door {workshop.hosts}</span>}
                      {workshop.placesLabel && (
                        <span className={`block text-sm font-semibold ${workshop.full ? "text-red-800" : "text-brand-700"}`}>{workshop.placesLabel}</span>
                      )}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <FieldError name={`workshops.${round.number}`} errors={roundErrors} />
          </fieldset>
        );
      })}

      {event.questions.length > 0 && (
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold">Vragen van de organisatie</legend>
          {event.questions.map((question) => {
            const name = `answer-${question.id}`;
            const questionErrors = errors[`answers.${question.id}`];
            if (question.kind !== "choice") {
              return (
                <div key={question.id}>
                  <TextField name={name} label={question.label} required={question.required} multiline={question.kind === "long_text"} defaultValue={value(name)} errors={questionErrors} hint={question.help ?? undefined} maxLength={2000} />
                </div>
              );
            }
            return (
              <div key={question.id}>
                <label htmlFor={fieldId(name)} className="block font-semibold">
                  {question.label}
                  {!question.required && <span className="font-normal text-stone-600"> (niet verplicht)</span>}
                </label>
                {question.help && (
                  <p id={`${fieldId(`answers.${question.id}`)}-hint`} className="text-sm text-stone-600">
                    {question.help}
                  </p>
                )}
                <select id={fieldId(name)} name={name} defaultValue={value(name) ?? ""} aria-invalid={questionErrors ? true : undefined} aria-describedby={describedBy(`answers.${question.id}`, questionErrors, Boolean(question.help))} className="mt-1 w-full rounded border border-stone-400 px-3 py-2">
                  <option value="">Maak een keuze</option>
                  {question.options.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
                <FieldError name={`answers.${question.id}`} errors={questionErrors} />
              </div>
            );
          })}
        </fieldset>
      )}

      {event.acceptsQuestions && (
        <TextField
          name="question"
          label="Welke kwestie of vraag wil je inbrengen?"
          multiline
          defaultValue={value("question")}
          errors={errors.question}
          maxLength={2000}
          hint="Een selectie van de ingebrachte kwesties gaat naar het panel; deelnemers kunnen erop stemmen."
        />
      )}

      {event.lunch && (
        <TextField
          name="dietaryWishes"
          label="Dieetwensen of allergieën"
          defaultValue={value("dietaryWishes")}
          errors={errors.dietaryWishes}
          maxLength={500}
          hint="Voor de lunch op locatie, bijvoorbeeld vegetarisch of glutenvrij."
        />
      )}

      <div className="absolute -left-[9999px]" aria-hidden="true">
        <label htmlFor="veld-website">Laat dit veld leeg</label>
        <input id="veld-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>

      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="consent"
            defaultChecked={value("consent") === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy("consent", errors.consent)}
            className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          />
          <span>
            Ik geef toestemming om mijn gegevens te gebruiken voor deze bijeenkomst, zoals beschreven in de{" "}
            <Link href="/privacy" className="text-brand-700 underline" target="_blank">
              privacyverklaring
            </Link>
            .
          </span>
        </label>
        <FieldError name="consent" errors={errors.consent} />
      </div>

      <button type="submit" disabled={pending} aria-disabled={pending} className="rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Bezig met aanmelden…" : event.waitlist ? (event.teams ? "Zet ons team op de wachtlijst" : "Zet me op de wachtlijst") : event.teams ? "Team aanmelden" : "Aanmelden"}
      </button>
    </form>
  );
}
