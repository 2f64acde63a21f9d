import { connection, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { eventDetailJson } from "@/lib/events/api-json";
import { findPublicEventWithQuestions } from "@/lib/events/queries";
import { answeringDatabaseAway } from "@/lib/http/database-away";

export const GET = answeringDatabaseAway(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const found = await findPublicEventWithQuestions((await params).slug);
  if (!found) return NextResponse.json({ message: "Deze bijeenkomst bestaat niet." }, { status: 404 });
  return NextResponse.json(eventDetailJson(found.event, found.taken, env().BASE_URL, new Date(), found.questions));
});
