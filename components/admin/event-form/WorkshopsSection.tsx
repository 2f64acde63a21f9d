import { CheckboxField, SelectField } from "@/components/forms/choice-fields";
import { EVENT_LIMITS, eventFieldLabels as label } from "@/lib/event-editor/schema";
import { FormSection } from "./FormSection";
import { Grid, RowList, type EventFields } from "./kit";

// The event form's rounds, each with its own list of workshops (or activities). Hidden ids tie a row to the
// stored round or workshop, so registrations keep their choice when rows move.

export function WorkshopsSection({ fields }: { fields: EventFields }) {
  const { text, when, value, errors } = fields;
  return (
    <FormSection id="workshops" title={label.rounds} help="Per ronde kiest een deelnemer één workshop. Laat de capaciteit leeg als er geen limiet is.">
      <RowList
        fields={fields}
        path="rounds"
        noun="Ronde"
        addLabel="Ronde toevoegen"
        empty="Geen workshoprondes."
        render={(prefix, roundIndex) => (
          <>
            <input type="hidden" name={`${prefix}.id`} value={value(`${prefix}.id`) ?? ""} />
            <Grid>
              {text(`${prefix}.title`, "Naam van de ronde")}
              <SelectField
                name={`${prefix}.kind`}
                label="Wat kiezen deelnemers in deze ronde"
                defaultValue={value(`${prefix}.kind`) ?? "workshops"}
                errors={errors[`${prefix}.kind`]}
                options={[
                  { value: "workshops", label: "Een workshop" },
                  { value: "activities", label: "Een activiteit (speeddates, wandeling, posters)" },
                ]}
              />
            </Grid>
            <Grid>
              {when(`${prefix}.startsAt`, "Begint om", true)}
              {when(`${prefix}.endsAt`, "Eindigt om", true)}
            </Grid>
            <div className="space-y-3 border-l-4 border-brand-100 pl-3">
              <h3 className="font-semibold">Workshops in ronde {roundIndex + 1}</h3>
              <RowList
                fields={fields}
                path={`${prefix}.workshops`}
                noun="Workshop"
                addLabel={`Workshop toevoegen aan ronde ${roundIndex + 1}`}
                empty="Nog geen workshops in deze ronde."
                render={(workshop) => <WorkshopFields fields={fields} prefix={workshop} />}
              />
            </div>
          </>
        )}
      />
    </FormSection>
  );
}

function WorkshopFields({ fields: { text, value, checked }, prefix }: { fields: EventFields; prefix: string }) {
  return (
    <>
      <input type="hidden" name={`${prefix}.id`} value={value(`${prefix}.id`) ?? ""} />
      {text(`${prefix}.title`, "Titel", { required: true })}
      {text(`${prefix}.description`, "Beschrijving", { multiline: true, maxLength: EVENT_LIMITS.note })}
      <Grid>
        {text(`${prefix}.hosts`, "Door")}
        {text(`${prefix}.room`, "Zaal")}
        {text(`${prefix}.capacity`, "Capaciteit", { maxLength: 6 })}
      </Grid>
      <CheckboxField name={`${prefix}.onSiteOnly`} label="Alleen voor wie op locatie is" defaultChecked={checked(`${prefix}.onSiteOnly`)} hint="Online deelnemers kunnen deze niet kiezen, bijvoorbeeld een wandeling." />
    </>
  );
}
