import "server-only";
import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import { unstable_cache } from "next/cache";
import { TIME_ZONE } from "@/lib/dates";
import { db } from "@/lib/db/client";

// When a cached public page ends by itself (docs/decisions/006-page-cache-isr.md): at the next moment it
// would show something else without anyone writing (registration opens or closes, the event starts or ends,
// a new Amsterdam day). `unstable_cache` is Next's classic way to give a page being rendered its tags and to
// shorten its `revalidate`: the page's lifetime is the shortest of the entries it read. The cache handler
// drops a page when that lifetime is over, so the next visitor gets a fresh render, never the old one.

const DAY_SECONDS = 24 * 60 * 60;

/** The earliest of `candidates` after `now`, or null. */
export function firstMomentAfter(now: Date, candidates: readonly (Date | null | undefined)[]): Date | null {
  let first: Date | null = null;
  for (const candidate of candidates) if (candidate && candidate > now && (!first || candidate < first)) first = candidate;
  return first;
}

/** The start of the next day in Amsterdam: listings and dates like "vandaag" change then. */
export function nextAmsterdamMidnight(now: Date): Date {
  return new Date(startOfDay(addDays(new TZDate(now, TIME_ZONE), 1)).getTime());
}

/** Seconds a page may live when it changes by itself at `changesAt`: at least 1 (Next's minimum), at most a day. */
export function lifetimeSeconds(now: Date, changesAt: Date | null): number {
  if (!changesAt) return DAY_SECONDS;
  return Math.min(DAY_SECONDS, Math.max(1, Math.ceil((changesAt.getTime() - now.getTime()) / 1000)));
}

/** An event page changes by itself when registration opens or closes, when the event starts or ends, and at midnight. */
export function eventPageChangesAt(
  event: { registrationOpensAt: Date | null; registrationClosesAt: Date | null; startsAt: Date; endsAt: Date },
  now: Date,
): Date | null {
  return firstMomentAfter(now, [event.registrationOpensAt, event.registrationClosesAt, event.startsAt, event.endsAt, nextAmsterdamMidnight(now)]);
}

/** A listing changes by itself when any public event's registration opens or closes, or one starts or ends (it leaves the agenda). */
export async function listingChangesAt(now: Date): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT min(moment) AS next FROM (
      SELECT unnest(ARRAY["registrationOpensAt", "registrationClosesAt", "startsAt", "endsAt" + interval '1 millisecond']) AS moment
      FROM "Event" WHERE status <> 'draft' AND "endsAt" >= ${now}
    ) moments WHERE moment > ${now}`;
  return firstMomentAfter(now, [row?.next, nextAmsterdamMidnight(now)]);
}

/**
 * Called while a cached page renders: tags the page (so lib/events/invalidate.ts can expire it) and ends it
 * at `changesAt`. Outside a cached render (a page rendered per request) it costs one cache lookup.
 */
export async function cachePageUntil(tags: string[], now: Date, changesAt: Date | null): Promise<void> {
  await unstable_cache(async () => true, ["page-tags", ...tags], { tags, revalidate: lifetimeSeconds(now, changesAt) })();
}
