import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { eventUrl } from "@/lib/events/api-json";

/** An event page's title, description, canonical address and calendar link; a draft's preview is never indexed. */
export function eventPageMetadata(event: { slug: string; title: string; summary: string; status: string } | null): Metadata {
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
