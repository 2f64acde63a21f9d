import "server-only";
import { startOfDay } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { inAmsterdam } from "@/lib/dates";

// The events door staff may check people in for: published ones from today on (Amsterdam's today), soonest first.

export async function checkInEvents(db: PrismaClient, now = new Date()) {
  const today = startOfDay(inAmsterdam(now));
  const events = await db.event.findMany({
    where: { status: "published", endsAt: { gte: today } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, title: true, startsAt: true, endsAt: true, venueName: true, venueCity: true, _count: { select: { checkIns: true, registrations: { where: { status: "confirmed" } } } } },
  });
  return events.map(({ _count, ...event }) => ({ ...event, present: _count.checkIns, expected: _count.registrations, today: startOfDay(inAmsterdam(event.startsAt)).getTime() <= today.getTime() }));
}
