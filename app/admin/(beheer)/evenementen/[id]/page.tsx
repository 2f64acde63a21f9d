import type { Metadata } from "next";
import { capacityFor } from "@/lib/registration/capacity/rules";
import { namedRounds, roundHeading } from "@/lib/events/rounds";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { FormatBadge } from "@/components/FormatBadge";
import { LifecycleForm } from "@/components/admin/LifecycleForm";
import { suggestedNextEdition } from "@/lib/event-editor/lifecycle";
import { eventIdFrom, eventOverview } from "@/lib/event-editor/overview";
import { eventStatusLabels } from "@/lib/status-labels";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate, formatDutchDateTimeRange, formatDutchTime } from "@/lib/dates";
import { offeredModes } from "@/lib/events/availability";
import { attendanceModeLabels, participationModeLabels } from "@/lib/events/formats";
import { placeLabel } from "@/lib/events/place";
import { db } from "@/lib/db/client";
import { cancelAction, deleteAction, duplicateAction, postponeAction, publishAction, unpublishAction } from "./actions";

export const metadata: Metadata = { title: "Evenement" };

const notices: Record<string, string> = {
  aangemaakt: "Het evenement is aangemaakt als concept. Publiceer het als alles klopt.",
  opgeslagen: "Je wijzigingen zijn opgeslagen.",
  gepubliceerd: "Het evenement staat nu op de site.",
  concept: "Het evenement is teruggezet naar concept en staat niet meer op de site.",
  geannuleerd: "Het evenement is geannuleerd; alle aangemelden krijgen een mail.",
  verplaatst: "Het evenement is verplaatst; alle aangemelden krijgen een mail.",
  gekopieerd: "Dit is de nieuwe editie, als concept. Controleer de datums en tijden en publiceer als alles klopt.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminEventPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const overview = id === null ? null : await eventOverview(db, id);
  if (!overview) notFound();
  const { event, counts, active, workshopTaken } = overview;
  const { melding } = await searchParams;
  const notice = typeof melding === "string" ? notices[melding] : undefined;
  const base = `/admin/evenementen/${event.id}`;
  const modes = offeredModes(event);

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-800 underline">
          Alle evenementen
        </Link>
      </p>
      {notice && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
          {notice}
        </p>
      )}
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <FormatBadge format={event.format} />
          <span className={`rounded-full px-3 py-0.5 text-sm font-semibold ${event.status === "published" ? "bg-green-100 text-green-900" : event.status === "draft" ? "bg-stone-200 text-stone-800" : "bg-amber-100 text-amber-900"}`}>
            {eventStatusLabels[event.status]}
          </span>
        </div>
        <h1 className="text-3xl font-bold">{event.title}</h1>
        <p className="text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</p>
        <p className="text-stone-700">
          {attendanceModeLabels[event.attendanceMode]} · {placeLabel(event)}
        </p>
        {event.statusNote && <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{event.statusNote}</p>}
      </div>

      <nav aria-label="Dit evenement">
        <ul className="flex flex-wrap gap-2">
          <NavLink href={`${base}/bewerken`} primary>
            Bewerken
          </NavLink>
          <NavLink href={`${base}/aanmeldingen`}>Aanmeldingen</NavLink>
          {event.acceptsQuestions && <NavLink href={`${base}/vragen`}>Vragen vooraf</NavLink>}
          <NavLink href={`${base}/logboek`}>Logboek</NavLink>
          {event.status !== "draft" && <NavLink href={`/evenementen/${event.slug}`}>Bekijk op de site</NavLink>}
        </ul>
      </nav>

      <section aria-labelledby="cijfers" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="cijfers" className="text-xl font-semibold">
          Aanmeldingen
        </h2>
        {/* A region that scrolls on a phone must be reachable by keyboard. */}
        <div className="mt-3 overflow-x-auto" role="region" aria-label="Aanmeldingen per vorm" tabIndex={0}>
          <table className="w-full max-w-2xl border-collapse text-left">
            <caption className="sr-only">Aanmeldingen per vorm</caption>
            <thead>
              <tr className="border-b border-stone-300 text-sm text-stone-700">
                <th scope="col" className="py-2 pr-4">Vorm</th>
                <th scope="col" className="py-2 pr-4 text-right">Bevestigd</th>
                <th scope="col" className="py-2 pr-4 text-right">Intake</th>
                <th scope="col" className="py-2 pr-4 text-right">Wachtlijst</th>
                <th scope="col" className="py-2 pr-4 text-right">Plekken</th>
                <th scope="col" className="py-2 text-right">Geannuleerd</th>
              </tr>
            </thead>
            <tbody>
              {modes.map((mode) => (
                <tr key={mode} className="border-b border-stone-200">
                  <th scope="row" className="py-2 pr-4 font-medium">{participationModeLabels[mode]}</th>
                  <td className="py-2 pr-4 text-right tabular-nums">{counts.confirmed[mode]}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{counts.pending[mode]}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{counts.waitlisted[mode]}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{capacityFor(event, mode) ?? "geen limiet"}</td>
                  <td className="py-2 text-right tabular-nums">{counts.cancelled[mode]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {event.rounds.length > 0 && (
          <div className="mt-4 space-y-3">
            {namedRounds(event.rounds).map((round) => (
              <div key={round.id}>
                <h3 className="font-semibold">{roundHeading(round)}</h3>
                <ul className="mt-1 space-y-1">
                  {round.workshops.map((workshop) => (
                    <li key={workshop.id} className="flex flex-wrap justify-between gap-2 border-b border-stone-100 py-1">
                      <span>
                        Nr. {workshop.number}: {workshop.title}
                      </span>
                      <span className="tabular-nums text-stone-700">
                        {workshopTaken.get(workshop.id) ?? 0} / {workshop.capacity ?? "geen limiet"}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        <p className="mt-3 text-sm text-stone-600">Laatst gewijzigd: {formatDutchDate(event.updatedAt)}, {formatDutchTime(event.updatedAt)} uur (versie {event.version}).</p>
      </section>

      <section aria-labelledby="status-wijzigen" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="status-wijzigen" className="text-xl font-semibold">
          Status
        </h2>
        {event.status === "published" ? (
          <Step title="Terug naar concept" help="Het evenement verdwijnt van de site. Kan alleen zolang niemand is aangemeld.">
            <LifecycleForm action={unpublishAction.bind(null, event.id)} submitLabel="Terugzetten naar concept" />
          </Step>
        ) : (
          <Step title="Publiceren" help={event.status === "draft" ? "Het evenement komt op de site en aanmelden wordt mogelijk (binnen de aanmeldperiode)." : "Het evenement gaat weer door: de melding over annuleren of verplaatsen verdwijnt."}>
            <LifecycleForm action={publishAction.bind(null, event.id)} submitLabel="Publiceren" />
          </Step>
        )}
        {event.status !== "draft" && (
          <>
            {event.status !== "postponed" && (
              <Step title="Verplaatsen" help={`De reden komt bovenaan de pagina. ${mailLine(active)}`}>
                <LifecycleForm
                  action={postponeAction.bind(null, event.id)}
                  submitLabel="Evenement verplaatsen"
                  fields={[
                    { kind: "multiline", name: "reason", label: "Reden en wat deelnemers kunnen verwachten" },
                    { kind: "confirm", name: "confirm", label: `Ja, verplaats het evenement${active > 0 ? ` en mail de ${active} aangemelden` : ""}` },
                  ]}
                />
              </Step>
            )}
            {event.status !== "cancelled" && (
              <Step title="Annuleren" help={`De reden komt bovenaan de pagina. ${mailLine(active)}`}>
                <LifecycleForm
                  action={cancelAction.bind(null, event.id)}
                  submitLabel="Evenement annuleren"
                  danger
                  fields={[
                    { kind: "multiline", name: "reason", label: "Reden van de annulering" },
                    { kind: "confirm", name: "confirm", label: `Ja, annuleer het evenement${active > 0 ? ` en mail de ${active} aangemelden` : ""}` },
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
        <p className="text-stone-700">Kopieert alles behalve de aanmeldingen naar een nieuw concept. Alle datums en tijden schuiven mee naar de nieuwe datum.</p>
        <LifecycleForm
          action={duplicateAction.bind(null, event.id)}
          submitLabel="Nieuwe editie maken"
          fields={[{ kind: "date", name: "startDate", label: "Datum van de nieuwe editie", defaultValue: suggestedNextEdition(event.startsAt), hint: "Voorstel: dezelfde weekdag, een jaar later." }]}
        />
      </section>

      <section aria-labelledby="verwijderen" className="space-y-4 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
        <h2 id="verwijderen" className="text-xl font-semibold">
          Verwijderen
        </h2>
        {event._count.registrations > 0 ? (
          <p className="text-stone-700">
            Dit evenement heeft {event._count.registrations === 1 ? "1 aanmelding" : `${event._count.registrations} aanmeldingen`} en kan daarom niet worden verwijderd. Annuleer het als het niet doorgaat.
          </p>
        ) : (
          <LifecycleForm action={deleteAction.bind(null, event.id)} submitLabel="Definitief verwijderen" danger fields={[{ kind: "confirm", name: "confirm", label: "Ja, verwijder dit evenement definitief" }]} />
        )}
      </section>
    </div>
  );
}

function mailLine(active: number): string {
  if (active === 0) return "Er is nog niemand aangemeld.";
  return active === 1 ? "De ene aangemelde krijgt een mail met de reden." : `Alle ${active} aangemelden krijgen een mail met de reden.`;
}

function NavLink({ href, primary, children }: { href: string; primary?: boolean; children: ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        className={`inline-block rounded px-4 py-2 font-medium ${primary ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100"}`}
      >
        {children}
      </Link>
    </li>
  );
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
