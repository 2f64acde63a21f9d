import "server-only";
import type { Effects } from "@/lib/effects";
import { pagesChangedBy } from "@/lib/events/invalidate";
import { dispatchMail } from "@/lib/mail/worker";

// The one path after a committed write, for server actions and route handlers alike: the queued mails go to
// the mail queue, and the pages that show the change expire. Only what a domain write reported is followed
// up, so nothing here queries the database again.

export function afterCommit(effects: Partial<Effects>): void {
  pagesChangedBy(effects);
  if (effects.mailIds?.length) dispatchMail(effects.mailIds);
}
