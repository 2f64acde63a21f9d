import { describedBy, FieldError, fieldId, TextField } from "@/components/forms/fields";
import type { RegistrationFormEvent } from "@/lib/registration/form-model";

/** The organiser's own questions on the registration form: text fields and choices, errors keyed answers.<id>. */
export function QuestionFields({
  questions,
  value,
  errors,
}: {
  questions: RegistrationFormEvent["questions"];
  value: (name: string) => string | undefined;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-xl font-semibold">Vragen van de organisatie</legend>
      {questions.map((question) => {
        const name = `answer-${question.id}`;
        const questionErrors = errors[`answers.${question.id}`];
        if (question.kind !== "choice") {
          return (
            <div key={question.id}>
              <TextField
                name={name}
                label={question.label}
                required={question.required}
                multiline={question.kind === "long_text"}
                defaultValue={value(name)}
                errors={questionErrors}
                hint={question.help ?? undefined}
                maxLength={2000}
              />
            </div>
          );
        }
        return (
          <div key={question.id}>
            <label htmlFor={fieldId(name)} className="block font-semibold">
              {question.label}
              {!question.required && <span className="font-normal text-stone-600"> (niet verplicht)</span>}
            </label>
            {question.help && (
              <p id={`${fieldId(`answers.${question.id}`)}-hint`} className="text-sm text-stone-600">
                {question.help}
              </p>
            )}
            <select
              key={value(name) ?? ""}
              id={fieldId(name)}
              name={name}
              defaultValue={value(name) ?? ""}
              aria-invalid={questionErrors ? true : undefined}
              aria-describedby={describedBy(`answers.${question.id}`, questionErrors, Boolean(question.help))}
              className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
            >
              <option value="">Maak een keuze</option>
              {question.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
            <FieldError name={`answers.${question.id}`} errors={questionErrors} />
          </div>
        );
      })}
    </fieldset>
  );
}
