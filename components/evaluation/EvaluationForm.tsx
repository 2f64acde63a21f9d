"use client";

import { useActionState } from "react";
import { FieldError, TextField, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import { MAX_TEXT_ANSWER, answerField, type EvaluationQuestionDef } from "@/lib/evaluation/rules";

type Props = {
  questions: EvaluationQuestionDef[];
  workshops: { id: number; title: string; roundName: string }[];
  anonymous: boolean;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
};

const GRADES = Array.from({ length: 10 }, (_, index) => String(index + 1));

/** The evaluation: a row of 1-10 radio buttons per grade, a text box per open question (also without JavaScript). */
export function EvaluationForm({ questions, workshops, anonymous, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const value = (name: string) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : undefined;
  };
  const gradeField = (name: string, legend: string, required: boolean) => (
    <GradeField key={name} name={name} legend={legend} required={required} defaultValue={value(name)} errors={state.fieldErrors?.[name]} />
  );
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <Notice state={state} />
      <p className="text-stone-700">{anonymous ? "Je antwoorden zijn anoniem: de organisatie ziet niet wie wat heeft geantwoord." : "De organisatie ziet je naam bij je antwoorden."}</p>
      {questions.map((question) => {
        const name = answerField(question.id);
        if (question.kind === "grade_1_10") return gradeField(name, question.label, question.required);
        if (question.kind === "text")
          return <TextField key={name} name={name} label={question.label} required={question.required} multiline maxLength={MAX_TEXT_ANSWER} defaultValue={value(name)} errors={state.fieldErrors?.[name]} />;
        if (workshops.length === 0) return null;
        return (
          <div key={name} className="space-y-4">
            {workshops.map((workshop) => gradeField(answerField(question.id, workshop.id), `${question.label} ${workshop.roundName}: ${workshop.title}`, question.required))}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met versturen…" : "Verstuur je antwoorden"}
      </button>
    </form>
  );
}

function GradeField({ name, legend, required, defaultValue, errors }: { name: string; legend: string; required: boolean; defaultValue?: string; errors?: string[] }) {
  return (
    <fieldset aria-describedby={describedBy(name, errors, true)} className="min-w-0">
      <legend className="font-semibold">
        {legend}
        {!required && <span className="font-normal text-stone-600"> (niet verplicht)</span>}
      </legend>
      <p id={`${fieldId(name)}-hint`} className="text-sm text-stone-600">
        1 is heel slecht, 10 is uitstekend.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {GRADES.map((grade, index) => (
          <label key={grade} className="flex min-w-11 cursor-pointer items-center justify-center gap-1 rounded border border-stone-400 bg-white px-2 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input
              type="radio"
              id={index === 0 ? fieldId(name) : undefined}
              name={name}
              value={grade}
              defaultChecked={defaultValue === grade}
              className="h-4 w-4 accent-brand-700"
            />
            <span>{grade}</span>
          </label>
        ))}
      </div>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}
