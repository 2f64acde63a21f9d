import "server-only";
import type { Effects } from "@/lib/effects";
import { allEventPagesChanged, eventPagesChanged, eventPagesChangedById } from "@/lib/events/invalidate";
import { dispatchMail } from "@/lib/mail/worker";

// The one path after a committed write, for server actions and route handlers alike: the queued mails go to
// the mail queue, and the pages that show the change expire. Only what a domain write reported is followed
// up, so nothing here queries the database again.

export function afterCommit(effects: Partial<Effects>): void {
  for (const slug of new Set(effects.eventSlugs ?? [])) eventPagesChanged(slug);
  for (const id of new Set(effects.eventIds ?? [])) eventPagesChangedById(id);
  if (effects.listingsChanged) allEventPagesChanged();
  if (effects.mailIds?.length) dispatchMail(effects.mailIds);
}
