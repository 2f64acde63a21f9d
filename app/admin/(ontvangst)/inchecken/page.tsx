import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/session";
import { checkInEvents } from "@/lib/check-in/events";
import { doorPath } from "@/lib/check-in/door-page";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Inchecken" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckInEventsPage({ searchParams }: Props) {
  await requireAdmin("ontvangst");
  const { melding } = await searchParams;
  const events = await checkInEvents(db);
  return (
    <div className="space-y-4">
      {melding === "geen-toegang" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          Met je rol (ontvangst) kun je alleen mensen inchecken.
        </p>
      )}
      <h1 className="text-3xl font-bold">Inchecken</h1>
      <p>Kies de bijeenkomst waar je bij de ingang staat.</p>
      {events.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white p-4">Er zijn vandaag en de komende tijd geen gepubliceerde bijeenkomsten.</p>
      ) : (
        <ul className="space-y-3">
          {events.map((event) => (
            <li key={event.id} className="rounded-lg border border-stone-300 bg-white p-4">
              <Link href={doorPath(event.id)} className="text-xl font-semibold text-brand-800 underline underline-offset-4">
                {event.title}
              </Link>
              <p className="mt-1 text-stone-700">
                {event.today && <strong className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-sm text-white">Vandaag</strong>}
                {formatDutchDateTimeRange(event.startsAt, event.endsAt)}
                {event.venueName ? `, ${event.venueName}` : ""}
                {event.venueCity ? ` (${event.venueCity})` : ""}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {event.present} van {event.expected} aanwezig
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
