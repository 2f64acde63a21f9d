import type { AttendanceMode } from "@/lib/generated/prisma/enums";

export type PlaceFields = {
  attendanceMode: AttendanceMode;
  venueName: string | null;
  venueCity: string | null;
};

/** Where an event happens, in one short line for listings: "Buurtcentrum Filmwijk, Almere", "Online". */
export function placeLabel(event: PlaceFields, { past = false }: { past?: boolean } = {}): string {
  if (event.attendanceMode === "online") return "Online";
  // "Not yet known" is a promise that no longer holds once the event is over.
  const site = past && isVenueUnknown(event) ? (event.venueCity ?? "Op locatie") : siteLabel(event);
  return event.attendanceMode === "hybrid" ? `${site} en online` : site;
}

function siteLabel({ venueName, venueCity }: PlaceFields): string {
  if (venueName && venueCity) return `${venueName}, ${venueCity}`;
  if (venueName) return venueName;
  if (venueCity) return `${venueCity}, locatie nog niet bekend`;
  return "Locatie nog niet bekend";
}

/** True when the organiser has not yet named the venue of an event that happens (partly) on site. */
export function isVenueUnknown(event: PlaceFields): boolean {
  return event.attendanceMode !== "online" && !event.venueName;
}
