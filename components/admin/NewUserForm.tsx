"use client";

import { useActionState } from "react";
import { FieldError, TextField, describedBy, fieldId } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { ADMIN_ROLE_DESCRIPTIONS, ADMIN_ROLES } from "@/lib/auth/roles";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function NewUserForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  // After success the form starts empty again; after an error it keeps what was typed (but the password).
  const typed = (name: string) => (state.status === "error" && typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <Notice state={state} />
      <TextField name="name" label="Naam" required defaultValue={typed("name")} errors={errors.name} />
      <TextField name="email" label="E-mailadres" type="email" required defaultValue={typed("email")} errors={errors.email} />
      <div>
        <label htmlFor={fieldId("role")} className="block font-semibold">
          Rol
        </label>
        <select key={typed("role") ?? "redacteur"} id={fieldId("role")} name="role" defaultValue={typed("role") ?? "redacteur"} aria-describedby={describedBy("role", errors.role, true)} className="mt-1 w-full max-w-md rounded border border-stone-400 px-3 py-2">
          {ADMIN_ROLES.map((role) => (
            <option key={role} value={role}>
              {ADMIN_ROLE_DESCRIPTIONS[role]}
            </option>
          ))}
        </select>
        <p id={`${fieldId("role")}-hint`} className="text-sm text-stone-600">
          Een beheerder kan ook accounts aanmaken en verwijderen. Ontvangst ziet alleen de incheckpagina&apos;s van evenementen.
        </p>
        <FieldError name="role" errors={errors.role} />
      </div>
      <TextField name="password" label="Eerste wachtwoord" type="password" required errors={errors.password} hint="Minstens 10 tekens. Geef het op een veilige manier door." />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig…" : "Account aanmaken"}
      </button>
    </form>
  );
}
