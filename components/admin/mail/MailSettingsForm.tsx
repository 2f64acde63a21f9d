"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function MailSettingsForm({ action, reminderDays, selfServiceHours }: { action: Action; reminderDays: number[]; selfServiceHours: number | null }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => (state.status === "error" && typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <Notice state={state} />
      <TextField
        name="reminderDays"
        label="Herinneringen, in dagen vooraf"
        defaultValue={value("reminderDays") ?? reminderDays.join(", ")}
        errors={errors.reminderDays}
        hint="Bijvoorbeeld 7, 1 voor een week en een dag vooraf. Leeg: geen herinneringen. Iedereen krijgt elke herinnering hooguit één keer."
      />
      <TextField
        name="selfServiceHours"
        label="Zelf wijzigen of annuleren kan tot zoveel uur vooraf"
        type="number"
        defaultValue={value("selfServiceHours") ?? (selfServiceHours === null ? "" : String(selfServiceHours))}
        errors={errors.selfServiceHours}
        hint="Bijvoorbeeld 48. Leeg: tot de start. Daarna zegt de pagina van de aanmelding bij wie men terecht kan."
      />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Instellingen opslaan
      </button>
    </form>
  );
}
