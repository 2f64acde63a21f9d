import type { Metadata } from "next";
import { EventPage } from "@/components/event/EventPage";
import { env } from "@/lib/env";
import { registrationState } from "@/lib/events/availability";
import { ALL_EVENTS_TAG, eventIdTag, eventTag, LISTINGS_TAG } from "@/lib/events/page-tags";
import { eventPageMetadata } from "@/lib/events/metadata";
import { cachePageUntil, eventPageChangesAt } from "@/lib/events/page-expiry";
import { findPublicEvent, findPublicEventWithQuestions, listOtherUpcomingOfFormat } from "@/lib/events/queries";
import { notFoundPage } from "@/lib/not-found";
import { db } from "@/lib/db/client";
import { publicMaterials } from "@/lib/materials/materials";

// A published event's page, rendered once and kept in the page cache (docs/decisions/006-page-cache-isr.md)
// until a write expires it (lib/events/invalidate.ts) or the moment it changes by itself. It reads no cookie,
// header or search parameter: that would make it per request. A signed-in organiser is sent to ./voorbeeld
// by proxy.ts, which also shows drafts.

type Props = { params: Promise<{ slug: string }> };

// Rendered on the first request, not at build time (the build has no database).
export function generateStaticParams() {
  return [];
}
// The longest a page lives; each page shortens it to its own next change (lib/events/page-expiry.ts).
export const revalidate = 86400;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventPageMetadata(await findPublicEvent((await params).slug));
}

export default async function CachedEventPage({ params }: Props) {
  const { slug } = await params;
  const found = await findPublicEventWithQuestions(slug);
  if (!found) notFoundPage();
  const now = new Date();
  const full = registrationState(found.event, found.taken.perMode, now) === "full";
  const alternatives = full ? await listOtherUpcomingOfFormat(found.event, now) : [];
  // A full event lists others of its format with their places: then listings' changes end it too.
  const tags = [eventTag(slug), eventIdTag(found.event.id), ALL_EVENTS_TAG, ...(full ? [LISTINGS_TAG] : [])];
  await cachePageUntil(tags, now, eventPageChangesAt(found.event, now));
  const materials = await publicMaterials(db, found.event, now);
  return <EventPage {...found} alternatives={alternatives} materials={materials} baseUrl={env().BASE_URL} />;
}
