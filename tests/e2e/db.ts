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
