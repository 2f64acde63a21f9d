import type { Metadata } from "next";
import { connection } from "next/server";
import { EventDetails } from "@/components/event/EventDetails";
import { EventJsonLd } from "@/components/event/EventJsonLd";
import { env } from "@/lib/env";
import { eventUrl } from "@/lib/events/api-json";
import { registrationState } from "@/lib/events/availability";
import { findViewableEvent, findViewableEventWithQuestions } from "@/lib/events/preview";
import { listOtherUpcomingOfFormat } from "@/lib/events/queries";
import { notFoundPage } from "@/lib/not-found";
import { db } from "@/lib/db/client";
import { publicMaterials } from "@/lib/materials/materials";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const event = await findViewableEvent((await params).slug);
  if (!event) return { title: "Bijeenkomst niet gevonden" };
  if (event.status === "draft") return { title: `Concept: ${event.title}`, robots: { index: false, follow: false } };
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
  const found = await findViewableEventWithQuestions((await params).slug);
  if (!found) notFoundPage();
  const draft = found.event.status === "draft";
  const alternatives = registrationState(found.event, found.taken.perMode) === "full" ? await listOtherUpcomingOfFormat(found.event) : [];
  const materials = await publicMaterials(db, found.event);
  return (
    <>
      {draft && (
        <p role="status" className="mb-4 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 font-semibold text-amber-900">
          Concept: alleen zichtbaar voor organisatoren. Bezoekers zien deze pagina pas als het evenement is gepubliceerd.
        </p>
      )}
      {!draft && <EventJsonLd event={found.event} taken={found.taken} baseUrl={env().BASE_URL} />}
      <EventDetails event={found.event} taken={found.taken} questions={found.questions} alternatives={alternatives} materials={materials} />
    </>
  );
}
