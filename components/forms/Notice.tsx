import type { ActionState } from "@/lib/forms/action-state";

/** The message of a form's last answer: an alert for errors, a status line for success. */
export function Notice({ state }: { state: ActionState }) {
  if (state.status === "idle" || !state.message) return null;
  const colours = state.status === "success" ? "border-brand-600 bg-brand-50 text-brand-900" : "border-red-300 bg-red-50 text-red-900";
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={`rounded border p-3 ${colours}`}>
      {state.message}
    </p>
  );
}
