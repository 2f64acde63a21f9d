"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { CheckboxField, FormSection, RadioField, SelectField } from "@/components/admin/form-controls";
import { SummaryFocus } from "@/components/forms/ErrorSummary";
import { FieldError, fieldId, TextField } from "@/components/forms/fields";
import { Markdown } from "@/components/Markdown";
import { EVENT_LIMITS, eventFieldLabels as label, rowCount, type EventFormState } from "@/lib/event-editor/form";
import { EVENT_FORMATS, formatLabels } from "@/lib/events/formats";
import type { FormValues } from "@/lib/forms/action-state";

// The organisers' form for every field of an event. Row buttons (add, remove, up, down) and the Markdown
// preview are submit buttons handled by the same server action, so all of it works without JavaScript;
// with JavaScript, React runs the action without a page load. Nothing typed is lost: the action answers
// with the values it received, and the fields re-render from them.

type Props = {
  action: (state: EventFormState, form: FormData) => Promise<EventFormState>;
  initialValues: FormValues;
  /** Set when editing: the page to open the newest version after a conflict. */
  editHref?: string;
  cancelHref: string;
  submitLabel: string;
};

const sections: [id: string, title: string][] = [
  ["basis", "Wat voor bijeenkomst"],
  ["wanneer", "Datum en tijd"],
  ["waar", "Waar"],
  ["aanmelden", "Aanmelden en plekken"],
  ["programma", "Programma"],
  ["workshops", "Workshops"],
  ["reeks", "Reeks"],
  ["sprekers", "Sprekers"],
  ["contact", "Contact"],
  ["vragen", "Vragen"],
  ["status", "Status"],
];

const buttonBase = "rounded border px-3 py-1.5 text-sm font-medium";
const secondary = `${buttonBase} border-stone-400 bg-white hover:bg-stone-100`;

export function EventForm({ action, initialValues, editHref, cancelHref, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as EventFormState);
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => {
    const raw = values[name];
    return Array.isArray(raw) ? raw.at(-1) : raw;
  };
  const text = (name: string, fieldLabel: string, options: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={fieldLabel} defaultValue={value(name) ?? ""} errors={errors[name]} maxLength={EVENT_LIMITS.line} {...options} />
  );
  const when = (name: string, fieldLabel: string, required = false) => text(name, fieldLabel, { type: "datetime-local", required, maxLength: undefined });
  const checked = (name: string) => value(name) === "on" || value(name) === "true";
  const errorEntries = Object.entries(errors).filter(([, messages]) => messages?.length);

  const rowButtons = (path: string, index: number, count: number, what: string) => (
    <div className="flex flex-wrap gap-2">
      <button type="submit" name="intent" value={`up:${path}.${index}`} formNoValidate disabled={index === 0} className={`${secondary} disabled:opacity-40`}>
        Omhoog<span className="sr-only"> ({what})</span>
      </button>
      <button type="submit" name="intent" value={`down:${path}.${index}`} formNoValidate disabled={index === count - 1} className={`${secondary} disabled:opacity-40`}>
        Omlaag<span className="sr-only"> ({what})</span>
      </button>
      <button type="submit" name="intent" value={`remove:${path}.${index}`} formNoValidate className={`${buttonBase} border-red-300 bg-white text-red-800 hover:bg-red-50`}>
        Verwijderen<span className="sr-only"> ({what})</span>
      </button>
    </div>
  );
  const addButton = (path: string, addLabel: string) => (
    <button type="submit" name="intent" value={`add:${path}`} formNoValidate className={`${buttonBase} border-brand-700 bg-white text-brand-800 hover:bg-brand-50`}>
      + {addLabel}
    </button>
  );
  const list = (path: string, noun: string, addLabel: string, render: (prefix: string, index: number) => ReactNode, empty: string) => {
    const count = rowCount(values, path);
    return (
      <div className="space-y-3">
        {count === 0 && <p className="text-stone-600">{empty}</p>}
        {Array.from({ length: count }, (_, index) => (
          <fieldset key={index} className="space-y-3 rounded border border-stone-300 bg-stone-50 p-3">
            <legend className="px-1 font-semibold">
              {noun} {index + 1}
            </legend>
            {render(`${path}.${index}`, index)}
            {rowButtons(path, index, count, `${noun.toLowerCase()} ${index + 1}`)}
          </fieldset>
        ))}
        <FieldError name={path} errors={errors[path]} />
        {addButton(path, addLabel)}
      </div>
    );
  };
  const grid = (children: ReactNode) => <div className="grid gap-4 sm:grid-cols-2">{children}</div>;

  return (
    // Fields and sections scroll clear of the sticky save bar when an error link or the contents jump to them.
    <form action={formAction} noValidate className="space-y-6 [&_input]:scroll-mt-24 [&_h2]:scroll-mt-20 [&_select]:scroll-mt-24 [&_textarea]:scroll-mt-24">
      {/* First submit button in the form: Enter in a field saves, it does not move a row. */}
      <div className="sticky top-0 z-10 -mx-2 flex items-center justify-between gap-3 border-b border-stone-200 bg-stone-50 px-2 py-2">
        <p className="hidden text-sm text-stone-700 sm:block">{pending ? "Bezig met opslaan…" : "Vergeet niet op te slaan."}</p>
        <div className="ml-auto flex gap-2">
          <Link href={cancelHref} className={secondary}>
            Annuleren
          </Link>
          <button type="submit" name="intent" value="save" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
            {submitLabel}
          </button>
        </div>
      </div>

      <div key={state.revision ?? 0} className="space-y-6">
        {state.message && (
          <div role="alert" tabIndex={-1} autoFocus data-testid="form-message" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
            <SummaryFocus answer={state} />
            <p className="font-semibold">{state.message}</p>
            {state.conflict && editHref && (
              <p>
                <a href={editHref} target="_blank" rel="noopener" className="underline">
                  Open de nieuwste versie in een nieuw tabblad
                </a>
              </p>
            )}
            {errorEntries.length > 0 && (
              <ul className="list-disc pl-6 text-sm">
                {errorEntries.map(([name, messages]) => (
                  <li key={name}>
                    <a href={`#${fieldId(name)}`} className="underline">
                      {messages!.join(" ")}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {state.confirmCapacity && (
              <CheckboxField name="confirmCapacity" label="Ja, verlaag de capaciteit. Iedereen die al is aangemeld, blijft aangemeld." />
            )}
          </div>
        )}
        {values.version !== undefined && <input type="hidden" name="version" value={value("version")} />}

        <nav aria-label="Onderdelen van het formulier" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">Ga naar</h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {sections.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`} className="text-brand-800 underline underline-offset-4">
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <FormSection id="basis" title="Wat voor bijeenkomst" help="Deze teksten staan op de pagina van het evenement en in het overzicht.">
          {text("title", label.title, { required: true, maxLength: EVENT_LIMITS.title })}
          {text("slug", label.slug, { maxLength: EVENT_LIMITS.slug, hint: "Het laatste deel van het adres: /evenementen/…. Alleen kleine letters, cijfers en streepjes. Laat leeg bij een nieuw evenement, dan maken we het uit de titel." })}
          <SelectField name="format" label={label.format} defaultValue={value("format")} errors={errors.format} options={EVENT_FORMATS.map((format) => ({ value: format, label: formatLabels[format] }))} />
          {text("summary", label.summary, { required: true, multiline: true, maxLength: EVENT_LIMITS.summary, hint: "Eén of twee zinnen voor het overzicht van alle evenementen." })}
          <div className="space-y-2">
            {text("body", label.body, { multiline: true, maxLength: EVENT_LIMITS.body, hint: "Opmaak met Markdown: een lege regel begint een nieuwe alinea, **vet**, *schuin*, - voor een opsomming, [tekst](https://…) voor een link." })}
            <button type="submit" name="intent" value="preview" formNoValidate className={secondary}>
              Voorbeeld van de beschrijving
            </button>
            {state.preview && (
              <section aria-labelledby="voorbeeld" className="rounded border border-dashed border-brand-600 p-4">
                <h3 id="voorbeeld" className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand-800">
                  Voorbeeld
                </h3>
                <Markdown source={value("body") ?? ""} />
              </section>
            )}
          </div>
          {text("audience", label.audience, { multiline: true, maxLength: EVENT_LIMITS.note })}
          {text("organiser", label.organiser, { required: true })}
          {text("partners", label.partners, { multiline: true, maxLength: undefined, hint: "Eén partner per regel." })}
        </FormSection>

        <FormSection id="wanneer" title="Datum en tijd" help="Alle tijden in Nederlandse tijd.">
          {grid(
            <>
              {when("startsAt", label.startsAt, true)}
              {when("endsAt", label.endsAt, true)}
            </>,
          )}
        </FormSection>

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
          {grid(
            <>
              {text("venueAddress", label.venueAddress)}
              {text("venuePostcode", label.venuePostcode, { maxLength: 20 })}
              {text("venueCity", label.venueCity, { maxLength: 100 })}
            </>,
          )}
          {text("venueRouteNotes", label.venueRouteNotes, { multiline: true, maxLength: EVENT_LIMITS.note })}
          <h3 className="text-lg font-semibold">Online</h3>
          {grid(
            <>
              {text("onlinePlatform", label.onlinePlatform, { maxLength: 100, hint: "Bijvoorbeeld Teams of Zoom." })}
              {text("onlineJoinUrl", label.onlineJoinUrl, { type: "url", maxLength: 1000, hint: "Alleen bevestigde online deelnemers krijgen deze link." })}
            </>,
          )}
          {text("onlineJoinDetails", label.onlineJoinDetails, { multiline: true, maxLength: EVENT_LIMITS.note })}
        </FormSection>

        <FormSection id="aanmelden" title="Aanmelden en plekken" help="Laat het aantal plekken leeg als er geen limiet is.">
          {grid(
            <>
              {text("capacityPhysical", label.capacityPhysical, { maxLength: 6, hint: "Bij aanmelden per team: het aantal teams." })}
              {text("capacityOnline", label.capacityOnline, { maxLength: 6 })}
              {when("registrationOpensAt", label.registrationOpensAt)}
              {when("registrationClosesAt", label.registrationClosesAt)}
              {text("priceCents", "Prijs in euro", { maxLength: 10, hint: "0 betekent gratis." })}
            </>,
          )}
          <CheckboxField name="lunchProvided" label="Er is lunch (we vragen naar dieetwensen)" defaultChecked={checked("lunchProvided")} />
          <CheckboxField name="waitlistEnabled" label="Wachtlijst als het vol is" defaultChecked={checked("waitlistEnabled")} hint="Komt er een plek vrij, dan krijgt de eerste op de wachtlijst die automatisch. Zonder wachtlijst zien bezoekers bij vol: ‘Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk.’" />
          <CheckboxField name="requiresApproval" label="Intake: aanmeldingen eerst goedkeuren" defaultChecked={checked("requiresApproval")} />
          <CheckboxField name="registersTeams" label="Aanmelden per team (leerkring)" defaultChecked={checked("registersTeams")} />
          <CheckboxField name="acceptsQuestions" label="Deelnemers kunnen vooraf een vraag insturen" defaultChecked={checked("acceptsQuestions")} />
        </FormSection>

        <FormSection id="programma" title={label.programme} help="Het dagprogramma, in volgorde. Tijden mag je leeg laten.">
          {list(
            "programme",
            "Onderdeel",
            "Onderdeel toevoegen",
            (prefix) => (
              <>
                {text(`${prefix}.title`, "Wat", { required: true })}
                {grid(
                  <>
                    {when(`${prefix}.startsAt`, "Begint om")}
                    {when(`${prefix}.endsAt`, "Eindigt om")}
                  </>,
                )}
                {text(`${prefix}.description`, "Toelichting", { multiline: true, maxLength: EVENT_LIMITS.note })}
              </>
            ),
            "Nog geen programma.",
          )}
        </FormSection>

        <FormSection id="workshops" title={label.rounds} help="Per ronde kiest een deelnemer één workshop. Laat de capaciteit leeg als er geen limiet is.">
          {list(
            "rounds",
            "Ronde",
            "Ronde toevoegen",
            (prefix, roundIndex) => (
              <>
                <input type="hidden" name={`${prefix}.id`} value={value(`${prefix}.id`) ?? ""} />
                {grid(
                  <>
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
                  </>,
                )}
                {grid(
                  <>
                    {when(`${prefix}.startsAt`, "Begint om", true)}
                    {when(`${prefix}.endsAt`, "Eindigt om", true)}
                  </>,
                )}
                <div className="space-y-3 border-l-4 border-brand-100 pl-3">
                  <h3 className="font-semibold">Workshops in ronde {roundIndex + 1}</h3>
                  {list(
                    `${prefix}.workshops`,
                    "Workshop",
                    `Workshop toevoegen aan ronde ${roundIndex + 1}`,
                    (workshop) => (
                      <>
                        <input type="hidden" name={`${workshop}.id`} value={value(`${workshop}.id`) ?? ""} />
                        {text(`${workshop}.title`, "Titel", { required: true })}
                        {text(`${workshop}.description`, "Beschrijving", { multiline: true, maxLength: EVENT_LIMITS.note })}
                        {grid(
                          <>
                            {text(`${workshop}.hosts`, "Door")}
                            {text(`${workshop}.room`, "Zaal")}
                            {text(`${workshop}.capacity`, "Capaciteit", { maxLength: 6 })}
                          </>,
                        )}
                        <CheckboxField name={`${workshop}.onSiteOnly`} label="Alleen voor wie op locatie is" defaultChecked={checked(`${workshop}.onSiteOnly`)} hint="Online deelnemers kunnen deze niet kiezen, bijvoorbeeld een wandeling." />
                      </>
                    ),
                    "Nog geen workshops in deze ronde.",
                  )}
                </div>
              </>
            ),
            "Geen workshoprondes.",
          )}
        </FormSection>

        <FormSection id="reeks" title={label.meetings} help="Alleen voor een reeks, zoals een leerkring.">
          {list(
            "meetings",
            "Bijeenkomst",
            "Bijeenkomst toevoegen",
            (prefix) => (
              <>
                {text(`${prefix}.title`, "Titel")}
                {grid(
                  <>
                    {when(`${prefix}.startsAt`, "Begint op", true)}
                    {when(`${prefix}.endsAt`, "Eindigt op", true)}
                  </>,
                )}
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
            ),
            "Geen reeks.",
          )}
        </FormSection>

        <FormSection id="sprekers" title={label.speakers}>
          {list(
            "speakers",
            "Spreker",
            "Spreker toevoegen",
            (prefix) => grid(
              <>
                {text(`${prefix}.name`, "Naam", { required: true })}
                {text(`${prefix}.description`, "Functie of toelichting")}
              </>,
            ),
            "Nog geen sprekers.",
          )}
        </FormSection>

        <FormSection id="contact" title={label.contactPersons}>
          {list(
            "contactPersons",
            "Contactpersoon",
            "Contactpersoon toevoegen",
            (prefix) => grid(
              <>
                {text(`${prefix}.name`, "Naam", { required: true })}
                {text(`${prefix}.role`, "Rol")}
                {text(`${prefix}.email`, "E-mailadres", { type: "email", maxLength: 254 })}
                {text(`${prefix}.phone`, "Telefoon", { type: "tel", maxLength: 50 })}
              </>,
            ),
            "Nog geen contactpersonen.",
          )}
        </FormSection>

        <FormSection id="vragen" title={label.questions} help="Extra vragen die deelnemers beantwoorden bij het aanmelden.">
          {list(
            "questions",
            "Vraag",
            "Vraag toevoegen",
            (prefix) => (
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
            ),
            "Geen extra vragen.",
          )}
        </FormSection>

        <FormSection id="status" title="Toelichting bij de status" help="Bij een geannuleerd of verplaatst evenement staat deze tekst bovenaan de pagina.">
          {text("statusNote", label.statusNote, { multiline: true, maxLength: EVENT_LIMITS.note })}
        </FormSection>
      </div>

      <div className="flex flex-wrap justify-end gap-2">
        <Link href={cancelHref} className={secondary}>
          Annuleren
        </Link>
        <button type="submit" name="intent" value="save" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
