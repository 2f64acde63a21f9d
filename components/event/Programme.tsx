import { formatDutchTime, formatDutchTimes, isoDateTime } from "@/lib/dates";
import type { PublicEvent } from "@/lib/events/queries";

export function Programme({ items }: { items: PublicEvent["programmeItems"] }) {
  if (items.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="programma">
      <h2 id="programma" className="text-2xl font-semibold">Programma</h2>
      <ol className="mt-3 border-l-2 border-brand-100">
        {items.map((item) => (
          <li key={item.id} className="relative py-2 pl-5">
            <span aria-hidden="true" className="absolute -left-[7px] top-3.5 h-3 w-3 rounded-full bg-brand-600" />
            {item.startsAt && (
              <time dateTime={isoDateTime(item.startsAt)} className="mr-2 font-semibold tabular-nums">
                {item.endsAt ? formatDutchTimes(item.startsAt, item.endsAt) : formatDutchTime(item.startsAt)}
              </time>
            )}
            <span className="font-medium">{item.title}</span>
            {item.description && <p className="text-stone-600">{item.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
