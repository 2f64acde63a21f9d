import type { z } from "zod";

// The one answer shape of every form's server action: a message, errors per field, and what was typed,
// so a form re-renders with the visitor's input and the errors next to the fields (also without JavaScript).

export type FormValues = Record<string, string | string[]>;

export type ActionState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: FormValues;
};

export const idleState: ActionState = { status: "idle" };

export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = values[key];
    values[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}

export type FieldErrors = Partial<Record<string, string[]>>;

/** Turns zod's issues into messages per field, keyed like the form's fields ("workshops.1", "answers.4"). */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
