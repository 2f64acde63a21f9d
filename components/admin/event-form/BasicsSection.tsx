import { SelectField } from "@/components/forms/choice-fields";
import { Markdown } from "@/components/Markdown";
import { EVENT_LIMITS, eventFieldLabels as label } from "@/lib/event-editor/schema";
import { EVENT_FORMATS, formatLabels } from "@/lib/events/formats";
import { FormSection } from "./FormSection";
import { secondaryButton, type EventFields } from "./kit";

// The event form's first section: the texts on the event page and in the listing, with a Markdown preview.

export function BasicsSection({ fields, preview }: { fields: EventFields; preview: boolean }) {
  const { text, value, errors } = fields;
  return (
    <FormSection id="basis" title="Wat voor bijeenkomst" help="Deze teksten staan op de pagina van het evenement en in het overzicht.">
      {text("title", label.title, { required: true, maxLength: EVENT_LIMITS.title })}
      {text("slug", label.slug, { maxLength: EVENT_LIMITS.slug, hint: "Het laatste deel van het adres: /evenementen/…. Alleen kleine letters, cijfers en streepjes. Laat leeg bij een nieuw evenement, dan maken we het uit de titel." })}
      <SelectField name="format" label={label.format} defaultValue={value("format")} errors={errors.format} options={EVENT_FORMATS.map((format) => ({ value: format, label: formatLabels[format] }))} />
      {text("summary", label.summary, { required: true, multiline: true, maxLength: EVENT_LIMITS.summary, hint: "Eén of twee zinnen voor het overzicht van alle evenementen." })}
      <div className="space-y-2">
        {text("body", label.body, { multiline: true, maxLength: EVENT_LIMITS.body, hint: "Opmaak met Markdown: een lege regel begint een nieuwe alinea, **vet**, *schuin*, - voor een opsomming, [tekst](https://…) voor een link." })}
        <button type="submit" name="intent" value="preview" formNoValidate className={secondaryButton}>
          Voorbeeld van de beschrijving
        </button>
        {preview && (
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
  );
}
