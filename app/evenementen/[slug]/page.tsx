import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EventDetails } from "@/components/event/EventDetails";
import { EventJsonLd } from "@/components/event/EventJsonLd";
import { env } from "@/lib/env";
import { eventUrl } from "@/lib/events/api-json";
import { findPublicEvent, findPublicEventWithQuestions } from "@/lib/events/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const event = await findPublicEvent((await params).slug);
  if (!event) return { title: "Bijeenkomst niet gevonden" };
  const url = eventUrl(env().BASE_URL, event.slug);
  return {
    title: event.title,
    description: event.summary,
    alternates: { canonical: url, types: { "text/calendar": `/evenementen/${event.slug}/agenda.ics` } },
    openGraph: { type: "website", locale: "nl_NL", siteName: "Bijeen", url, title: event.title, description: event.summary },
  };
}

export default async function EventPage({ params }: Props) {
  await connection();
  const found = await findPublicEventWithQuestions((await params).slug);
  if (!found) notFound();
  return (
    <>
      <EventJsonLd event={found.event} taken={found.taken} baseUrl={env().BASE_URL} />
      <EventDetails event={found.event} taken={found.taken} questions={found.questions} />
    </>
  );
}
