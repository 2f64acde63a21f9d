"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function SignInForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const typed = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <Notice state={state} />
      <TextField name="email" label="E-mailadres" type="email" autoComplete="username" required defaultValue={typed("email")} errors={errors.email} />
      {/* The password is never sent back: after an error it is typed again. */}
      <TextField name="password" label="Wachtwoord" type="password" autoComplete="current-password" required errors={errors.password} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
