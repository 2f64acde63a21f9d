"use client";

import Link from "next/link";
import { useActionState } from "react";
import { BasicsSection } from "@/components/admin/event-form/BasicsSection";
import { FormMessage } from "@/components/admin/event-form/FormMessage";
import { eventFields, secondaryButton } from "@/components/admin/event-form/kit";
import { ContactSection, MeetingsSection, ProgrammeSection, SpeakersSection } from "@/components/admin/event-form/ListSections";
import { QuestionsSection, StatusNoteSection } from "@/components/admin/event-form/QuestionsSection";
import { RegistrationSection } from "@/components/admin/event-form/RegistrationSection";
import { WhenSection, WhereSection } from "@/components/admin/event-form/WhenAndWhereSections";
import { WorkshopsSection } from "@/components/admin/event-form/WorkshopsSection";
import type { EventFormState } from "@/lib/event-editor/form-values";
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

export function EventForm({ action, initialValues, editHref, cancelHref, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as EventFormState);
  const values = state.values ?? initialValues;
  const fields = eventFields(values, state.fieldErrors ?? {});

  return (
    // Fields and sections scroll clear of the sticky save bar when an error link or the contents jump to them;
    // without JavaScript a field keeps room above it for its label and hint (with it, SummaryLink shows the label).
    <form action={formAction} noValidate className="space-y-6 [&_input]:scroll-mt-40 [&_h2]:scroll-mt-20 [&_select]:scroll-mt-40 [&_textarea]:scroll-mt-40">
      {/* First submit button in the form: Enter in a field saves, it does not move a row. */}
      <div className="sticky top-0 z-10 -mx-2 flex items-center justify-between gap-3 border-b border-stone-200 bg-stone-50 px-2 py-2">
        <p className="hidden text-sm text-stone-700 sm:block">{pending ? "Bezig met opslaan…" : "Vergeet niet op te slaan."}</p>
        <div className="ml-auto flex gap-2">
          <Link href={cancelHref} className={secondaryButton}>
            Annuleren
          </Link>
          <button type="submit" name="intent" value="save" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
            {submitLabel}
          </button>
        </div>
      </div>

      <div key={state.revision ?? 0} className="space-y-6">
        <FormMessage state={state} editHref={editHref} />
        {values.version !== undefined && <input type="hidden" name="version" value={fields.value("version")} />}
        <SectionNav />
        <BasicsSection fields={fields} preview={Boolean(state.preview)} />
        <WhenSection fields={fields} />
        <WhereSection fields={fields} />
        <RegistrationSection fields={fields} />
        <ProgrammeSection fields={fields} />
        <WorkshopsSection fields={fields} />
        <MeetingsSection fields={fields} />
        <SpeakersSection fields={fields} />
        <ContactSection fields={fields} />
        <QuestionsSection fields={fields} />
        <StatusNoteSection fields={fields} />
      </div>

      <div className="flex flex-wrap justify-end gap-2">
        <Link href={cancelHref} className={secondaryButton}>
          Annuleren
        </Link>
        <button type="submit" name="intent" value="save" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function SectionNav() {
  return (
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
  );
}
