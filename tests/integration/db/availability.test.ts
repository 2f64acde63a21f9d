import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db, pool } from "@/lib/db/client";
import { DATABASE_RETRY_SECONDS, isDatabaseAway, isDatabaseStillAway, isDatabaseUnreachableError, noteDatabaseReached, watchDatabaseAvailability } from "@/lib/db/availability";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { answeringDatabaseAway, DATABASE_AWAY_MESSAGE, databaseAwayResponse } from "@/lib/http/database-away";

// A pool whose server is not there: nothing listens on port 1.
function unreachablePool() {
  return watchDatabaseAvailability(new pg.Pool({ connectionString: "postgresql://postgres:x@127.0.0.1:1/bijeen" }));
}

function unreachableClient(away = unreachablePool()) {
  return new PrismaClient({ adapter: new PrismaPg(away, { disposeExternalPool: true }) });
}

afterEach(() => noteDatabaseReached());

describe("while the database cannot be reached", () => {
  it("a failed connect marks it away for a few seconds, and the error is recognised as unreachable", async () => {
    const away = unreachableClient();
    const error = await away.event.count().catch((caught: unknown) => caught);
    expect(isDatabaseUnreachableError(error)).toBe(true);
    // Raw SQL (the listing's search) reports it differently from a model query.
    const rawError = await away.$queryRaw`SELECT 1`.catch((caught: unknown) => caught);
    expect(isDatabaseUnreachableError(rawError)).toBe(true);
    expect(isDatabaseAway()).toBe(true);
    expect(isDatabaseAway(Date.now() + DATABASE_RETRY_SECONDS * 1000 + 1)).toBe(false);
    await away.$disconnect();
  });

  it("a JSON route answers 503 with Retry-After and a Dutch message instead of 500", async () => {
    const away = unreachableClient();
    const handler = answeringDatabaseAway(async () => Response.json({ rows: await away.$queryRaw`SELECT 1` }));
    const response = await handler();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(DATABASE_RETRY_SECONDS));
    expect(await response.json()).toEqual({ reason: "unavailable", message: DATABASE_AWAY_MESSAGE });
    await away.$disconnect();
  });

  it("the proxy's answer is JSON under /api/ and a Dutch HTML page elsewhere", async () => {
    expect((await databaseAwayResponse("/api/events").json()).message).toBe(DATABASE_AWAY_MESSAGE);
    const page = databaseAwayResponse("/evenementen/leercafe");
    expect(page.status).toBe(503);
    expect(page.headers.get("Content-Type")).toContain("text/html");
    expect(await page.text()).toContain("Bijeen is even niet bereikbaar, probeer het over een minuut opnieuw.");
  });

  it("connections the server drops are noted, and the next query reconnects and clears the mark", async () => {
    // The pool's one connection, now idle; the server ends it as it does when PostgreSQL shuts down.
    const [{ pid }] = await db.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
    expect(isDatabaseAway()).toBe(false);
    expect(pool().idleCount).toBeGreaterThan(0);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await admin.end();
    await expect.poll(() => isDatabaseAway()).toBe(true);

    expect(await db.event.count()).toBe(0);
    expect(isDatabaseAway()).toBe(false);
  });

  it("other errors (a broken rule, a bad query) are not taken for an absent database, and go on as errors", async () => {
    const error = await db.$queryRawUnsafe("SELECT * FROM no_such_table").catch((caught: unknown) => caught);
    expect(isDatabaseUnreachableError(error)).toBe(false);
    await expect(answeringDatabaseAway(async () => db.$queryRawUnsafe("SELECT 1/0").then(() => new Response()))()).rejects.toThrow();
    expect(isDatabaseAway()).toBe(false);
  });
});

describe("after the retry window", () => {
  it("one connect decides: still away while it fails, through as soon as the database answers again", async () => {
    const awayPool = unreachablePool();
    const away = unreachableClient(awayPool);
    await away.event.count().catch(() => undefined);
    const afterWindow = Date.now() + DATABASE_RETRY_SECONDS * 1000 + 1;
    expect(await isDatabaseStillAway(awayPool, afterWindow)).toBe(true);
    await away.$disconnect();

    // A query through the real pool succeeds: that clears the mark, and nothing needs to be tried any more.
    await db.event.count();
    expect(await isDatabaseStillAway(pool(), afterWindow)).toBe(false);
  });

  it("a pool without a single connection tries one first, so the first request to a fresh server is a 503 too", async () => {
    const away = unreachablePool();
    expect(await isDatabaseStillAway(away)).toBe(true);
    await away.end();

    // A reachable database: the connection made for the check stays in the pool for the page.
    const fresh = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    watchDatabaseAvailability(fresh);
    noteDatabaseReached();
    expect(fresh.totalCount).toBe(0);
    expect(await isDatabaseStillAway(fresh)).toBe(false);
    expect(fresh.idleCount).toBe(1);
    await fresh.end();
  });
});
