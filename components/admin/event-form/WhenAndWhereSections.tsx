import { CheckboxField, RadioField } from "@/components/forms/choice-fields";
import { EVENT_LIMITS, eventFieldLabels as label } from "@/lib/event-editor/schema";
import { FormSection } from "./FormSection";
import { Grid, type EventFields } from "./kit";

// The event form's date and time, and where it takes place: the mode, the venue (or "not yet known") and
// the online details.

export function WhenSection({ fields: { when } }: { fields: EventFields }) {
  return (
    <FormSection id="wanneer" title="Datum en tijd" help="Alle tijden in Nederlandse tijd.">
      <Grid>
        {when("startsAt", label.startsAt, true)}
        {when("endsAt", label.endsAt, true)}
      </Grid>
    </FormSection>
  );
}

export function WhereSection({ fields }: { fields: EventFields }) {
  const { text, value, checked, errors } = fields;
  return (
    <FormSection id="waar" title="Waar" help="Op locatie, online of allebei (hybride).">
      <RadioField
        name="attendanceMode"
        legend={label.attendanceMode}
        defaultValue={value("attendanceMode")}
        errors={errors.attendanceMode}
        options={[
          { value: "physical", label: "Op locatie" },
          { value: "online", label: "Online" },
          { value: "hybrid", label: "Hybride (op locatie en online)" },
        ]}
      />
      <h3 className="text-lg font-semibold">Locatie</h3>
      <CheckboxField name="venueUnknown" label="Locatie nog niet bekend" defaultChecked={checked("venueUnknown")} hint="De plaats mag je al invullen. Wordt de locatie later bekend, dan krijgen alle aangemelden automatisch een mail." />
      {text("venueName", label.venueName, { errors: errors.venueName })}
      <Grid>
        {text("venueAddress", label.venueAddress)}
        {text("venuePostcode", label.venuePostcode, { maxLength: 20 })}
        {text("venueCity", label.venueCity, { maxLength: 100 })}
      </Grid>
      {text("venueRouteNotes", label.venueRouteNotes, { multiline: true, maxLength: EVENT_LIMITS.note })}
      <h3 className="text-lg font-semibold">Online</h3>
      <Grid>
        {text("onlinePlatform", label.onlinePlatform, { maxLength: 100, hint: "Bijvoorbeeld Teams of Zoom." })}
        {text("onlineJoinUrl", label.onlineJoinUrl, { type: "url", maxLength: 1000, hint: "Alleen bevestigde online deelnemers krijgen deze link." })}
      </Grid>
      {text("onlineJoinDetails", label.onlineJoinDetails, { multiline: true, maxLength: EVENT_LIMITS.note })}
    </FormSection>
  );
}
