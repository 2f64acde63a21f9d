import type { ReactNode } from "react";
import { describedBy, FieldError, fieldId } from "@/components/forms/fields";

// The choice controls beside TextField (fields.tsx): a select, a checkbox and a group of radio buttons, each
// with a visible label, a hint and its error tied to it.

export function SelectField({ name, label, options, defaultValue, errors, hint }: { name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string; errors?: string[]; hint?: ReactNode }) {
  const id = fieldId(name);
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {/* React applies a select's defaultValue only when it mounts, and resets the form to it after an action:
          keyed by it, the select remounts with what the last answer gave back instead of snapping to the first. */}
      <select
        key={defaultValue}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, Boolean(hint))}
        className={`mt-1 w-full rounded border bg-white px-3 py-2 ${errors?.length ? "border-red-700" : "border-stone-400"}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function CheckboxField({ name, label, defaultChecked, hint, errors }: { name: string; label: string; defaultChecked?: boolean; hint?: ReactNode; errors?: string[] }) {
  const id = fieldId(name);
  return (
    <div>
      <label htmlFor={id} className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-describedby={describedBy(name, errors, Boolean(hint))}
          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
        />
        <span className="font-semibold">{label}</span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="ml-6 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function RadioField({ name, legend, options, defaultValue, errors }: { name: string; legend: string; options: { value: string; label: string }[]; defaultValue?: string; errors?: string[] }) {
  return (
    <fieldset aria-describedby={describedBy(name, errors)}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="radio" id={index === 0 ? fieldId(name) : undefined} name={name} value={option.value} defaultChecked={defaultValue === option.value} className="h-4 w-4 shrink-0 accent-brand-700" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}
