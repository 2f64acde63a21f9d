import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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

export async function findPublicEvent(slug: string) {
  return db.event.findFirst({
    where: { ...publicEvent, slug },
    // Join details are for confirmed attendees only; they never reach a public page.
    omit: { onlineJoinUrl: true, onlineJoinDetails: true },
    include: {
      contactPersons: { orderBy: { position: "asc" } },
      speakers: { orderBy: { position: "asc" } },
      programmeItems: { orderBy: [{ position: "asc" }] },
      rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
      meetings: { orderBy: { number: "asc" } },
    },
  });
}

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof findPublicEvent>>>;
