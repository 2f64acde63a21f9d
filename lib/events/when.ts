import { formatDutchDate, formatDutchDateTimeRange, formatDutchTime } from "@/lib/dates";

/** The listing's "when" line; a series names its first meeting instead of a span of months. */
export function whenLabel(event: { startsAt: Date; endsAt: Date; meetingCount: number }): string {
  if (event.meetingCount > 1) {
    return `${event.meetingCount} bijeenkomsten, de eerste op ${formatDutchDate(event.startsAt)} om ${formatDutchTime(event.startsAt)} uur`;
  }
  return formatDutchDateTimeRange(event.startsAt, event.endsAt);
}
