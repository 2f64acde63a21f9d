"use client";

import { useActionState } from "react";
import { FieldError, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function CancelForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <Notice state={state} />
      <label className="flex items-start gap-2">
        <input type="checkbox" id={fieldId("confirm")} name="confirm" aria-describedby={describedBy("confirm", state.fieldErrors?.confirm)} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
        <span>Ja, ik wil mijn aanmelding annuleren. Mijn plek gaat naar iemand anders.</span>
      </label>
      <FieldError name="confirm" errors={state.fieldErrors?.confirm} />
      <button type="submit" disabled={pending} className="rounded border border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70">
        {pending ? "Bezig…" : "Aanmelding annuleren"}
      </button>
    </form>
  );
}
