import { CheckboxField, SelectField } from "@/components/forms/choice-fields";
import { EVENT_LIMITS, eventFieldLabels as label } from "@/lib/event-editor/schema";
import { FormSection } from "./FormSection";
import { RowList, type EventFields } from "./kit";

// The event form's extra questions on the registration form, and the note shown with a cancelled or
// postponed event.

export function QuestionsSection({ fields }: { fields: EventFields }) {
  const { text, value, checked, errors } = fields;
  return (
    <FormSection id="vragen" title={label.questions} help="Extra vragen die deelnemers beantwoorden bij het aanmelden.">
      <RowList
        fields={fields}
        path="questions"
        noun="Vraag"
        addLabel="Vraag toevoegen"
        empty="Geen extra vragen."
        render={(prefix) => (
          <>
            <input type="hidden" name={`${prefix}.id`} value={value(`${prefix}.id`) ?? ""} />
            {text(`${prefix}.label`, "Vraag", { required: true })}
            {text(`${prefix}.help`, "Uitleg bij de vraag")}
            <SelectField
              name={`${prefix}.kind`}
              label="Soort antwoord"
              defaultValue={value(`${prefix}.kind`)}
              errors={errors[`${prefix}.kind`]}
              options={[
                { value: "short_text", label: "Kort tekstantwoord" },
                { value: "long_text", label: "Lang tekstantwoord" },
                { value: "choice", label: "Keuze uit een lijst" },
              ]}
            />
            {text(`${prefix}.options`, "Keuzes", { multiline: true, maxLength: undefined, hint: "Alleen bij 'keuze uit een lijst': één keuze per regel." })}
            <CheckboxField name={`${prefix}.required`} label="Verplicht te beantwoorden" defaultChecked={checked(`${prefix}.required`)} />
          </>
        )}
      />
    </FormSection>
  );
}

export function StatusNoteSection({ fields: { text } }: { fields: EventFields }) {
  return (
    <FormSection id="status" title="Toelichting bij de status" help="Bij een geannuleerd of verplaatst evenement staat deze tekst bovenaan de pagina.">
      {text("statusNote", label.statusNote, { multiline: true, maxLength: EVENT_LIMITS.note })}
    </FormSection>
  );
}
