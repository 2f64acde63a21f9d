import { isVenueUnknown } from "@/lib/events/place";
import type { PublicEvent } from "@/lib/events/queries";

/** Where an event takes place; while the venue is unknown, what registrants can expect; after the event, no promises. */
export function EventVenue({ event, past }: { event: PublicEvent; past: boolean }) {
  if (isVenueUnknown(event)) {
    if (past) return <span>{event.venueCity ?? "Op locatie"}</span>;
    return (
      <>
        <span>Locatie nog niet bekend{event.venueCity ? ` (${event.venueCity})` : ""}</span>
        <p className="mt-1 text-stone-600">Wie zich aanmeldt, krijgt een e-mail zodra de plek bekend is.</p>
      </>
    );
  }
  return (
    <>
      <address className="not-italic">
        {event.venueName}
        {event.venueAddress && <span className="block">{event.venueAddress}</span>}
        {(event.venuePostcode || event.venueCity) && (
          <span className="block">{[event.venuePostcode, event.venueCity].filter(Boolean).join("  ")}</span>
        )}
      </address>
      {event.venueRouteNotes && !past && <p className="mt-1 text-stone-600">{event.venueRouteNotes}</p>}
      {!past && (
        <a className="mt-1 inline-block text-brand-700 underline" href={mapUrl(event)}>
          Bekijk op de kaart<span className="sr-only"> (OpenStreetMap)</span>
        </a>
      )}
    </>
  );
}

function mapUrl(event: PublicEvent): string {
  const query = [event.venueName, event.venueAddress, event.venuePostcode, event.venueCity].filter(Boolean).join(", ");
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
