// The page cache's tags (docs/decisions/006-page-cache-isr.md): the cached pages carry them, lib/events/invalidate.ts
// expires them. Without imports, so a script or a test can name them too.

/** Every cached public page: the event pages and the listings. */
export const ALL_EVENTS_TAG = "events";
/** The unfiltered agenda and archive (and whatever else lists events with their places). */
export const LISTINGS_TAG = "listings";
/** One event's page, by slug (also while that slug is unknown). */
export const eventTag = (slug: string) => `event:${slug}`;
/** One event's page, by id. */
export const eventIdTag = (id: number) => `event-id:${id}`;
