import ical, { ICalEventStatus } from "ical-generator";
import { eventUrl } from "@/lib/events/api-json";
import { formatLabels } from "@/lib/events/formats";
import type { EventFormat, EventStatus, AttendanceMode, ParticipationMode } from "@/lib/generated/prisma/enums";

// Calendar files (RFC 5545) through ical-generator. Times are written as UTC instants, which every client
// shows in its own zone (Europe/Amsterdam for our visitors, summer time included). We do not set a calendar
// time zone: ical-generator then writes DTSTAMP and LAST-MODIFIED as floating local times, which RFC 5545
// forbids. A series (leerkring) becomes one entry per meeting.

export type CalendarEventSource = {
  id: number;
  slug: string;
  title: string;
  format: EventFormat;
  summary: string;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  attendanceMode: AttendanceMode;
  venueName: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
  onlinePlatform: string | null;
  updatedAt: Date;
  meetings: { id: number; number: number; title: string | null; startsAt: Date; endsAt: Date; mode: ParticipationMode; place: string | null }[];
};

const icsStatus: Record<EventStatus, ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  published: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

function location(event: CalendarEventSource): string {
  const online = event.onlinePlatform ? `Online via ${event.onlinePlatform}` : "Online";
  if (event.attendanceMode === "online") return online;
  const site = event.venueName
    ? [event.venueName, event.venueAddress, [event.venuePostcode, event.venueCity].filter(Boolean).join(" ")].filter(Boolean).join(", ")
    : `${event.venueCity ? `${event.venueCity}, ` : ""}locatie nog niet bekend`;
  return event.attendanceMode === "hybrid" ? `${site} of ${online.toLowerCase()}` : site;
}

export function buildCalendar({ name, events, baseUrl }: { name: string; events: CalendarEventSource[]; baseUrl: string }): string {
  const host = new URL(baseUrl).host;
  const calendar = ical({
    name,
    prodId: { company: "Bijeen", product: "agenda", language: "NL" },
    ttl: 6 * 60 * 60,
    url: new URL("/agenda.ics", baseUrl).toString(),
  });
  for (const event of events) {
    const url = eventUrl(baseUrl, event.slug);
    const common = {
      url,
      status: icsStatus[event.status],
      lastModified: event.updatedAt,
      stamp: event.updatedAt,
      categories: [{ name: formatLabels[event.format] }],
    };
    const description = `${event.summary}\n\n${url}`;
    if (event.meetings.length > 0) {
      for (const meeting of event.meetings) {
        calendar.createEvent({
          ...common,
          id: `bijeenkomst-${meeting.id}@${host}`,
          start: meeting.startsAt,
          end: meeting.endsAt,
          summary: `${event.title} (bijeenkomst ${meeting.number} van ${event.meetings.length})`,
          description,
          location: meeting.mode === "online" ? `Online${meeting.place ? ` via ${meeting.place}` : ""}` : (meeting.place ?? location(event)),
        });
      }
    } else {
      calendar.createEvent({
        ...common,
        id: `evenement-${event.id}@${host}`,
        start: event.startsAt,
        end: event.endsAt,
        summary: event.status === "cancelled" ? `Geannuleerd: ${event.title}` : event.title,
        description,
        location: location(event),
      });
    }
  }
  return calendar.toString();
}

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
