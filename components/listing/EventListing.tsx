import Link from "next/link";
import { redirect } from "next/navigation";
import { EventCard } from "@/components/EventCard";
import { EventFilterForm } from "@/components/listing/EventFilterForm";
import { Pagination } from "@/components/listing/Pagination";
import { cardStatus } from "@/lib/events/card-status";
import { filtersToQuery, parseEventFilters, type SearchParamsInput } from "@/lib/events/filters";
import { cleanQuery, listingOutcome } from "@/lib/events/listing";
import { searchEvents, type EventScope } from "@/lib/events/search";

const texts: Record<EventScope, { action: string; title: string; intro: string; listLabel: string; empty: string }> = {
  upcoming: {
    action: "/",
    title: "Agenda",
    intro: "Bijeenkomsten voor sociaal professionals, beleidsmakers en vrijwilligers: van congrestival tot leerkring.",
    listLabel: "Komende bijeenkomsten",
    empty: "Er staan op dit moment geen bijeenkomsten gepland.",
  },
  archive: {
    action: "/archief",
    title: "Archief",
    intro: "Bijeenkomsten die al geweest zijn, de meest recente eerst.",
    listLabel: "Eerdere bijeenkomsten",
    empty: "Er zijn nog geen eerdere bijeenkomsten.",
  },
};

export async function EventListing({ scope, searchParams }: { scope: EventScope; searchParams: SearchParamsInput }) {
  const text = texts[scope];
  const clean = cleanQuery(searchParams);
  if (clean !== null) redirect(`${text.action}${clean}`);
  const { filters, errors } = parseEventFilters(searchParams);
  const result = await searchEvents(filters, { scope });
  const filtered = filters.format.length > 0 || Boolean(filters.mode || filters.q || filters.from || filters.to);
  const outcome = listingOutcome({
    shown: result.events.length,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    filtered,
  });
  const now = new Date();

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{text.title}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{text.intro}</p>
      {scope === "upcoming" && (
        <p className="mt-2 text-sm text-stone-700">
          Altijd bij:{" "}
          <a className="text-brand-700 underline" href="/agenda.ics">
            abonneer je op de agenda
          </a>{" "}
          in je eigen agenda-app, of volg de{" "}
          <a className="text-brand-700 underline" href="/atom.xml">
            nieuwsfeed
          </a>
          .
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside>
          <EventFilterForm action={text.action} scope={scope} filters={filters} errors={errors} facets={result.facets} />
        </aside>
        <section aria-labelledby="resultaten">
          <h2 id="resultaten" className="sr-only">
            Resultaten
          </h2>
          <p role="status" className="text-stone-700">
            {result.total === 1 ? "1 bijeenkomst" : `${result.total} bijeenkomsten`}
            {filtered ? " gevonden" : ""}
          </p>
          {outcome.kind === "results" ? (
            <ul className="mt-4 grid gap-4 xl:grid-cols-2" aria-label={text.listLabel}>
              {result.events.map((event) => (
                <li key={event.slug}>
                  <EventCard event={event} availability={cardStatus(event, event.placesTaken, now)} headingLevel={3} />
                </li>
              ))}
            </ul>
          ) : (
            <div className="mt-4 rounded-lg border border-dashed border-stone-300 p-6 text-stone-700">
              {outcome.kind === "page_out_of_range" ? (
                <>
                  <p>
                    Pagina {result.page} bestaat niet: deze lijst heeft{" "}
                    {outcome.pageCount === 1 ? "1 pagina" : `${outcome.pageCount} pagina's`}.
                  </p>
                  <p className="mt-2">
                    <Link href={`${text.action}${filtersToQuery({ ...filters, page: 1 })}`} className="text-brand-700 underline">
                      Naar pagina 1
                    </Link>
                  </p>
                </>
              ) : (
                <>
                  <p>{outcome.kind === "no_matches" ? "Geen bijeenkomsten gevonden met deze filters." : text.empty}</p>
                  {outcome.kind === "no_matches" && (
                    <p className="mt-2">
                      <Link href={text.action} className="text-brand-700 underline">
                        Toon alle bijeenkomsten
                      </Link>
                    </p>
                  )}
                </>
              )}
            </div>
          )}
          {outcome.kind === "results" && (
            <Pagination action={text.action} filters={filters} page={result.page} pageCount={result.pageCount} />
          )}
        </section>
      </div>
    </>
  );
}
