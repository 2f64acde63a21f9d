import { describedBy, FieldError, fieldId, TextField } from "@/components/forms/fields";
import type { RegistrationFormEvent } from "@/lib/registration/form-model";

/** For an accredited event: the attendee's register and registration number, both optional. */
export function RegisterFields({
  registers,
  value,
  errors,
}: {
  registers: RegistrationFormEvent["registers"];
  value: (name: string) => string | undefined;
  errors: Record<string, string[] | undefined>;
}) {
  const id = fieldId("registerBody");
  return (
    <fieldset className="space-y-4">
      <legend className="text-xl font-semibold">Accreditatiepunten</legend>
      <p id={`${id}-hint`} className="text-stone-700">
        Deze bijeenkomst is geaccrediteerd. Wil je punten voor je register? Vul dan je register en registratienummer in; we geven je aanwezigheid na afloop door.
      </p>
      <div>
        <label htmlFor={id} className="block font-semibold">
          Register <span className="font-normal text-stone-600">(niet verplicht)</span>
        </label>
        {/* Keyed by what the last answer gave back: React resets a select to its first value after a form action. */}
        <select
          key={value("registerBody") ?? ""}
          id={id}
          name="registerBody"
          defaultValue={value("registerBody") ?? ""}
          aria-invalid={errors.registerBody?.length ? true : undefined}
          aria-describedby={describedBy("registerBody", errors.registerBody, true)}
          className={`mt-1 w-full max-w-md rounded border px-3 py-2 ${errors.registerBody?.length ? "border-red-700" : "border-stone-400"}`}
        >
          <option value="">Geen punten nodig</option>
          {registers.map((register) => (
            <option key={register.value} value={register.value}>
              {register.label}
            </option>
          ))}
        </select>
        <FieldError name="registerBody" errors={errors.registerBody} />
      </div>
      <TextField
        name="registerNumber"
        label="Registratienummer"
        defaultValue={value("registerNumber")}
        errors={errors.registerNumber}
        maxLength={40}
        hint={registers.map((register) => `${register.label}: ${register.hint}`).join(" ")}
      />
    </fieldset>
  );
}
