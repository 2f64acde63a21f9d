import { addDays } from "date-fns";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { lockingSlots, pool } from "@/lib/db/pool";
import { env } from "@/lib/env";
import { readRegistrationSnapshot, registrationSnapshotStatement, snapshotFrom } from "@/lib/registration/capacity/counts";
import { lockStatements } from "@/lib/registration/capacity/locks";
import { quotaLocks } from "@/lib/registration/capacity/rules";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

// When registration opens, many registrations wait for one event's quota lock at once. They must neither take
// every pooled connection from the pages nor make a refusal wait for the lock. A second session holds the lock
// here, as a long registration would.

const startsAt = addDays(new Date(), 30);
const register = (slug: string, index: number) =>
  registerForEvent(slug, { name: `Deelnemer ${index}`, email: `rush${index}@example.org`, consent: true }, { baseUrl: "https://bijeen.example.org" });
const holders: pg.Client[] = [];

/** Holds the event's physical quota lock in its own transaction until the returned function is called. */
async function holdQuotaLock(eventId: number): Promise<() => Promise<void>> {
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  holders.push(holder);
  await holder.connect();
  await holder.query(["BEGIN", ...lockStatements(quotaLocks(eventId, ["physical"], []))].join(";\n"));
  return async () => {
    await holder.query("COMMIT");
  };
}

/** A liveness check, not a timing one: "blocked" only if the work is stuck behind the held lock. */
const unlessBlocked = <T,>(work: Promise<T>) => Promise.race([work, new Promise<"blocked">((resolve) => setTimeout(() => resolve("blocked"), 10_000))]);

async function sessionsWaitingForLocks(): Promise<number> {
  const { rows } = await pool().query<{ waiting: number }>(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
  );
  return rows[0]!.waiting;
}

afterEach(async () => {
  await Promise.all(holders.splice(0).map((holder) => holder.end().catch(() => {})));
});

describe("a rush of registrations for one event", () => {
  it("leaves pooled connections for reading while registrations wait for the quota lock", async () => {
    const event = await makeEvent(db, { slug: "opening", startsAt, capacityPhysical: 100 });
    const release = await holdQuotaLock(event.id);
    const poolSize = env().DATABASE_POOL_SIZE;
    // More registrations than the pool has connections, all waiting for the lock.
    const registrations = Array.from({ length: poolSize + 4 }, (_, index) => register("opening", index));
    const slots = lockingSlots(poolSize);
    for (let attempt = 0; attempt < 200 && (await sessionsWaitingForLocks()) < slots; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await sessionsWaitingForLocks()).toBe(slots);

    // A page's reads get a connection at once, through Prisma and plain SQL.
    expect(await unlessBlocked(db.event.count())).toBe(1);
    expect(await unlessBlocked(pool().query("SELECT 1 AS one").then((result) => result.rows[0].one))).toBe(1);

    await release();
    const outcomes = await Promise.all(registrations);
    expect(outcomes.every((outcome) => outcome.kind === "registered" && outcome.status === "confirmed")).toBe(true);
  });

  it("reads the same snapshot when the read goes out with the locks as plain text, whatever the e-mail address holds", async () => {
    const event = await makeEvent(db, { slug: "tekst", startsAt, capacityPhysical: 5 });
    const email = "o'brien\\'; DROP TABLE \"Event\"; --@example.org";
    await db.registration.create({
      data: { eventId: event.id, status: "confirmed", attendanceMode: "physical", name: "O'Brien", email, activeEmail: email.toLowerCase(), manageToken: "t".repeat(43), consentAt: new Date(), checkInCode: "ABCDEFGH" },
    });
    const connection = await pool().connect();
    try {
      const question = { eventId: event.id, mode: "physical" as const, workshopIds: [], email: email.toUpperCase() };
      const withParameters = await readRegistrationSnapshot(connection, question);
      const asText = snapshotFrom(await connection.query(["BEGIN", registrationSnapshotStatement(connection, question)].join(";\n")));
      await connection.query("COMMIT");
      expect(withParameters?.existingId).toEqual(expect.any(Number));
      expect(asText).toEqual(withParameters);
      expect(() => registrationSnapshotStatement(connection, { ...question, mode: "physical'; --" as "physical" })).toThrow();
    } finally {
      connection.release();
    }
    expect(await db.event.count()).toBe(1);
  });

  it("refuses at a full event without waiting for the lock, and still never overbooks", async () => {
    const event = await makeEvent(db, { slug: "vol", startsAt, capacityPhysical: 2 });
    expect(await register("vol", 1)).toMatchObject({ kind: "registered", status: "confirmed" });
    expect(await register("vol", 2)).toMatchObject({ kind: "registered", status: "confirmed" });

    const release = await holdQuotaLock(event.id);
    expect(await unlessBlocked(register("vol", 3))).toMatchObject({ kind: "refused", reason: "full" });
    await release();

    // A place freed: the next one is decided under the lock again, and only one of two gets it.
    await db.registration.updateMany({ where: { email: "rush1@example.org" }, data: { status: "cancelled", activeEmail: null } });
    const outcomes = await Promise.all([register("vol", 4), register("vol", 5)]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["refused", "registered"]);
    expect(await db.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(2);
  });
});
