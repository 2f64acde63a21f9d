import { formatDutchDate, formatDutchTimeRange, isoDateTime } from "@/lib/dates";
import { participationModeLabels } from "@/lib/events/formats";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";

type Meeting = { id: number; number: number; title: string | null; startsAt: Date; endsAt: Date; mode: ParticipationMode; place: string | null };

/** The meetings of a series (leerkring): number, title, day and time, on site or online. */
export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  return (
    <ol className="mt-3 space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="rounded border border-stone-200 bg-white p-3">
          <span className="font-medium">
            {meeting.number}. {meeting.title ?? `Bijeenkomst ${meeting.number}`}
          </span>
          <span className="block">
            <time dateTime={isoDateTime(meeting.startsAt)}>{formatDutchDate(meeting.startsAt)}</time>, {formatDutchTimeRange(meeting.startsAt, meeting.endsAt)}
          </span>
          <span className="block text-stone-600">
            {participationModeLabels[meeting.mode]}
            {meeting.place ? `: ${meeting.place}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
