import { PrismaPg } from "@prisma/adapter-pg";
import { addDays, addHours } from "date-fns";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { notifyOnce } from "@/lib/cache/page-cache-handler.mjs";
import { LISTINGS_TAG } from "@/lib/events/page-tags";
import { makeEvent } from "@/prisma/factories";

// The test server's database, for arranging what the seed does not contain (through the factories the seed
// and the integration tests use) and for checking what a journey wrote.

const globalForE2e = globalThis as unknown as { bijeenE2eDb?: PrismaClient };

/** One Prisma client per worker process, made on first use. */
export function e2eDb(): PrismaClient {
  globalForE2e.bijeenE2eDb ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.BIJEEN_E2E_DATABASE_URL, max: 2 }) });
  return globalForE2e.bijeenE2eDb;
}

/** Raw rows, for a test that reads what a table holds (mails queued, votes stored). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.BIJEEN_E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A new event written straight into the database, as a publication in the admin would: a write by hand expires
 * no cached page, so the pages that list other events (listings, a full event's alternatives: both carry the
 * listings tag) are expired here; every other event page stays cached.
 */
async function arrangeEvent(data: Parameters<typeof makeEvent>[1]) {
  const event = await makeEvent(e2eDb(), data);
  await notifyOnce(process.env.BIJEEN_E2E_DATABASE_URL!, [LISTINGS_TAG]);
  return event;
}

/** A published leercafé on site two weeks from now (or at `startsAt`). */
export async function createSmallEvent(slug: string, { capacity, waitlist, startsAt }: { capacity: number; waitlist: boolean; startsAt?: Date }) {
  return arrangeEvent({
    slug,
    ...(startsAt && { startsAt, endsAt: addHours(startsAt, 2) }),
    title: `Klein leercafé ${slug}`,
    format: "leercafe",
    summary: "Een klein leercafé.",
    venueName: "Buurthuis",
    capacityPhysical: capacity,
    waitlistEnabled: waitlist,
  });
}

// A leerkring of this test's own (the seeded one's counts are checked elsewhere): three places for teams,
// intake, three meetings.
export async function createLeerkring(slug: string) {
  const now = new Date();
  return arrangeEvent({
    slug,
    title: `Leerkring ${slug}`,
    format: "leerkring",
    summary: "Een leerkring voor teams.",
    startsAt: addDays(now, 30),
    endsAt: addHours(addDays(now, 90), 2),
    attendanceMode: "hybrid",
    venueName: "Movisie",
    onlinePlatform: "Microsoft Teams",
    capacityPhysical: 3,
    capacityOnline: 0,
    requiresApproval: true,
    registersTeams: true,
    meetings: [1, 2, 3].map((number) => ({
      number,
      startsAt: addDays(now, 30 * number),
      endsAt: addHours(addDays(now, 30 * number), 2),
      mode: number === 2 ? ("online" as const) : ("physical" as const),
      place: number === 2 ? "Microsoft Teams" : "Movisie, Utrecht",
    })),
  });
}
