"use client";

import { useActionState } from "react";
import { DefaultSubmit } from "@/components/forms/DefaultSubmit";
import { Notice } from "@/components/forms/Notice";
import { ParticipantRows } from "@/components/registration/ParticipantRows";
import { idleState, type ActionState, type FormValues } from "@/lib/forms/action-state";

/** The manage page's form for a team's participants: add, edit, remove (at least one stays). Its section heading names it. */
export function TeamParticipantsForm({
  current,
  action,
}: {
  current: FormValues;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <DefaultSubmit label="Deelnemers opslaan" />
      <Notice state={state} />
      <ParticipantRows values={state.values ?? current} errors={state.fieldErrors ?? {}} legendHidden />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
        >
          {pending ? "Bezig…" : "Deelnemers opslaan"}
        </button>
      </div>
    </form>
  );
}
