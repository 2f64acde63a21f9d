import { offeredModes, places, placesPerMode, registrationState } from "@/lib/events/availability";
import type { ListedEvent, PlacesTaken, PublicEvent } from "@/lib/events/queries";
import { publicAccreditations } from "@/lib/accreditation/view";
import type { BoardQuestion } from "@/lib/questions/rules";

// The JSON API's shapes, documented in the README. Plain objects with ISO 8601 instants.

export function eventUrl(baseUrl: string, slug: string): string {
  return new URL(`/evenementen/${slug}`, baseUrl).toString();
}

export function eventSummaryJson(event: ListedEvent, baseUrl: string) {
  return {
    slug: event.slug,
    title: event.title,
    format: event.format,
    summary: event.summary,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    attendanceMode: event.attendanceMode,
    status: event.status,
    venue: event.attendanceMode === "online" ? null : { name: event.venueName, city: event.venueCity },
    url: eventUrl(baseUrl, event.slug),
  };
}

export function eventDetailJson(event: PublicEvent, taken: PlacesTaken, baseUrl: string, now: Date = new Date(), questions: BoardQuestion[] = []) {
  const perMode = placesPerMode(event, taken.perMode);
  return {
    slug: event.slug,
    title: event.title,
    format: event.format,
    summary: event.summary,
    body: event.body,
    audience: event.audience,
    organiser: event.organiser,
    partners: event.partners,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    attendanceMode: event.attendanceMode,
    status: event.status,
    statusNote: event.statusNote,
    url: eventUrl(baseUrl, event.slug),
    venue:
      event.attendanceMode === "online"
        ? null
        : {
            name: event.venueName,
            address: event.venueAddress,
            postcode: event.venuePostcode,
            city: event.venueCity,
            routeNotes: event.venueRouteNotes,
            known: Boolean(event.venueName),
          },
    onlinePlatform: event.attendanceMode === "physical" ? null : event.onlinePlatform,
    free: event.priceCents === 0,
    priceCents: event.priceCents,
    lunch: event.lunchProvided,
    capacity: Object.fromEntries(
      offeredModes(event).map((mode) => [mode, { total: perMode[mode]!.total, remaining: perMode[mode]!.remaining }]),
    ),
    registration: {
      state: registrationState(event, taken.perMode, now),
      opensAt: event.registrationOpensAt?.toISOString() ?? null,
      closesAt: event.registrationClosesAt?.toISOString() ?? null,
      waitlist: event.waitlistEnabled,
      approvalRequired: event.requiresApproval,
      teams: event.registersTeams,
    },
    speakers: event.speakers.map(({ name, description }) => ({ name, description })),
    programme: event.programmeItems.map((item) => ({
      startsAt: item.startsAt?.toISOString() ?? null,
      endsAt: item.endsAt?.toISOString() ?? null,
      title: item.title,
      description: item.description,
    })),
    rounds: event.rounds.map((round) => ({
      number: round.number,
      kind: round.kind,
      title: round.title,
      startsAt: round.startsAt.toISOString(),
      endsAt: round.endsAt.toISOString(),
      workshops: round.workshops.map((workshop) => {
        const workshopPlaces = places(workshop.capacity, taken.perWorkshop.get(workshop.id) ?? 0);
        return {
          number: workshop.number,
          title: workshop.title,
          description: workshop.description,
          hosts: workshop.hosts,
          room: workshop.room,
          onSiteOnly: workshop.onSiteOnly,
          capacity: workshopPlaces.total,
          remaining: workshopPlaces.remaining,
        };
      }),
    })),
    meetings: event.meetings.map((meeting) => ({
      number: meeting.number,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      mode: meeting.mode,
      place: meeting.place,
    })),
    // Registers that accredit the event; `name` spells out "other".
    accreditations: publicAccreditations(event.accreditations).map(({ body, name, number, points }) => ({ body, name, number, points })),
    contacts: event.contactPersons.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
    // Approved questions, most votes first; merged ones are counted in the question they were merged into.
    ...(event.acceptsQuestions && {
      questions: questions.map(({ id, text, askedBy, votes, chosenForPanel }) => ({ id, text, askedBy, votes, chosenForPanel })),
    }),
  };
}
