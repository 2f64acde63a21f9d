import type { Metadata } from "next";
import { EventListing } from "@/components/listing/EventListing";
import { ALL_EVENTS_TAG, LISTINGS_TAG } from "@/lib/events/page-tags";
import { cachePageUntil, listingChangesAt } from "@/lib/events/page-expiry";
import { notFoundPage } from "@/lib/not-found";

// The unfiltered agenda and archive as whole pages from the page cache: next.config.js rewrites `/` and
// `/archief` without filter parameters here (the address bar keeps `/`). With filters they are rendered per
// request by app/page.tsx and app/archief/page.tsx. Expired by every write that changes places or events
// (lib/events/invalidate.ts) and at the next moment a listing changes by itself (lib/events/page-expiry.ts).

const scopes = {
  agenda: { scope: "upcoming", metadata: {} },
  archief: { scope: "archive", metadata: { title: "Archief" } },
} as const satisfies Record<string, { scope: "upcoming" | "archive"; metadata: Metadata }>;

type Props = { params: Promise<{ scope: string }> };

export function generateStaticParams() {
  return [];
}
export const revalidate = 86400;

function listingOf(scope: string) {
  return Object.hasOwn(scopes, scope) ? scopes[scope as keyof typeof scopes] : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingOf((await params).scope)?.metadata ?? {};
}

export default async function UnfilteredListingPage({ params }: Props) {
  const listing = listingOf((await params).scope);
  if (!listing) notFoundPage();
  const now = new Date();
  await cachePageUntil([LISTINGS_TAG, ALL_EVENTS_TAG], now, await listingChangesAt(now));
  return <EventListing scope={listing.scope} searchParams={{}} />;
}
