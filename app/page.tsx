import { connection } from "next/server";
import { EventListing } from "@/components/listing/EventListing";

export default async function UpcomingEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  return <EventListing scope="upcoming" searchParams={await searchParams} />;
}
