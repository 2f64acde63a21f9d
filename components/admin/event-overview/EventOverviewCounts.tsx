import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import type { EventOverview } from "@/lib/event-editor/overview";
import { offeredModes } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import { namedRounds, roundHeading } from "@/lib/events/rounds";
import { capacityFor } from "@/lib/registration/capacity/rules";

// An event's admin page: registrations per mode and status, and places taken per workshop.

export function EventOverviewCounts({ overview: { event, counts, workshopTaken } }: { overview: EventOverview }) {
  const modes = offeredModes(event);
  return (
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
              <th scope="col" className="py-2 pr-4">
                Vorm
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                Bevestigd
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                Intake
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                Wachtlijst
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                Plekken
              </th>
              <th scope="col" className="py-2 text-right">
                Geannuleerd
              </th>
            </tr>
          </thead>
          <tbody>
            {modes.map((mode) => (
              <tr key={mode} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {participationModeLabels[mode]}
                </th>
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
      <p className="mt-3 text-sm text-stone-600">
        Laatst gewijzigd: {formatDutchDate(event.updatedAt)}, {formatDutchTime(event.updatedAt)} uur (versie {event.version}).
      </p>
    </section>
  );
}
