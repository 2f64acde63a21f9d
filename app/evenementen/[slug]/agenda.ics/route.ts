import { connection } from "next/server";
import { buildCalendar, calendarResponse } from "@/lib/calendar/ics";
import { env } from "@/lib/env";
import { findCalendarEvent } from "@/lib/events/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const event = await findCalendarEvent(slug);
  if (!event) return new Response("Deze bijeenkomst bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return calendarResponse(buildCalendar({ name: event.title, events: [event], baseUrl: env().BASE_URL }), `${slug}.ics`);
}
