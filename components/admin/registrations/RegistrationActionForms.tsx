"use client";

import { useActionState, type ReactNode } from "react";
import { FieldError, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

// The organiser's forms on one registration. Each posts to its own server action and shows the answer next
// to its button; without JavaScript the page reloads with the same answer.

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

const primary = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70";
const danger = "rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70";

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-5" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** A form that is one button (promote, accept), with an explanation above it. */
export function ButtonForm({ title, explanation, label, action }: { title: string; explanation: string; label: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <Box title={title}>
      <p>{explanation}</p>
      <form action={formAction} className="space-y-3">
        <Notice state={state} />
        {state.status !== "success" && (
          <button type="submit" disabled={pending} className={primary}>
            {pending ? "Bezig…" : label}
          </button>
        )}
      </form>
    </Box>
  );
}

export type MoveRound = {
  number: number;
  label: string;
  current: number | null;
  workshops: { number: number; title: string; note: string | null }[];
};

export function MoveWorkshopForm({ round, action }: { round: MoveRound; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const key = `workshops.${round.number}`;
  const errors = state.fieldErrors?.[key] ?? state.fieldErrors?.workshop;
  const typed = state.values?.workshop;
  const selectId = fieldId(`workshop-ronde-${round.number}`);
  return (
    <form action={formAction} className="space-y-2">
      <Notice state={state} targets={{ [key]: selectId, workshop: selectId }} />
      <input type="hidden" name="round" value={round.number} />
      <label htmlFor={selectId} className="block font-semibold">
        {round.label}
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <select
          id={selectId}
          name="workshop"
          key={`${state.status}-${round.current}`}
          defaultValue={typeof typed === "string" ? typed : round.current === null ? "" : String(round.current)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(key, errors)}
          className="w-full max-w-md rounded border border-stone-400 bg-white px-3 py-2"
        >
          <option value="">Geen workshop</option>
          {round.workshops.map((workshop) => (
            <option key={workshop.number} value={workshop.number}>
              {`${workshop.number}. ${workshop.title}${workshop.number === round.current ? " (huidige keuze)" : workshop.note ? ` (${workshop.note})` : ""}`}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={primary}>
          {pending ? "Bezig…" : "Verplaatsen"}
        </button>
      </div>
      <FieldError name={key} errors={errors} />
    </form>
  );
}

export function MoveWorkshopsBox({ rounds, actions }: { rounds: MoveRound[]; actions: Action }) {
  return (
    <Box title="Andere workshop">
      <p>
        Kies per ronde een andere workshop. Dat kan alleen als er in die workshop nog plek is. De deelnemer krijgt een e-mail met de nieuwe
        keuze.
      </p>
      {rounds.map((round) => (
        <MoveWorkshopForm key={round.number} round={round} action={actions} />
      ))}
    </Box>
  );
}

export function DeclineForm({ action, maxLength }: { action: Action; maxLength: number }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors?.reason;
  const typed = state.values?.reason;
  return (
    <Box title="Afwijzen">
      <form action={formAction} className="space-y-3">
        <Notice state={state} />
        {state.status !== "success" && (
          <>
            <div>
              <label htmlFor={fieldId("reason")} className="block font-semibold">
                Toelichting in de e-mail <span className="font-normal text-stone-600">(niet verplicht)</span>
              </label>
              <textarea
                id={fieldId("reason")}
                name="reason"
                rows={3}
                maxLength={maxLength}
                defaultValue={typeof typed === "string" ? typed : ""}
                aria-invalid={errors?.length ? true : undefined}
                aria-describedby={describedBy("reason", errors)}
                className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
              />
              <FieldError name="reason" errors={errors} />
            </div>
            <button type="submit" disabled={pending} className={danger}>
              {pending ? "Bezig…" : "Afwijzen"}
            </button>
          </>
        )}
      </form>
    </Box>
  );
}

export function CancelByOrganiserForm({ name, action }: { name: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors?.confirm;
  return (
    <Box title="Annuleren">
      <form action={formAction} className="space-y-3">
        <Notice state={state} />
        {state.status !== "success" && (
          <>
            <p>
              De plek komt vrij en gaat meteen naar de eerste op de wachtlijst. {name} krijgt een e-mail dat de aanmelding is geannuleerd.
            </p>
            <div>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  id={fieldId("confirm")}
                  name="confirm"
                  aria-invalid={errors?.length ? true : undefined}
                  aria-describedby={describedBy("confirm", errors)}
                  className="h-4 w-4 shrink-0 accent-red-800"
                />
                Ja, annuleer de aanmelding van {name}
              </label>
              <FieldError name="confirm" errors={errors} />
            </div>
            <button type="submit" disabled={pending} className={danger}>
              {pending ? "Bezig…" : "Aanmelding annuleren"}
            </button>
          </>
        )}
      </form>
    </Box>
  );
}
