import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EventFormat, EventStatus } from "@/lib/generated/prisma/enums";
import { withoutControlCharacters } from "@/lib/forms/plain-text";

// The organisers' list of events: coming, past or drafts, with a plain search and the numbers an organiser
// looks for first (how many registered, how many wait, how many await intake).

export const ADMIN_EVENT_SCOPES = ["komend", "voorbij", "concept"] as const;
export type AdminEventScope = (typeof ADMIN_EVENT_SCOPES)[number];

export const adminEventListQuery = z.object({
  scope: z.enum(ADMIN_EVENT_SCOPES).catch("komend"),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200)).catch(""),
});

export type AdminEventRow = {
  id: number;
  slug: string;
  title: string;
  format: EventFormat;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  counts: { confirmed: number; waitlisted: number; pending: number };
};

export async function listAdminEvents(db: PrismaClient, { scope, q }: z.infer<typeof adminEventListQuery>, now = new Date()): Promise<AdminEventRow[]> {
  const where: Prisma.EventWhereInput = {
    ...(scope === "concept" ? { status: "draft" } : { status: { not: "draft" }, ...(scope === "komend" ? { endsAt: { gte: now } } : { endsAt: { lt: now } }) }),
    ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { slug: { contains: q, mode: "insensitive" } }, { venueCity: { contains: q, mode: "insensitive" } }] } : {}),
  };
  const events = await db.event.findMany({
    where,
    orderBy: { startsAt: scope === "voorbij" ? "desc" : "asc" },
    take: 200,
    select: { id: true, slug: true, title: true, format: true, status: true, startsAt: true, endsAt: true },
  });
  const grouped = await db.registration.groupBy({
    by: ["eventId", "status"],
    where: { eventId: { in: events.map((event) => event.id) }, status: { in: ["confirmed", "waitlisted", "pending"] } },
    _count: { _all: true },
  });
  return events.map((event) => {
    const counts = { confirmed: 0, waitlisted: 0, pending: 0 };
    for (const row of grouped) if (row.eventId === event.id) counts[row.status as keyof typeof counts] = row._count._all;
    return { ...event, counts };
  });
}
