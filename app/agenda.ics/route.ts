import { connection } from "next/server";
import { buildCalendar, calendarResponse } from "@/lib/calendar/ics";
import { env } from "@/lib/env";
import { listCalendarEvents } from "@/lib/events/queries";

export async function GET() {
  await connection();
  const events = await listCalendarEvents();
  return calendarResponse(buildCalendar({ name: "Bijeen: agenda", events, baseUrl: env().BASE_URL }), "bijeen-agenda.ics");
}
