import type { ReactNode } from "react";
import { LifecycleForm } from "@/components/admin/LifecycleForm";
import type { ActionState } from "@/lib/forms/action-state";
import { suggestedNextEdition } from "@/lib/event-editor/lifecycle";
import type { EventOverview } from "@/lib/event-editor/overview";

// An event's lifecycle on its admin page: publish or back to draft, postpone, cancel, a new edition, delete.
// The page binds the server actions to the event and hands them in.

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
export type LifecycleActions = Record<"publish" | "unpublish" | "postpone" | "cancel" | "duplicate" | "remove", Action>;

export function EventLifecycleSections({ overview: { event, active }, actions }: { overview: EventOverview; actions: LifecycleActions }) {
  return (
    <>
      <section aria-labelledby="status-wijzigen" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="status-wijzigen" className="text-xl font-semibold">
          Status
        </h2>
        {event.status === "published" ? (
          <Step title="Terug naar concept" help="Het evenement verdwijnt van de site. Kan alleen zolang niemand is aangemeld.">
            <LifecycleForm action={actions.unpublish} submitLabel="Terugzetten naar concept" />
          </Step>
        ) : (
          <Step
            title="Publiceren"
            help={
              event.status === "draft"
                ? "Het evenement komt op de site en aanmelden wordt mogelijk (binnen de aanmeldperiode)."
                : "Het evenement gaat weer door: de melding over annuleren of verplaatsen verdwijnt."
            }
          >
            <LifecycleForm action={actions.publish} submitLabel="Publiceren" />
          </Step>
        )}
        {event.status !== "draft" && (
          <>
            {event.status !== "postponed" && (
              <Step title="Verplaatsen" help={`De reden komt bovenaan de pagina. ${mailLine(active)}`}>
                <LifecycleForm
                  action={actions.postpone}
                  submitLabel="Evenement verplaatsen"
                  fields={[
                    { kind: "multiline", name: "reason", label: "Reden en wat deelnemers kunnen verwachten" },
                    {
                      kind: "confirm",
                      name: "confirm",
                      label: `Ja, verplaats het evenement${active > 0 ? ` en mail de ${active} aangemelden` : ""}`,
                    },
                  ]}
                />
              </Step>
            )}
            {event.status !== "cancelled" && (
              <Step title="Annuleren" help={`De reden komt bovenaan de pagina. ${mailLine(active)}`}>
                <LifecycleForm
                  action={actions.cancel}
                  submitLabel="Evenement annuleren"
                  danger
                  fields={[
                    { kind: "multiline", name: "reason", label: "Reden van de annulering" },
                    {
                      kind: "confirm",
                      name: "confirm",
                      label: `Ja, annuleer het evenement${active > 0 ? ` en mail de ${active} aangemelden` : ""}`,
                    },
                  ]}
                />
              </Step>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="editie" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="editie" className="text-xl font-semibold">
          Nieuwe editie
        </h2>
        <p className="text-stone-700">
          Kopieert alles behalve de aanmeldingen naar een nieuw concept. Alle datums en tijden schuiven mee naar de nieuwe datum.
        </p>
        <LifecycleForm
          action={actions.duplicate}
          submitLabel="Nieuwe editie maken"
          fields={[
            {
              kind: "date",
              name: "startDate",
              label: "Datum van de nieuwe editie",
              defaultValue: suggestedNextEdition(event.startsAt),
              hint: "Voorstel: dezelfde weekdag, een jaar later.",
            },
          ]}
        />
      </section>

      <section aria-labelledby="verwijderen" className="space-y-4 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="verwijderen" className="text-xl font-semibold">
          Verwijderen
        </h2>
        {event._count.registrations > 0 ? (
          <p className="text-stone-700">
            Dit evenement heeft {event._count.registrations === 1 ? "1 aanmelding" : `${event._count.registrations} aanmeldingen`} en kan
            daarom niet worden verwijderd. Annuleer het als het niet doorgaat.
          </p>
        ) : (
          <LifecycleForm
            action={actions.remove}
            submitLabel="Definitief verwijderen"
            danger
            fields={[{ kind: "confirm", name: "confirm", label: "Ja, verwijder dit evenement definitief" }]}
          />
        )}
      </section>
    </>
  );
}

function mailLine(active: number): string {
  if (active === 0) return "Er is nog niemand aangemeld.";
  return active === 1 ? "De ene aangemelde krijgt een mail met de reden." : `Alle ${active} aangemelden krijgen een mail met de reden.`;
}

function Step({ title, help, children }: { title: string; help: string; children: ReactNode }) {
  return (
    <div className="space-y-2 border-t border-stone-200 pt-4 first-of-type:border-t-0 first-of-type:pt-0">
      <h3 className="font-semibold">{title}</h3>
      <p className="text-stone-700">{help}</p>
      {children}
    </div>
  );
}
