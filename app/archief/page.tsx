import type { Metadata } from "next";
import { connection } from "next/server";
import { EventListing } from "@/components/listing/EventListing";

export const metadata: Metadata = { title: "Archief" };

export default async function ArchivePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  return <EventListing scope="archive" searchParams={await searchParams} />;
}
