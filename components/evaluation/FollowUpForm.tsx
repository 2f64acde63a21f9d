"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/forms/choice-fields";
import { TextField } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

/** Whether the after-event mail goes out, and when, as a datetime-local field in Amsterdam time; empty means the default. */
export function FollowUpForm({
  value,
  enabled,
  defaultLabel,
  action,
}: {
  value: string;
  enabled: boolean;
  defaultLabel: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const typed = state.values?.followUpAt;
  // After an answer, what was sent; an unticked box sends nothing.
  const checked = state.values ? state.values.followUpEnabled === "on" : enabled;
  return (
    <form action={formAction} className="space-y-3">
      <Notice state={state} />
      <CheckboxField name="followUpEnabled" label="Mail na afloop versturen" defaultChecked={checked} />
      <TextField
        name="followUpAt"
        label="Versturen op"
        type="datetime-local"
        defaultValue={typeof typed === "string" ? typed : value}
        errors={state.fieldErrors?.followUpAt}
        hint={`Leeg laten: ${defaultLabel}.`}
      />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 bg-white px-3 py-1.5 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60">
        Opslaan
      </button>
    </form>
  );
}
