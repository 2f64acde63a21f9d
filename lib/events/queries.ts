import "server-only";
import { accreditationInclude } from "@/lib/accreditation/store";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { countPlacesTaken } from "@/lib/registration/capacity/counts";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventFormat } from "@/lib/generated/prisma/enums";
import { findQuestionBoard } from "@/lib/questions/queries";

export type { PlacesTaken } from "@/lib/registration/capacity/counts";

// Read models for the public pages: only what a visitor may see, never drafts.

const publicEvent = { status: { not: "draft" } } satisfies Prisma.EventWhereInput;

/** What a listing shows of an event. */
export const listingSelect = {
  id: true,
  slug: true,
  title: true,
  format: true,
  status: true,
  summary: true,
  startsAt: true,
  endsAt: true,
  attendanceMode: true,
  venueName: true,
  venueCity: true,
  // For the card's availability (lib/events/card-status.ts).
  registrationOpensAt: true,
  registrationClosesAt: true,
  capacityPhysical: true,
  capacityOnline: true,
  waitlistEnabled: true,
  registersTeams: true,
  _count: { select: { meetings: true } },
} satisfies Prisma.EventSelect;

export type ListedEvent = Prisma.EventGetPayload<{ select: typeof listingSelect }>;

export async function listUpcomingEvents(now: Date = new Date()): Promise<ListedEvent[]> {
  return db.event.findMany({
    where: { ...publicEvent, endsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: listingSelect,
  });
}

/** Other upcoming published events of a format, soonest first: where to go when this one is full. */
export async function listOtherUpcomingOfFormat(event: { id: number; format: EventFormat }, now: Date = new Date(), take = 3): Promise<ListedEvent[]> {
  return db.event.findMany({
    where: { status: "published", format: event.format, id: { not: event.id }, startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
    select: listingSelect,
  });
}

/**
 * Deduplicated per request: the page and its metadata ask for the same event. `withDrafts` is for the event
 * page's preview: the page shows a draft only after checking that an organiser is signed in.
 */
export const findPublicEvent = cache(async function findPublicEvent(slug: string, withDrafts: boolean = false) {
  return db.event.findFirst({
    where: withDrafts ? { slug } : { ...publicEvent, slug },
    // Join details are for confirmed attendees only; they never reach a public page.
    omit: { onlineJoinUrl: true, onlineJoinDetails: true },
    include: {
      contactPersons: { orderBy: { position: "asc" } },
      speakers: { orderBy: { position: "asc" } },
      programmeItems: { orderBy: [{ position: "asc" }] },
      rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
      meetings: { orderBy: { number: "asc" } },
      questions: { orderBy: { position: "asc" } },
      accreditations: accreditationInclude,
    },
  });
});

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof findPublicEvent>>>;

/** An event page's data: the event, and its places as they are now. */
export async function findPublicEventWithPlaces(slug: string) {
  const event = await findPublicEvent(slug);
  if (!event) return null;
  return { event, taken: await countPlacesTaken(db, event.id) };
}

/** The event page's and the API's data: the above, and the approved questions of an event that takes them. */
export async function findPublicEventWithQuestions(slug: string, withDrafts: boolean = false) {
  const event = await findPublicEvent(slug, withDrafts);
  if (!event) return null;
  const [taken, questions] = await Promise.all([countPlacesTaken(db, event.id), event.acceptsQuestions ? findQuestionBoard(db, event.id) : []]);
  return { event, taken, questions };
}

const calendarSelect = {
  id: true,
  slug: true,
  title: true,
  format: true,
  summary: true,
  status: true,
  startsAt: true,
  endsAt: true,
  attendanceMode: true,
  venueName: true,
  venueAddress: true,
  venuePostcode: true,
  venueCity: true,
  onlinePlatform: true,
  updatedAt: true,
  meetings: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, startsAt: true, endsAt: true, mode: true, place: true } },
} satisfies Prisma.EventSelect;

/** Every upcoming public event, cancelled ones included so subscribed calendars learn of it. */
export async function listCalendarEvents(now: Date = new Date()) {
  return db.event.findMany({ where: { ...publicEvent, endsAt: { gte: now } }, orderBy: { startsAt: "asc" }, select: calendarSelect });
}

export async function findCalendarEvent(slug: string) {
  return db.event.findFirst({ where: { ...publicEvent, slug }, select: calendarSelect });
}

export async function listSitemapEvents() {
  return db.event.findMany({ where: publicEvent, orderBy: { startsAt: "desc" }, select: { slug: true, updatedAt: true } });
}
