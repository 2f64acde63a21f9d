// The one place that tells the page cache an event changed. Public pages are rendered per request today
// (docs/decisions/003), so there is nothing to expire yet; every admin write and registration calls these,
// so a page cache only has to be wired in here.

/** An event's page, its calendar file, the listings, feeds and API answers that show it. */
export function eventPagesChanged(_slug: string): void {}

/** The same, for an event known by its id. */
export function eventPagesChangedById(_id: number): void {}

/** Everything that lists events (after creating, deleting or changing many). */
export function allEventPagesChanged(): void {}
