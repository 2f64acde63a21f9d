import Link from "next/link";
import { placesHeld } from "@/lib/registration/capacity/rules";
import { TableScroller } from "@/components/admin/TableScroller";
import { participationModeLabels } from "@/lib/events/formats";
import { exportPath, presenceListPath, registrationsPath } from "@/lib/registration/admin-paths";
import type { AdminRegistrationsEvent, ModeSummary, RegistrationSummary, WorkshopSummary } from "@/lib/registration/list";

// The top of an event's registrations page: places taken per mode, the links to add someone, export and
// print, and the counts per workshop with each workshop's own lists.

const button = "inline-block rounded border border-stone-400 bg-white px-3 py-1.5 font-medium text-stone-900 hover:bg-stone-100";
const link = "text-brand-700 underline underline-offset-4";

export function RegistrationOverview({ event, summary, hybrid }: { event: AdminRegistrationsEvent; summary: RegistrationSummary; hybrid: boolean }) {
  return (
    <section aria-labelledby="kop-overzicht" className="space-y-4">
      <h2 id="kop-overzicht" className="text-xl font-semibold">
        Overzicht
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {summary.modes.map((mode) => (
          <li key={mode.mode} className="rounded-lg border border-stone-200 bg-white p-4">
            <ModeCounts mode={mode} showMode={hybrid || mode.mode === "online"} teams={event.registersTeams} />
          </li>
        ))}
      </ul>
      {(summary.cancelled > 0 || summary.rejected > 0) && (
        <p className="text-sm text-stone-700">
          Verder {summary.cancelled} geannuleerd{summary.rejected > 0 ? ` en ${summary.rejected} afgewezen` : ""}.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Link href={`/admin/evenementen/${event.id}/aanmeldingen/nieuw`} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Iemand aanmelden
        </Link>
        <a href={exportPath(event.id)} className={button} download>
          Deelnemers downloaden (Excel, CSV)
        </a>
        <Link href={presenceListPath(event.id)} className={button}>
          Presentielijst afdrukken
        </Link>
      </div>
      {summary.workshops.length > 0 && <WorkshopCounts eventId={event.id} workshops={summary.workshops} />}
    </section>
  );
}

function ModeCounts({ mode, showMode, teams }: { mode: ModeSummary; showMode: boolean; teams: boolean }) {
  const noun = teams ? "teams" : "plekken";
  const free = mode.capacity === null ? null : Math.max(0, mode.capacity - placesHeld(mode));
  return (
    <>
      <h3 className="font-semibold">{showMode ? participationModeLabels[mode.mode] : "Deelnemers"}</h3>
      <p className="mt-1 text-2xl font-bold tabular-nums">
        {mode.confirmed}
        {mode.capacity !== null && (
          <span className="text-base font-normal">
            {" "}
            van {mode.capacity} {noun} bevestigd
          </span>
        )}
        {mode.capacity === null && <span className="text-base font-normal"> bevestigd (geen maximum)</span>}
      </p>
      <p className="text-stone-700">
        {mode.pending} wacht{mode.pending === 1 ? "" : "en"} op intake · {mode.waitlisted} op de wachtlijst
        {free !== null && <> · {free === 0 ? <strong className="text-red-800">vol</strong> : `${free} vrij`}</>}
      </p>
    </>
  );
}

function WorkshopCounts({ eventId, workshops }: { eventId: number; workshops: WorkshopSummary[] }) {
  return (
    <TableScroller label="Workshops">
      <table className="w-full border-collapse rounded-lg border border-stone-200 bg-white text-left text-sm">
        <caption className="px-4 pt-3 text-left text-base font-semibold">Workshops</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-700">
            <th scope="col" className="px-4 py-2">
              Workshop
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Bevestigd
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Intake
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Wachtlijst
            </th>
            <th scope="col" className="px-4 py-2">
              Lijsten
            </th>
          </tr>
        </thead>
        <tbody>
          {workshops.map((workshop) => (
            <tr key={workshop.id} className="border-b border-stone-100 align-top last:border-0">
              <td className="px-4 py-2">
                <span className="text-stone-600">
                  {workshop.roundName}, nr. {workshop.number}:
                </span>{" "}
                {workshop.title}
              </td>
              <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
                {workshop.confirmed}
                {workshop.capacity !== null && <> van {workshop.capacity}</>}
                {workshop.capacity !== null && placesHeld(workshop) >= workshop.capacity && <strong className="ml-1 text-red-800">vol</strong>}
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{workshop.pending}</td>
              <td className="px-2 py-2 text-right tabular-nums">{workshop.waitlisted}</td>
              <td className="px-4 py-2">
                <span className="flex flex-wrap gap-x-3">
                  <Link href={registrationsPath(eventId, { workshop: workshop.id })} className={link}>
                    Toon<span className="sr-only"> aanmeldingen voor {workshop.title}</span>
                  </Link>
                  <a href={exportPath(eventId, workshop.id)} className={link} download>
                    CSV<span className="sr-only"> van {workshop.title}</span>
                  </a>
                  <Link href={presenceListPath(eventId, workshop.id)} className={link}>
                    Presentielijst<span className="sr-only"> van {workshop.title}</span>
                  </Link>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
