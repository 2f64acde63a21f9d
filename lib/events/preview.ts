import "server-only";
import { currentAdmin } from "@/lib/auth/session";
import { findPublicEvent, findPublicEventWithQuestions } from "@/lib/events/queries";

// A draft at its public URL: signed-in organisers preview it, everyone else gets the 404 of an unknown event.
// The session is only looked up for a draft, so published pages cost no extra query.

/** The event a visitor may see at /evenementen/[slug], a draft only for an organiser; null otherwise. */
export async function findViewableEvent(slug: string) {
  const event = await findPublicEvent(slug, true);
  if (event?.status === "draft" && !(await currentAdmin())) return null;
  return event;
}

export async function findViewableEventWithQuestions(slug: string) {
  const found = await findPublicEventWithQuestions(slug, true);
  if (found?.event.status === "draft" && !(await currentAdmin())) return null;
  return found;
}
