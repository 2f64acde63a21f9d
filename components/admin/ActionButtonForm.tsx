"use client";

import { useActionState, type ReactNode } from "react";
import { Notice } from "@/components/forms/Notice";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** One button that runs one server action, with its answer shown above it; `children` adds fields. */
export function ActionButtonForm({ action, label, children, tone = "primary" }: { action: Action; label: string; children?: ReactNode; tone?: "primary" | "secondary" | "danger" }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const colours = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
    danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  }[tone];
  return (
    <form action={formAction} className="space-y-2">
      <Notice state={state} />
      <div className="flex flex-wrap items-end gap-2">
        {children}
        <button type="submit" disabled={pending} className={`rounded px-3 py-1.5 font-semibold disabled:opacity-60 ${colours}`}>
          {pending ? "Bezig…" : label}
        </button>
      </div>
    </form>
  );
}
