"use client";

import { useActionState } from "react";
import { CheckboxField, SelectField } from "@/components/forms/choice-fields";
import { TextField } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import { MAX_QUESTION_LABEL, evaluationKindLabels, type EvaluationQuestionDef } from "@/lib/evaluation/rules";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

const secondary = "rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60";
const primary = "rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

/** One question: its text and whether it is required, with buttons to save, move and delete (also without JavaScript). */
export function QuestionRowForm({ question, first, last, action }: { question: EvaluationQuestionDef; first: boolean; last: boolean; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const name = `label-${question.id}`;
  const typed = state.values?.label;
  return (
    <form action={formAction} className="space-y-3" aria-label={`Vraag: ${question.label}`}>
      <Notice state={state} targets={{ label: `veld-${name}` }} />
      <input type="hidden" name="questionId" value={question.id} />
      <p className="text-sm text-stone-600">{evaluationKindLabels[question.kind]}</p>
      <LabelledInput id={`veld-${name}`} label="Vraag" defaultValue={typeof typed === "string" ? typed : question.label} errors={state.fieldErrors?.label} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="required" defaultChecked={question.required} className="h-4 w-4 accent-brand-700" />
        <span>Verplicht</span>
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} className={primary}>
          Opslaan
        </button>
        {!first && (
          <button type="submit" name="intent" value="up" disabled={pending} className={secondary}>
            Omhoog
          </button>
        )}
        {!last && (
          <button type="submit" name="intent" value="down" disabled={pending} className={secondary}>
            Omlaag
          </button>
        )}
        <button type="submit" name="intent" value="delete" disabled={pending} className="rounded border border-red-700 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">
          Verwijderen
        </button>
      </div>
    </form>
  );
}

function LabelledInput({ id, label, defaultValue, errors }: { id: string; label: string; defaultValue: string; errors?: string[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name="label"
        defaultValue={defaultValue}
        maxLength={MAX_QUESTION_LABEL}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-fout` : undefined}
        className={`mt-1 w-full rounded border px-3 py-2 ${errors?.length ? "border-red-700" : "border-stone-400"}`}
      />
      {errors?.length ? (
        <p id={`${id}-fout`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function AddQuestionForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const typed = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <form action={formAction} className="space-y-4">
      <Notice state={state} />
      <input type="hidden" name="intent" value="add" />
      <SelectField
        name="kind"
        label="Soort vraag"
        defaultValue={typed("kind") ?? "grade_1_10"}
        options={Object.entries(evaluationKindLabels).map(([value, label]) => ({ value, label }))}
        errors={state.fieldErrors?.kind}
      />
      <TextField name="label" label="Vraag" required maxLength={MAX_QUESTION_LABEL} defaultValue={typed("label")} errors={state.fieldErrors?.label} />
      <CheckboxField name="required" label="Verplicht" defaultChecked={typed("required") === "on"} />
      <button type="submit" disabled={pending} className={primary}>
        Vraag toevoegen
      </button>
    </form>
  );
}

export function AnonymityForm({ anonymous, action }: { anonymous: boolean; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <Notice state={state} />
      <CheckboxField
        name="anonymous"
        label="Antwoorden anoniem in de resultaten"
        defaultChecked={anonymous}
        hint="De resultaten en de CSV tonen dan geen namen, e-mailadressen of tijden. Zijn er al anonieme antwoorden, dan blijft dat zo."
        errors={state.fieldErrors?.anonymous}
      />
      <button type="submit" disabled={pending} className={secondary}>
        Opslaan
      </button>
    </form>
  );
}
