import pg from "pg";

// Direct access to the test server's database, for arranging what the seed does not contain.

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.BIJEEN_E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A published physical event two weeks from now. */
export async function createSmallEvent(slug: string, { capacity, waitlist }: { capacity: number; waitlist: boolean }) {
  await sql(
    `INSERT INTO "Event" (slug, title, format, status, summary, body, organiser, "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity", "capacityPhysical", "waitlistEnabled", "updatedAt")
     VALUES ($1, $2, 'leercafe', 'published', 'Een klein leercafé.', 'Tekst.', 'Movisie', now() + interval '14 days', now() + interval '14 days 3 hours', 'physical', 'Buurthuis', 'Utrecht', $3, $4, now())`,
    [slug, `Klein leercafé ${slug}`, capacity, waitlist],
  );
}

// A leerkring of this test's own (the seeded one's counts are checked elsewhere): three places for teams,
// intake, three meetings.
export async function createLeerkring(slug: string) {
  const [event] = await sql<{ id: number }>(
    `INSERT INTO "Event" (slug, title, format, status, summary, body, organiser, "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity",
                          "onlinePlatform", "capacityPhysical", "capacityOnline", "requiresApproval", "registersTeams", "updatedAt")
     VALUES ($1, $2, 'leerkring', 'published', 'Een leerkring voor teams.', 'Tekst.', 'Movisie', now() + interval '30 days', now() + interval '90 days 2 hours',
             'hybrid', 'Movisie', 'Utrecht', 'Microsoft Teams', 3, 0, true, true, now())
     RETURNING id`,
    [slug, `Leerkring ${slug}`],
  );
  await sql(
    `INSERT INTO "Meeting" ("eventId", number, "startsAt", "endsAt", mode, place)
     SELECT $1, n, now() + make_interval(days => 30 * n), now() + make_interval(days => 30 * n, hours => 2),
            (CASE WHEN n = 2 THEN 'online' ELSE 'physical' END)::"ParticipationMode", CASE WHEN n = 2 THEN 'Microsoft Teams' ELSE 'Movisie, Utrecht' END
     FROM generate_series(1, 3) AS n`,
    [event!.id],
  );
}
