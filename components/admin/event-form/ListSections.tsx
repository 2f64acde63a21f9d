import { RadioField } from "@/components/forms/choice-fields";
import { EVENT_LIMITS, eventFieldLabels as label } from "@/lib/event-editor/schema";
import { FormSection } from "./FormSection";
import { Grid, RowList, type EventFields } from "./kit";

// The event form's plain lists: the day's programme, the meetings of a series, speakers and contact persons.

export function ProgrammeSection({ fields }: { fields: EventFields }) {
  const { text, when } = fields;
  return (
    <FormSection id="programma" title={label.programme} help="Het dagprogramma, in volgorde. Tijden mag je leeg laten.">
      <RowList
        fields={fields}
        path="programme"
        noun="Onderdeel"
        addLabel="Onderdeel toevoegen"
        empty="Nog geen programma."
        render={(prefix) => (
          <>
            {text(`${prefix}.title`, "Wat", { required: true })}
            <Grid>
              {when(`${prefix}.startsAt`, "Begint om")}
              {when(`${prefix}.endsAt`, "Eindigt om")}
            </Grid>
            {text(`${prefix}.description`, "Toelichting", { multiline: true, maxLength: EVENT_LIMITS.note })}
          </>
        )}
      />
    </FormSection>
  );
}

export function MeetingsSection({ fields }: { fields: EventFields }) {
  const { text, when, value, errors } = fields;
  return (
    <FormSection id="reeks" title={label.meetings} help="Alleen voor een reeks, zoals een leerkring.">
      <RowList
        fields={fields}
        path="meetings"
        noun="Bijeenkomst"
        addLabel="Bijeenkomst toevoegen"
        empty="Geen reeks."
        render={(prefix) => (
          <>
            {text(`${prefix}.title`, "Titel")}
            <Grid>
              {when(`${prefix}.startsAt`, "Begint op", true)}
              {when(`${prefix}.endsAt`, "Eindigt op", true)}
            </Grid>
            <RadioField
              name={`${prefix}.mode`}
              legend="Vorm"
              defaultValue={value(`${prefix}.mode`)}
              errors={errors[`${prefix}.mode`]}
              options={[
                { value: "physical", label: "Op locatie" },
                { value: "online", label: "Online" },
              ]}
            />
            {text(`${prefix}.place`, "Plaats of platform")}
          </>
        )}
      />
    </FormSection>
  );
}

export function SpeakersSection({ fields }: { fields: EventFields }) {
  const { text } = fields;
  return (
    <FormSection id="sprekers" title={label.speakers}>
      <RowList
        fields={fields}
        path="speakers"
        noun="Spreker"
        addLabel="Spreker toevoegen"
        empty="Nog geen sprekers."
        render={(prefix) => (
          <Grid>
            {text(`${prefix}.name`, "Naam", { required: true })}
            {text(`${prefix}.description`, "Functie of toelichting")}
          </Grid>
        )}
      />
    </FormSection>
  );
}

export function ContactSection({ fields }: { fields: EventFields }) {
  const { text } = fields;
  return (
    <FormSection id="contact" title={label.contactPersons}>
      <RowList
        fields={fields}
        path="contactPersons"
        noun="Contactpersoon"
        addLabel="Contactpersoon toevoegen"
        empty="Nog geen contactpersonen."
        render={(prefix) => (
          <Grid>
            {text(`${prefix}.name`, "Naam", { required: true })}
            {text(`${prefix}.role`, "Rol")}
            {text(`${prefix}.email`, "E-mailadres", { type: "email", maxLength: 254 })}
            {text(`${prefix}.phone`, "Telefoon", { type: "tel", maxLength: 50 })}
          </Grid>
        )}
      />
    </FormSection>
  );
}
