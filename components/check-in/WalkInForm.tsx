"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

// Someone at the door who did not register: added on the spot (over capacity only when ticked) and checked in.

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; room: string };

export function WalkInForm({ action, room }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const typed = (name: string) => (state.status === "error" && typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <details open={state.status === "error"} className="rounded border border-stone-300 bg-white p-3">
      <summary className="cursor-pointer text-lg font-semibold">Iemand ter plekke aanmelden</summary>
      <form action={formAction} className="mt-3 space-y-3" noValidate>
        <Notice state={state} />
        <input type="hidden" name="room" value={room} />
        <TextField name="name" label="Naam" required defaultValue={typed("name")} errors={errors.name} />
        <TextField name="email" label="E-mailadres" type="email" required defaultValue={typed("email")} errors={errors.email} />
        <TextField name="organisation" label="Organisatie" defaultValue={typed("organisation")} errors={errors.organisation} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="overCapacity" defaultChecked={typed("overCapacity") === "on"} className="h-5 w-5" />
          Ook als het vol is
        </label>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? "Bezig…" : "Aanmelden en inchecken"}
        </button>
      </form>
    </details>
  );
}
