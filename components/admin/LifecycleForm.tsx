"use client";

import { useActionState, type ReactNode } from "react";
import { CheckboxField } from "@/components/forms/choice-fields";
import { TextField } from "@/components/forms/fields";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

// One lifecycle step on an event's admin page (publish, cancel, duplicate, delete): a small form with its
// own fields, a confirmation checkbox where the step cannot be undone, and the answer shown above it.

type Field = { kind: "text" | "date" | "multiline"; name: string; label: string; hint?: string; defaultValue?: string } | { kind: "confirm"; name: string; label: string };

export function LifecycleForm({
  action,
  submitLabel,
  fields = [],
  danger,
  children,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  submitLabel: string;
  fields?: Field[];
  danger?: boolean;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const typed = (name: string) => {
    const raw = state.values?.[name];
    return Array.isArray(raw) ? raw.at(-1) : raw;
  };
  return (
    <form action={formAction} noValidate className="space-y-3">
      <Notice state={state} />
      {children}
      {fields.map((field) =>
        field.kind === "confirm" ? (
          <CheckboxField key={field.name} name={field.name} label={field.label} errors={errors[field.name]} />
        ) : (
          <TextField
            key={field.name}
            name={field.name}
            label={field.label}
            required
            type={field.kind === "date" ? "date" : "text"}
            multiline={field.kind === "multiline"}
            hint={field.hint}
            defaultValue={typed(field.name) ?? field.defaultValue}
            errors={errors[field.name]}
          />
        ),
      )}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold ${danger ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-700 text-white hover:bg-brand-800"} disabled:opacity-60`}
      >
        {submitLabel}
      </button>
    </form>
  );
}
