import Link from "next/link";
import type { ReactNode } from "react";
import { formatDutchDateTimeRange } from "@/lib/dates";

/** The top of an event's admin subpage: back to the event, the page's title, the event and its date. */
export function EventSubpageHeading({ event, title, children }: { event: { id: number; title: string; startsAt: Date; endsAt: Date }; title: string; children?: ReactNode }) {
  return (
    <div>
      <p className="text-sm">
        <Link href={`/admin/evenementen/${event.id}`} className="text-brand-800 underline">
          {event.title}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{title}</h1>
      <p className="mt-1 text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</p>
      {children}
    </div>
  );
}
