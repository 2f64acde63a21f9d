import { Feed } from "feed";
import { connection } from "next/server";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { env } from "@/lib/env";
import { eventUrl } from "@/lib/events/api-json";
import { formatLabels } from "@/lib/events/formats";
import { placeLabel } from "@/lib/events/place";
import { listCalendarEvents } from "@/lib/events/queries";

/** Atom feed of upcoming events, for feed readers and intranet widgets. */
export async function GET() {
  await connection();
  const { BASE_URL } = env();
  const events = await listCalendarEvents();
  const feed = new Feed({
    id: new URL("/", BASE_URL).toString(),
    link: new URL("/", BASE_URL).toString(),
    title: "Bijeen: komende bijeenkomsten",
    description: "Bijeenkomsten voor professionals in het sociaal domein.",
    language: "nl",
    copyright: "Bijeen",
    updated: events.reduce((latest, event) => (event.updatedAt > latest ? event.updatedAt : latest), new Date(0)),
    feedLinks: { atom: new URL("/atom.xml", BASE_URL).toString() },
  });
  for (const event of events) {
    const url = eventUrl(BASE_URL, event.slug);
    feed.addItem({
      id: url,
      link: url,
      title: `${event.status === "cancelled" ? "Geannuleerd: " : ""}${event.title}`,
      description: `${formatLabels[event.format]} · ${formatDutchDateTimeRange(event.startsAt, event.endsAt)} · ${placeLabel(event)}. ${event.summary}`,
      date: event.updatedAt,
      category: [{ name: formatLabels[event.format] }],
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
