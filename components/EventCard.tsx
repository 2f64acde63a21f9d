import Link from "next/link";
import { FormatBadge } from "@/components/FormatBadge";
import { isoDateTime } from "@/lib/dates";
import { placeLabel } from "@/lib/events/place";
import type { ListedEvent } from "@/lib/events/queries";
import { whenLabel } from "@/lib/events/when";

export function EventCard({ event, headingLevel = 2 }: { event: ListedEvent; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition focus-within:border-brand-600 hover:border-brand-600">
      <div className="flex flex-wrap items-center gap-2">
        <FormatBadge format={event.format} />
        {event.status === "cancelled" && <span className="text-sm font-semibold text-red-800">Geannuleerd</span>}
        {event.status === "postponed" && <span className="text-sm font-semibold text-amber-800">Verplaatst</span>}
      </div>
      <Heading className="mt-3 text-xl font-semibold leading-snug">
        <Link href={`/evenementen/${event.slug}`} className="after:absolute after:inset-0 hover:underline">
          {event.title}
        </Link>
      </Heading>
      <p className="mt-2 text-stone-700">
        <time dateTime={isoDateTime(event.startsAt)}>{whenLabel({ ...event, meetingCount: event._count.meetings })}</time>
      </p>
      <p className="text-stone-700">{placeLabel(event)}</p>
      <p className="mt-3 text-stone-600">{event.summary}</p>
    </article>
  );
}
