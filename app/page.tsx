import type { Metadata } from "next";
import { connection } from "next/server";
import { EventListing } from "@/components/listing/EventListing";
import { listingTitle } from "@/lib/events/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Fout: …" after a filter the listing could not use, also without JavaScript. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listingTitle(await searchParams, null);
}

export default async function UpcomingEventsPage({ searchParams }: Props) {
  await connection();
  return <EventListing scope="upcoming" searchParams={await searchParams} />;
}
