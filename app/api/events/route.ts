import { connection, NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { eventSummaryJson } from "@/lib/events/api-json";
import { parseEventFilters } from "@/lib/events/filters";
import { searchEvents } from "@/lib/events/search";
import { answeringDatabaseAway } from "@/lib/http/database-away";

export const GET = answeringDatabaseAway(async function GET(request: NextRequest) {
  await connection();
  const { filters, errors } = parseEventFilters(request.nextUrl.searchParams);
  if (Object.keys(errors).length > 0) {
    return NextResponse.json({ message: "Ongeldige parameters.", errors }, { status: 400 });
  }
  const result = await searchEvents(filters);
  const { BASE_URL } = env();
  return NextResponse.json({
    events: result.events.map((event) => eventSummaryJson(event, BASE_URL)),
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
  });
});
