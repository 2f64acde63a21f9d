import { CheckboxField } from "@/components/forms/choice-fields";
import { eventFieldLabels as label } from "@/lib/event-editor/schema";
import { FormSection } from "./FormSection";
import { Grid, type EventFields } from "./kit";

// The event form's registration settings: places per mode, the registration window, price and lunch, and
// the waitlist (and whether a freed place is offered first), intake, teams and questions switches, and how
// long the attendees' data is kept.

export function RegistrationSection({ fields }: { fields: EventFields }) {
  const { text, when, checked } = fields;
  return (
    <FormSection id="aanmelden" title="Aanmelden en plekken" help="Laat het aantal plekken leeg als er geen limiet is.">
      <Grid>
        {text("capacityPhysical", label.capacityPhysical, { maxLength: 6, hint: "Bij aanmelden per team: het aantal teams." })}
        {text("capacityOnline", label.capacityOnline, { maxLength: 6 })}
        {when("registrationOpensAt", label.registrationOpensAt)}
        {when("registrationClosesAt", label.registrationClosesAt)}
        {text("priceCents", "Prijs in euro", { maxLength: 10, hint: "0 betekent gratis." })}
      </Grid>
      <CheckboxField name="lunchProvided" label="Er is lunch (we vragen naar dieetwensen)" defaultChecked={checked("lunchProvided")} />
      <CheckboxField name="waitlistEnabled" label="Wachtlijst als het vol is" defaultChecked={checked("waitlistEnabled")} hint="Komt er een plek vrij, dan krijgt de eerste op de wachtlijst die automatisch. Zonder wachtlijst zien bezoekers bij vol: ‘Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk.’" />
      <CheckboxField
        name="waitlistOffers"
        label="Een vrijgekomen plek eerst aanbieden (voor kleine bijeenkomsten, zoals een leercafé)"
        defaultChecked={checked("waitlistOffers")}
        hint="Alleen met een wachtlijst. De eerste op de wachtlijst krijgt een mail en houdt de plek vast tot de termijn hieronder verloopt; daarna gaat het aanbod naar de volgende."
      />
      <Grid>
        {text("offerHours", label.offerHours, { maxLength: 3, hint: "Standaard 24 uur." })}
        {text("retentionMonths", label.retentionMonths, { maxLength: 3, hint: "Na afloop; leeg is de standaardtermijn van de privacyverklaring. Dieetwensen gaan direct na afloop weg." })}
      </Grid>
      <CheckboxField name="requiresApproval" label="Intake: aanmeldingen eerst goedkeuren" defaultChecked={checked("requiresApproval")} />
      <CheckboxField name="registersTeams" label="Aanmelden per team (leerkring)" defaultChecked={checked("registersTeams")} />
      <CheckboxField name="acceptsQuestions" label="Deelnemers kunnen vooraf een vraag insturen" defaultChecked={checked("acceptsQuestions")} />
    </FormSection>
  );
}
