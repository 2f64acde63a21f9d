import type { ReactNode } from "react";
import { fieldId } from "@/lib/forms/error-summary";

// Small form building blocks with visible labels, errors tied to their field (aria-describedby), and the
// value the visitor typed kept after an error.

export { fieldId };

export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${fieldId(name)}-fout`} className="mt-1 text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}

export function describedBy(name: string, errors: string[] | undefined, hint?: boolean): string | undefined {
  const ids = [errors?.length ? `${fieldId(name)}-fout` : null, hint ? `${fieldId(name)}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField({
  name,
  label,
  type = "text",
  required,
  autoComplete,
  defaultValue,
  errors,
  hint,
  multiline,
  rows = 4,
  maxLength,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url" | "tel" | "number" | "date" | "time" | "datetime-local";
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: ReactNode;
  multiline?: boolean;
  /** A multi-line field's height in lines. */
  rows?: number;
  maxLength?: number;
}) {
  const id = fieldId(name);
  const common = {
    id,
    name,
    required,
    defaultValue,
    maxLength,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(name, errors, Boolean(hint)),
    className: `mt-1 w-full rounded border px-3 py-2 ${errors?.length ? "border-red-700" : "border-stone-400"}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {!required && <span className="font-normal text-stone-600"> (niet verplicht)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} autoComplete={autoComplete} {...common} />}
      <FieldError name={name} errors={errors} />
    </div>
  );
}
