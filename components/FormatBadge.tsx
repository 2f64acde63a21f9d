import { formatLabels } from "@/lib/events/formats";
import type { EventFormat } from "@/lib/generated/prisma/enums";

const badgeColours: Record<EventFormat, string> = {
  congrestival: "bg-brand-100 text-brand-900",
  minisymposium: "bg-sky-100 text-sky-900",
  leercafe: "bg-amber-100 text-amber-900",
  themabijeenkomst: "bg-rose-100 text-rose-900",
  leerkring: "bg-violet-100 text-violet-900",
};

export function FormatBadge({ format }: { format: EventFormat }) {
  return (
    <span className={`inline-block rounded-full px-3 py-0.5 text-xs font-semibold uppercase tracking-wide ${badgeColours[format]}`}>
      {formatLabels[format]}
    </span>
  );
}
