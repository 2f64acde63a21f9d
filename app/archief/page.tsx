import type { Metadata } from "next";
import { connection } from "next/server";
import { EventListing } from "@/components/listing/EventListing";
import { listingTitle } from "@/lib/events/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Fout: Archief" after a filter the archive could not use, also without JavaScript. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return listingTitle(await searchParams, "Archief");
}

export default async function ArchivePage({ searchParams }: Props) {
  await connection();
  return <EventListing scope="archive" searchParams={await searchParams} />;
}
