import Link from "next/link";
import { FormatBadge } from "@/components/FormatBadge";
import { isoDateTime } from "@/lib/dates";
import { placeLabel } from "@/lib/events/place";
import type { CardStatus } from "@/lib/events/card-status";
import type { ListedEvent } from "@/lib/events/queries";
import { whenLabel } from "@/lib/events/when";

const toneColours: Record<CardStatus["tone"], string> = {
  open: "bg-brand-100 text-brand-900",
  scarce: "bg-amber-100 text-amber-900",
  full: "bg-red-100 text-red-900",
  closed: "bg-stone-200 text-stone-900",
  past: "bg-stone-200 text-stone-900",
};

export function EventCard({ event, availability = null, headingLevel = 2 }: { event: ListedEvent; availability?: CardStatus | null; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition focus-within:border-brand-600 hover:border-brand-600">
      <div className="flex flex-wrap items-center gap-2">
        <FormatBadge format={event.format} />
        {event.status === "cancelled" && <span className="text-sm font-semibold text-red-800">Geannuleerd</span>}
        {event.status === "postponed" && <span className="text-sm font-semibold text-amber-800">Verplaatst</span>}
        {availability && (
          <span data-testid="card-availability" className={`rounded-md px-2 py-0.5 text-sm font-semibold ${toneColours[availability.tone]}`}>
            {availability.label}
          </span>
        )}
      </div>
      <Heading className="mt-3 text-xl font-semibold leading-snug">
        <Link href={`/evenementen/${event.slug}`} className="after:absolute after:inset-0 hover:underline">
          {event.title}
        </Link>
      </Heading>
      <p className="mt-2 text-stone-700">
        <time dateTime={isoDateTime(event.startsAt)}>{whenLabel({ ...event, meetingCount: event._count.meetings })}</time>
      </p>
      <p className="text-stone-700">{placeLabel(event, { past: availability?.tone === "past" })}</p>
      <p className="mt-3 text-stone-600">{event.summary}</p>
    </article>
  );
}
