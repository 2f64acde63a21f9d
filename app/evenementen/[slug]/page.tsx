import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EventDetails } from "@/components/event/EventDetails";
import { findPublicEvent, findPublicEventWithPlaces } from "@/lib/events/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const event = await findPublicEvent((await params).slug);
  return event ? { title: event.title, description: event.summary } : { title: "Bijeenkomst niet gevonden" };
}

export default async function EventPage({ params }: Props) {
  await connection();
  const found = await findPublicEventWithPlaces((await params).slug);
  if (!found) notFound();
  return <EventDetails event={found.event} taken={found.taken} />;
}
