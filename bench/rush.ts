import { spawn } from "node:child_process";
import http from "node:http";
import pg from "pg";
import { startBijeen } from "./lib";

// `npm run bench:rush`: 200 concurrent clients send 2,000 registration attempts through the HTTP API on
// `next start` at one event with limited places per mode and per workshop. Prints the outcome counts, the
// overbooking check, throughput and p99; then runs the same transaction (registerForEvent) directly against
// the database at the same concurrency, as the ceiling. The web server runs with MAIL_WORKER=off, as a
// production web tier would; a separate `npm run mail:worker` then delivers the queued mails, and the
// bench prints how long that took. It prints figures and asserts nothing.

const ATTEMPTS = Number(process.env.RUSH_ATTEMPTS ?? 2000);
const CLIENTS = Number(process.env.RUSH_CLIENTS ?? 200);

const bijeen = await startBijeen({ port: 3500, databasePort: 54510, env: { REGISTRATION_RATE_LIMIT: "0", DATABASE_POOL_SIZE: "20", MAIL_WORKER: process.env.RUSH_MAIL_WORKER ?? "off" } });
const admin = new pg.Client({ connectionString: bijeen.databaseUrl });
await admin.connect();

async function createRushEvent(slug: string) {
  const [event] = (
    await admin.query<{ id: number }>(
      `INSERT INTO "Event" (slug, title, format, status, summary, body, organiser, "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity", "capacityPhysical", "capacityOnline", "waitlistEnabled", "updatedAt")
       VALUES ($1, 'Rush', 'congrestival', 'published', 'Rush.', '', 'Bench', now() + interval '30 days', now() + interval '30 days 6 hours', 'hybrid', 'Hal', 'Utrecht', 1100, 700, true, now()) RETURNING id`,
      [slug],
    )
  ).rows;
  for (const round of [1, 2]) {
    const [roundRow] = (
      await admin.query<{ id: number }>(
        `INSERT INTO "WorkshopRound" ("eventId", number, "startsAt", "endsAt") VALUES ($1, $2, now() + interval '30 days', now() + interval '30 days 1 hour') RETURNING id`,
        [event!.id, round],
      )
    ).rows;
    for (const number of [1, 2, 3, 4, 5]) {
      await admin.query(`INSERT INTO "Workshop" ("roundId", number, title, capacity) VALUES ($1, $2, $3, 220)`, [roundRow!.id, number, `Workshop ${round}.${number}`]);
    }
  }
  return event!.id;
}

function attempt(index: number, label: string) {
  const physical = index % 5 < 3;
  return {
    name: `Deelnemer ${index}`,
    email: `${label}-${index}@example.org`,
    attendanceMode: physical ? "physical" : "online",
    workshops: physical ? { "1": 1 + (index % 5), "2": 1 + (Math.floor(index / 5) % 5) } : {},
    consent: true,
  };
}

type Tally = Record<string, number>;

// Plain node:http with kept-alive sockets: the load generator shares the machine's two cores with the
// server, and fetch costs it noticeably more CPU per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(url: string, data: unknown, forwardedFor: string): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(data);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), "x-forwarded-for": forwardedFor } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end(payload);
  });
}

async function runPool(count: number, clients: number, send: (index: number) => Promise<string>) {
  const tally: Tally = {};
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const index = next++;
        const begin = performance.now();
        const outcome = await send(index).catch((error: unknown) => `error: ${String(error).slice(0, 60)}`);
        latencies.push(performance.now() - begin);
        tally[outcome] = (tally[outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
  return { tally, seconds, perSecond: count / seconds, p50: p(0.5), p99: p(0.99) };
}

async function overbooking(eventId: number): Promise<string[]> {
  const problems: string[] = [];
  const modes = await admin.query(
    `SELECT r."attendanceMode" AS mode, count(*)::int AS taken, CASE r."attendanceMode" WHEN 'physical' THEN e."capacityPhysical" ELSE e."capacityOnline" END AS capacity
     FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE r."eventId" = $1 AND r.status IN ('confirmed','pending') GROUP BY 1, 3`,
    [eventId],
  );
  for (const row of modes.rows) if (row.taken > row.capacity) problems.push(`${row.mode}: ${row.taken} > ${row.capacity}`);
  const workshops = await admin.query(
    `SELECT w.title, w.capacity, count(*)::int AS taken FROM "RegistrationWorkshop" rw JOIN "Registration" r ON r.id = rw."registrationId" JOIN "Workshop" w ON w.id = rw."workshopId"
     WHERE rw."eventId" = $1 AND r.status IN ('confirmed','pending') GROUP BY w.id`,
    [eventId],
  );
  for (const row of workshops.rows) if (row.taken > row.capacity) problems.push(`${row.title}: ${row.taken} > ${row.capacity}`);
  const confirmed = await admin.query(`SELECT count(*)::int AS n FROM "Registration" WHERE "eventId" = $1 AND status = 'confirmed'`, [eventId]);
  problems.unshift(`confirmed in the database: ${confirmed.rows[0].n}`);
  return problems;
}

try {
  const httpEvent = await createRushEvent("rush-http");
  await fetch(`${bijeen.url}/api/events/rush-http`);
  const overHttp = await runPool(ATTEMPTS, CLIENTS, async (index) => {
    const { status, body } = await post(`${bijeen.url}/api/events/rush-http/registrations`, attempt(index, "http"), `10.1.${index >> 8}.${index & 255}`);
    if (status >= 500) return "5xx";
    const parsed = JSON.parse(body || "{}") as { status?: string; reason?: string };
    return parsed.status ?? parsed.reason ?? String(status);
  });
  const httpCheck = await overbooking(httpEvent);

  // Deliver what the rush queued with the stand-alone worker, writing .eml files.
  const queued = async () => Number((await admin.query(`SELECT count(*) FROM "OutboxMessage" WHERE status = 'queued'`)).rows[0].count);
  const toDeliver = await queued();
  const mailStarted = performance.now();
  const worker = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/mail-worker.ts"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: bijeen.databaseUrl, MAIL_DIR: `${bijeen.dataDir}/mail-worker`, BASE_URL: bijeen.url },
  });
  while ((await queued()) > 0 && performance.now() - mailStarted < 180_000) await new Promise((resolve) => setTimeout(resolve, 500));
  const mailSeconds = (performance.now() - mailStarted) / 1000;
  const mailLeft = await queued();
  worker.kill("SIGTERM");

  process.env.DATABASE_URL = bijeen.databaseUrl;
  process.env.DATABASE_POOL_SIZE = "20";
  const { closeDatabase } = await import("@/lib/db/client");
  const { registerForEvent } = await import("@/lib/registration/register");
  const directEvent = await createRushEvent("rush-direct");
  const direct = await runPool(ATTEMPTS, CLIENTS, async (index) => {
    const outcome = await registerForEvent("rush-direct", attempt(index, "direct"), { baseUrl: bijeen.url });
    return outcome.kind === "registered" ? outcome.status : outcome.kind === "refused" ? outcome.reason : outcome.kind;
  });
  const directCheck = await overbooking(directEvent);
  // Before the embedded database stops: an idle pooled connection it terminates would otherwise end the bench.
  await closeDatabase();

  const show = (label: string, run: typeof overHttp, check: string[]) => {
    const confirmedPerSecond = ((run.tally.confirmed ?? 0) / run.seconds).toFixed(0);
    console.log(`\n${label}`);
    console.log(`  outcomes: ${JSON.stringify(run.tally)}`);
    console.log(`  5xx: ${run.tally["5xx"] ?? 0}   ${check[0]}   overbooking: ${check.length > 1 ? check.slice(1).join("; ") : "none"}`);
    console.log(`  ${run.perSecond.toFixed(0)} attempts/s, ${confirmedPerSecond} confirmed/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.seconds.toFixed(1)} s`);
  };
  console.log(`${ATTEMPTS} attempts from ${CLIENTS} concurrent clients; event: 1,100 places on site, 700 online, 2 rounds of 5 workshops with 220 places, waitlist on`);
  show("HTTP API on next start", overHttp, httpCheck);
  console.log(`  mail: ${toDeliver - mailLeft} of ${toDeliver} queued mails delivered by npm run mail:worker in ${mailSeconds.toFixed(1)} s (${((toDeliver - mailLeft) / mailSeconds).toFixed(0)}/s, start-up included)`);
  show("same transaction straight against the database (ceiling)", direct, directCheck);
  console.log(`\nHTTP at ${((100 * overHttp.perSecond) / direct.perSecond).toFixed(1)}% of the ceiling (target >= 30%); target >= 100 confirmed/s, 0 overbooking, 0 5xx`);
} finally {
  await admin.end();
  await bijeen.stop();
}
