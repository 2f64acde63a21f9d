import { CheckboxField } from "@/components/forms/choice-fields";
import { SummaryFocus, SummaryLink } from "@/components/forms/ErrorSummary";
import { usePageTitle } from "@/components/forms/page-title-context";
import { fieldId } from "@/components/forms/fields";
import type { EventFormState } from "@/lib/event-editor/form-values";

// The event form's answer after a refused save: the message, a link to every field with an error, the
// newest version after a conflict, and the confirmation a lowered capacity needs.

export function FormMessage({ state, editHref }: { state: EventFormState; editHref?: string }) {
  // On a TitledPage the answering form renders the page's title (see Notice).
  const pageTitle = usePageTitle();
  if (!state.message) return state.status === "idle" || !pageTitle ? null : <title>{pageTitle}</title>;
  const errorEntries = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
  return (
    <div
      role="alert"
      tabIndex={-1}
      autoFocus
      data-testid="form-message"
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <SummaryFocus answer={state} documentTitle={pageTitle} />
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
              <SummaryLink href={`#${fieldId(name)}`}>{messages!.join(" ")}</SummaryLink>
            </li>
          ))}
        </ul>
      )}
      {state.confirmCapacity && (
        <CheckboxField name="confirmCapacity" label="Ja, verlaag de capaciteit. Iedereen die al is aangemeld, blijft aangemeld." />
      )}
    </div>
  );
}
