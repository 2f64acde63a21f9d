import type { ReactNode } from "react";
import { FieldError, TextField } from "@/components/forms/fields";
import { rowCount } from "@/lib/event-editor/form-values";
import { EVENT_LIMITS } from "@/lib/event-editor/schema";
import type { ActionState, FormValues } from "@/lib/forms/action-state";

// What every section of the event form shares: its fields read from the values the form re-renders with,
// and the lists whose rows are added, removed and moved by submit buttons (so without JavaScript too).

type TextOptions = Partial<Parameters<typeof TextField>[0]>;

export type EventFields = {
  errors: NonNullable<ActionState["fieldErrors"]>;
  value: (name: string) => string | undefined;
  checked: (name: string) => boolean;
  rowCount: (path: string) => number;
  text: (name: string, label: string, options?: TextOptions) => ReactNode;
  /** A date and time (datetime-local) in Amsterdam time. */
  when: (name: string, label: string, required?: boolean) => ReactNode;
};

export function eventFields(values: FormValues, errors: EventFields["errors"]): EventFields {
  const value = (name: string) => {
    const raw = values[name];
    return Array.isArray(raw) ? raw.at(-1) : raw;
  };
  const text = (name: string, label: string, options: TextOptions = {}) => (
    <TextField name={name} label={label} defaultValue={value(name) ?? ""} errors={errors[name]} maxLength={EVENT_LIMITS.line} {...options} />
  );
  return {
    errors,
    value,
    checked: (name) => value(name) === "on" || value(name) === "true",
    rowCount: (path) => rowCount(values, path),
    text,
    when: (name, label, required = false) => text(name, label, { type: "datetime-local", required, maxLength: undefined }),
  };
}

export const buttonBase = "rounded border px-3 py-1.5 text-sm font-medium";
export const secondaryButton = `${buttonBase} border-stone-400 bg-white hover:bg-stone-100`;

export function Grid({ children }: { children: ReactNode }) {
  return <div className="grid gap-4 sm:grid-cols-2">{children}</div>;
}

type RowListProps = {
  fields: EventFields;
  path: string;
  noun: string;
  addLabel: string;
  empty: string;
  render: (prefix: string, index: number) => ReactNode;
};

/** A list of rows, each a fieldset with its up, down and remove buttons, and an add button below. */
export function RowList({ fields, path, noun, addLabel, empty, render }: RowListProps) {
  const count = fields.rowCount(path);
  return (
    <div className="space-y-3">
      {count === 0 && <p className="text-stone-600">{empty}</p>}
      {Array.from({ length: count }, (_, index) => (
        <fieldset key={index} className="space-y-3 rounded border border-stone-300 bg-stone-50 p-3">
          <legend className="px-1 font-semibold">
            {noun} {index + 1}
          </legend>
          {render(`${path}.${index}`, index)}
          <RowButtons path={path} index={index} count={count} what={`${noun.toLowerCase()} ${index + 1}`} />
        </fieldset>
      ))}
      <FieldError name={path} errors={fields.errors[path]} />
      <button type="submit" name="intent" value={`add:${path}`} formNoValidate className={`${buttonBase} border-brand-700 bg-white text-brand-800 hover:bg-brand-50`}>
        + {addLabel}
      </button>
    </div>
  );
}

function RowButtons({ path, index, count, what }: { path: string; index: number; count: number; what: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" name="intent" value={`up:${path}.${index}`} formNoValidate disabled={index === 0} className={`${secondaryButton} disabled:opacity-40`}>
        Omhoog<span className="sr-only"> ({what})</span>
      </button>
      <button type="submit" name="intent" value={`down:${path}.${index}`} formNoValidate disabled={index === count - 1} className={`${secondaryButton} disabled:opacity-40`}>
        Omlaag<span className="sr-only"> ({what})</span>
      </button>
      <button type="submit" name="intent" value={`remove:${path}.${index}`} formNoValidate className={`${buttonBase} border-red-300 bg-white text-red-800 hover:bg-red-50`}>
        Verwijderen<span className="sr-only"> ({what})</span>
      </button>
    </div>
  );
}
