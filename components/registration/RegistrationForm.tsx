"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { describedBy, FieldError, fieldId, TextField } from "@/components/forms/fields";
import { DefaultSubmit } from "@/components/forms/DefaultSubmit";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { RegistrationFormEvent } from "@/lib/registration/form-model";
import { ModeChoice, WorkshopRound } from "@/components/registration/RegistrationChoices";
import { QuestionFields } from "@/components/registration/QuestionFields";
import { RegisterFields } from "@/components/registration/RegisterFields";
import { TeamFields } from "@/components/registration/TeamFields";

/** The summary lists errors in the order of the form's fields. */
const FIELD_ORDER = ["team", "team.organisation", "team.name", "name", "email", "organisation", "role", "team.participants", "team.participants.", "attendanceMode", "workshops.", "answers.", "question", "dietaryWishes", "registerBody", "registerNumber", "consent"];

export function RegistrationForm({ event, action, documentTitle }: { event: RegistrationFormEvent; action: (state: ActionState, form: FormData) => Promise<ActionState>; documentTitle: string }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => {
    const raw = state.values?.[name];
    return Array.isArray(raw) ? raw[0] : raw;
  };
  const onlyMode = event.modes.length === 1 ? event.modes[0]!.value : undefined;
  const [pickedMode, setMode] = useState(() => value("attendanceMode"));
  // A new answer from the server starts from the mode it sent back.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setMode(value("attendanceMode"));
  }
  const mode = onlyMode ?? (pickedMode === "physical" || pickedMode === "online" ? pickedMode : undefined);

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <DefaultSubmit label="Aanmelden" />
      <Notice state={state} documentTitle={documentTitle} order={FIELD_ORDER} />

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

      {event.modes.length > 1 && <ModeChoice modes={event.modes} waitlist={event.waitlist} checked={value("attendanceMode")} errors={errors.attendanceMode} onChange={setMode} />}

      {event.rounds.map((round) => (
        <WorkshopRound key={round.number} round={round} mode={mode} checked={value(`workshop-${round.number}`)} errors={errors[`workshops.${round.number}`]} />
      ))}

      {event.questions.length > 0 && <QuestionFields questions={event.questions} value={value} errors={errors} />}
      {event.acceptsQuestions && (
        <div className="space-y-2">
          <TextField
            name="question"
            label="Welke kwestie of vraag wil je inbrengen?"
            multiline
            defaultValue={value("question")}
            errors={errors.question}
            maxLength={2000}
            hint="De organisatie bekijkt de vragen en zet ze op de pagina van de bijeenkomst; deelnemers kunnen erop stemmen. Een selectie gaat naar het panel."
          />
          <label className="flex items-start gap-2">
            <input type="checkbox" name="showNameWithQuestion" defaultChecked={value("showNameWithQuestion") === "on"} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
            <span>Mijn naam mag bij de vraag getoond worden</span>
          </label>
        </div>
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

      {event.registers.length > 0 && <RegisterFields registers={event.registers} value={value} errors={errors} />}

      <div className="absolute -left-[9999px]" aria-hidden="true">
        <label htmlFor="veld-website">Laat dit veld leeg</label>
        <input id="veld-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>

      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            id={fieldId("consent")}
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
