"use client";

import { useActionState } from "react";
import { FieldError, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Props = {
  questionId: number;
  status: "pending" | "approved" | "hidden";
  chosenForPanel: boolean;
  /** Questions this one can be merged into: same event, not merged themselves. */
  mergeTargets: { id: number; label: string }[];
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
};

const button = "rounded border px-3 py-1.5 text-sm font-semibold disabled:opacity-70";

/** The organiser's buttons for one question; each posts the same form with its own intent (also without JavaScript). */
export function QuestionModerationForm({ questionId, status, chosenForPanel, mergeTargets, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const mergeField = `intoId-${questionId}`;
  const mergeErrors = state.fieldErrors?.intoId;
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <Notice state={state} targets={{ intoId: fieldId(mergeField) }} />
      <input type="hidden" name="questionId" value={questionId} />
      <div className="flex flex-wrap gap-2">
        {status !== "approved" && (
          <button type="submit" name="intent" value="approve" disabled={pending} className={`${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`}>
            Goedkeuren
          </button>
        )}
        {status !== "hidden" && (
          <button type="submit" name="intent" value="hide" disabled={pending} className={`${button} border-stone-400 bg-white text-stone-900 hover:bg-stone-100`}>
            Verbergen
          </button>
        )}
        <button type="submit" name="intent" value={chosenForPanel ? "panel_off" : "panel_on"} disabled={pending} className={`${button} border-sky-800 bg-white text-sky-900 hover:bg-sky-50`}>
          {chosenForPanel ? "Niet meer voor het panel" : "Kies voor het panel"}
        </button>
      </div>
      {mergeTargets.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={fieldId(mergeField)} className="block text-sm font-semibold">
              Samenvoegen met
            </label>
            <select
              id={fieldId(mergeField)}
              name="intoId"
              defaultValue=""
              aria-invalid={mergeErrors?.length ? true : undefined}
              aria-describedby={describedBy(mergeField, mergeErrors)}
              className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm"
            >
              <option value="">Kies een vraag</option>
              {mergeTargets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" name="intent" value="merge" disabled={pending} className={`${button} border-stone-400 bg-white text-stone-900 hover:bg-stone-100`}>
            Samenvoegen
          </button>
        </div>
      )}
      <FieldError name={mergeField} errors={mergeErrors} />
    </form>
  );
}
