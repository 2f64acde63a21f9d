import { places, placesLeftLabel } from "@/lib/events/availability";
import type { PlacesTaken, PublicEvent } from "@/lib/events/queries";
import { namedRounds, roundHeading } from "@/lib/events/rounds";

export function WorkshopRounds({ rounds, taken }: { rounds: PublicEvent["rounds"]; taken: PlacesTaken }) {
  if (rounds.length === 0) return null;
  const kinds = new Set(rounds.map((round) => round.kind));
  const heading = kinds.has("activities") ? (kinds.has("workshops") ? "Workshops en activiteiten" : "Activiteiten") : "Workshops";
  return (
    <section className="mt-8" aria-labelledby="workshops">
      <h2 id="workshops" className="text-2xl font-semibold">
        {heading}
      </h2>
      {namedRounds(rounds).map((round) => (
        <div key={round.id} className="mt-4">
          <h3 className="text-lg font-semibold">{roundHeading(round)}</h3>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {round.workshops.map((workshop) => {
              const left = placesLeftLabel(places(workshop.capacity, taken.perWorkshop.get(workshop.id) ?? 0));
              return (
                <li key={workshop.id} className="rounded-lg border border-stone-200 bg-white p-4">
                  <p className="font-medium">
                    <span className="text-stone-600">Nr. {workshop.number}</span> {workshop.title}
                  </p>
                  {workshop.description && <p className="mt-1 text-sm text-stone-700">{workshop.description}</p>}
                  {workshop.hosts && <p className="mt-1 text-sm text-stone-600">Door {workshop.hosts}</p>}
                  {workshop.room && <p className="text-sm text-stone-600">{workshop.room}</p>}
                  {workshop.onSiteOnly && <p className="text-sm text-stone-600">Alleen op locatie</p>}
                  {left && (
                    <p
                      data-testid="workshop-places"
                      className={`mt-2 text-sm font-semibold ${left === "vol" ? "text-red-800" : "text-brand-700"}`}
                    >
                      {left === "vol" ? "Vol" : left[0]!.toUpperCase() + left.slice(1)}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
