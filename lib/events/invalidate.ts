import "server-only";
import { revalidateTag } from "next/cache";
import { CHANNEL } from "@/lib/cache/page-cache-handler.mjs";
import { db } from "@/lib/db/client";
import type { Effects } from "@/lib/effects";
import { ALL_EVENTS_TAG, eventIdTag, eventTag, LISTINGS_TAG } from "@/lib/events/page-tags";

// The one place that tells the page cache an event changed (docs/decisions/006-page-cache-isr.md). Nothing
// calls these but lib/after-commit.ts and the queue's jobs (lib/mail/worker.ts): a write reports `eventSlugs`,
// `eventIds` or `listingsChanged` in its Effects, and `pagesChangedBy` expires the pages.
//
// In a Server Action or Route Handler, `revalidateTag(tag, { expire: 0 })` hands the tags to the cache
// handler (lib/cache/page-cache-handler.mjs) before the answer leaves: this process drops the pages at once
// and PostgreSQL NOTIFY tells every other `next start`. Outside a request (a script, the mail worker, a
// pg-boss job) Next has no request to attach the expiry to and throws; then the NOTIFY is sent directly,
// which reaches this process's own cache too.

/** Every page a committed write reported in its Effects (lib/after-commit.ts, and the queue's jobs). */
export function pagesChangedBy(effects: Partial<Pick<Effects, "eventSlugs" | "eventIds" | "listingsChanged">>): void {
  for (const slug of new Set(effects.eventSlugs ?? [])) eventPagesChanged(slug);
  for (const id of new Set(effects.eventIds ?? [])) eventPagesChangedById(id);
  if (effects.listingsChanged) allEventPagesChanged();
}

/** An event's page, and the listings that show its places. After a change of slug: the old and the new. */
export function eventPagesChanged(slug: string): void {
  expire([eventTag(slug), LISTINGS_TAG]);
}

/** The same, for an event known by its id. */
export function eventPagesChangedById(id: number): void {
  expire([eventIdTag(id), LISTINGS_TAG]);
}

/** Everything that lists or shows events (after creating, deleting or changing many). */
export function allEventPagesChanged(): void {
  expire([ALL_EVENTS_TAG]);
}

const outsideRequest = new Set<Promise<void>>();

function expire(tags: string[]): void {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
    const sent = notify(tags);
    outsideRequest.add(sent);
    void sent.finally(() => outsideRequest.delete(sent));
  }
}

async function notify(tags: string[]): Promise<void> {
  try {
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify({ origin: "script", tags })})`;
  } catch (error) {
    // The database is away: every server's LISTEN connection is gone too, and each drops its cache.
    console.warn(`[page-cache] kon verlopen pagina's niet doorgeven: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** For a script that exits after a write: waits until the expiries it caused have been sent. */
export async function pageExpiriesSent(): Promise<void> {
  await Promise.all([...outsideRequest]);
}
