import Link from "next/link";
import { FormatBadge } from "@/components/FormatBadge";
import { formatDutchDateTimeRange, isoDateTime } from "@/lib/dates";
import { placeLabel } from "@/lib/events/place";
import type { UpcomingEvent } from "@/lib/events/queries";

export function EventCard({ event }: { event: UpcomingEvent }) {
  return (
    <article className="relative rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-brand-600 focus-within:border-brand-600">
      <div className="flex flex-wrap items-center gap-2">
        <FormatBadge format={event.format} />
        {event.status === "cancelled" && <span className="text-sm font-semibold text-red-800">Geannuleerd</span>}
        {event.status === "postponed" && <span className="text-sm font-semibold text-amber-800">Verplaatst</span>}
      </div>
      <h2 className="mt-3 text-xl font-semibold leading-snug">
        <Link href={`/evenementen/${event.slug}`} className="after:absolute after:inset-0 hover:underline">
          {event.title}
        </Link>
      </h2>
      <p className="mt-2 text-stone-700">
        <time dateTime={isoDateTime(event.startsAt)}>{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</time>
      </p>
      <p className="text-stone-700">{placeLabel(event)}</p>
      <p className="mt-3 text-stone-600">{event.summary}</p>
    </article>
  );
}
