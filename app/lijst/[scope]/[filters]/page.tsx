import type { Metadata } from "next";
import { EventListing } from "@/components/listing/EventListing";
import { listingTitle } from "@/lib/events/filters";
import { filtersOfCachedListingKey } from "@/lib/events/listing-cache-key";
import { ALL_EVENTS_TAG, LISTINGS_TAG } from "@/lib/events/page-tags";
import { cachePageUntil, listingChangesAt } from "@/lib/events/page-expiry";
import { notFoundPage } from "@/lib/not-found";

// A filtered agenda or archive as a whole page from the page cache: proxy.ts rewrites `/?format=leercafe` here
// (the address bar keeps it), one entry per set of filters (lib/events/listing-cache-key.ts). Expired like the
// unfiltered listing (../page.tsx). A refused filter is never rewritten here: app/page.tsx shows its error.

type Props = { params: Promise<{ scope: string; filters: string }> };

const scopes = { agenda: { scope: "upcoming", title: null }, archief: { scope: "archive", title: "Archief" } } as const;

export function generateStaticParams() {
  return [];
}
export const revalidate = 86400;

async function listingOf(params: Props["params"]) {
  const { scope, filters } = await params;
  const listing = Object.hasOwn(scopes, scope) ? scopes[scope as keyof typeof scopes] : null;
  const searchParams = filtersOfCachedListingKey(filters);
  return listing && searchParams ? { ...listing, searchParams } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await listingOf(params);
  return listing ? listingTitle(listing.searchParams, listing.title) : {};
}

export default async function FilteredListingPage({ params }: Props) {
  const listing = await listingOf(params);
  if (!listing) notFoundPage();
  const now = new Date();
  await cachePageUntil([LISTINGS_TAG, ALL_EVENTS_TAG], now, await listingChangesAt(now));
  return <EventListing scope={listing.scope} searchParams={listing.searchParams} />;
}
