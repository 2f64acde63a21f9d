import { connection } from "next/server";
import { EventCard } from "@/components/EventCard";
import { listUpcomingEvents } from "@/lib/events/queries";

export default async function UpcomingEventsPage() {
  await connection();
  const events = await listUpcomingEvents();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Agenda</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Bijeenkomsten voor sociaal professionals, beleidsmakers en vrijwilligers: van congrestival tot leerkring.
      </p>
      {events.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-stone-300 p-6 text-stone-700">
          Er staan op dit moment geen bijeenkomsten gepland. Kijk binnenkort nog eens.
        </p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label="Komende bijeenkomsten">
          {events.map((event) => (
            <li key={event.slug}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
