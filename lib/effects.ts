// What a domain write caused, for the one after-commit path (lib/after-commit.ts) to follow up: the outbox
// mails it queued and the events whose public pages now show something else. Domain outcomes carry these
// fields; app/ hands the outcome to afterCommit and never sends mail or expires pages itself.

export type Effects = {
  /** Outbox messages written in the transaction, to be handed to the mail queue. */
  mailIds: number[];
  /** Events whose page, calendar file and API answer changed. */
  eventSlugs: string[];
  /** The same, named by id where the write did not need the slug. */
  eventIds?: number[];
  /** The listings, feeds and sitemap changed too (an event created, deleted, published, moved). */
  listingsChanged?: boolean;
};
