import type { PublicEvent } from "@/lib/events/queries";
import { eventUrl } from "@/lib/events/api-json";
import type { RegistrationState } from "@/lib/events/availability";
import type { AttendanceMode, EventStatus } from "@/lib/generated/prisma/enums";

// schema.org Event for search engines (https://schema.org/Event), from the same data the page shows.

const attendanceModes: Record<AttendanceMode, string> = {
  physical: "https://schema.org/OfflineEventAttendanceMode",
  online: "https://schema.org/OnlineEventAttendanceMode",
  hybrid: "https://schema.org/MixedEventAttendanceMode",
};

const eventStatuses: Record<EventStatus, string> = {
  draft: "https://schema.org/EventScheduled",
  published: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
};

const offerAvailability: Record<RegistrationState, string | undefined> = {
  open: "https://schema.org/InStock",
  waitlist: "https://schema.org/SoldOut",
  full: "https://schema.org/SoldOut",
  not_yet_open: "https://schema.org/PreOrder",
  closed: undefined,
};

export function eventJsonLd(event: PublicEvent, registration: RegistrationState, baseUrl: string) {
  const url = eventUrl(baseUrl, event.slug);
  const place = {
    "@type": "Place",
    name: event.venueName ?? (event.venueCity ? `${event.venueCity} (locatie nog niet bekend)` : "Locatie nog niet bekend"),
    address: {
      "@type": "PostalAddress",
      streetAddress: event.venueAddress ?? undefined,
      postalCode: event.venuePostcode ?? undefined,
      addressLocality: event.venueCity ?? undefined,
      addressCountry: "NL",
    },
  };
  const virtualLocation = { "@type": "VirtualLocation", url, name: event.onlinePlatform ?? "Online" };
  const location = event.attendanceMode === "physical" ? place : event.attendanceMode === "online" ? virtualLocation : [place, virtualLocation];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.summary,
    url,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    inLanguage: "nl-NL",
    eventAttendanceMode: attendanceModes[event.attendanceMode],
    eventStatus: eventStatuses[event.status],
    location,
    organizer: { "@type": "Organization", name: event.organiser },
    ...(event.partners.length > 0 && { sponsor: event.partners.map((name) => ({ "@type": "Organization", name })) }),
    ...(event.speakers.length > 0 && { performer: event.speakers.map((speaker) => ({ "@type": "Person", name: speaker.name })) }),
    offers: {
      "@type": "Offer",
      url,
      price: (event.priceCents / 100).toFixed(2),
      priceCurrency: "EUR",
      availability: offerAvailability[registration],
      ...(event.priceCents === 0 && { description: "Gratis" }),
    },
    ...(event.meetings.length > 0 && {
      subEvent: event.meetings.map((meeting) => ({
        "@type": "Event",
        name: `${event.title}: bijeenkomst ${meeting.number}`,
        startDate: meeting.startsAt.toISOString(),
        endDate: meeting.endsAt.toISOString(),
        eventAttendanceMode: meeting.mode === "online" ? attendanceModes.online : attendanceModes.physical,
        location: meeting.mode === "online" ? virtualLocation : { "@type": "Place", name: meeting.place ?? place.name, address: place.address },
      })),
    }),
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the element early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
