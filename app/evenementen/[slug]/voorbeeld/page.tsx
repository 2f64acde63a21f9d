import type { Metadata } from "next";
import { connection } from "next/server";
import { EventPage } from "@/components/event/EventPage";
import { env } from "@/lib/env";
import { registrationState } from "@/lib/events/availability";
import { eventPageMetadata } from "@/lib/events/metadata";
import { findViewableEvent, findViewableEventWithQuestions } from "@/lib/events/preview";
import { listOtherUpcomingOfFormat } from "@/lib/events/queries";
import { notFoundPage } from "@/lib/not-found";
import { db } from "@/lib/db/client";
import { publicMaterials } from "@/lib/materials/materials";

// The event page rendered per request, for signed-in organisers: proxy.ts rewrites /evenementen/[slug] here
// when a session cookie comes along (the address bar keeps /evenementen/[slug]). It shows a draft to an
// organiser only, and is never cached (Next's `private, no-store` for per-request pages).

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const metadata = eventPageMetadata(await findViewableEvent((await params).slug));
  return { ...metadata, robots: { index: false, follow: false } };
}

export default async function EventPreviewPage({ params }: Props) {
  await connection();
  const found = await findViewableEventWithQuestions((await params).slug);
  if (!found) notFoundPage();
  const alternatives = registrationState(found.event, found.taken.perMode) === "full" ? await listOtherUpcomingOfFormat(found.event) : [];
  const materials = await publicMaterials(db, found.event);
  return <EventPage {...found} alternatives={alternatives} materials={materials} baseUrl={env().BASE_URL} />;
}
