import { spawn } from "node:child_process";
import pg from "pg";
import { startBijeen } from "./lib";

// `npm run bench:opening`: registration opens for a popular event. Two `next start` servers on one database;
// VISITORS loops reload the event page (alternating servers) while REGISTRANTS clients register for it through the
// JSON API. Prints page req/s and p99, registrations/s and p99, overbooking, 5xx, and staleness: for sampled page
// answers, the places left they showed minus the truth when the answer arrived, and how long after the registration
// that made them wrong had returned. Figures only: nothing here asserts a time.

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const visitors = Number(process.env.BENCH_VISITORS ?? 300);
const registrants = Number(process.env.BENCH_REGISTRANTS ?? 200);
const capacity = Number(process.env.BENCH_CAPACITY ?? 150);
const port = Number(process.env.BENCH_PORT ?? 3450);
const slug = "opening-bench";

const first = await startBijeen({ port, databasePort: port + 51010, env: { REGISTRATION_RATE_LIMIT: "0" } });
const second = spawn("node_modules/.bin/next", ["start", "--port", String(port + 1)], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: first.databaseUrl, BASE_URL: first.url, PORT: String(port + 1), REGISTRATION_RATE_LIMIT: "0", AUTH_SECRET: "bench-secret-bench-secret-bench-secret-12" },
});
const servers = [first.url, `http://localhost:${port + 1}`];
const client = new pg.Client({ connectionString: first.databaseUrl });
try {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (await fetch(`${servers[1]}/privacy`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await client.connect();
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "Event" ("slug", "title", "format", "status", "summary", "body", "organiser", "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity", "capacityPhysical", "waitlistEnabled", "updatedAt")
     VALUES ($1, 'Openingsbench', 'leercafe', 'published', 'Bench.', 'Bench.', 'Movisie', now() + interval '20 days', now() + interval '20 days 2 hours', 'physical', 'Buurthuis', 'Utrecht', $2, false, now())
     RETURNING id`,
    [slug, capacity],
  );
  const eventId = rows[0]!.id;
  const truth = async () => Number((await client.query(`SELECT count(*) FROM "Registration" WHERE "eventId" = $1 AND status = 'confirmed'`, [eventId])).rows[0].count);
  // A site that opens registration has served both routes before: load them once on each server (an empty
  // registration is refused with 422 and stores nothing).
  for (const server of servers) {
    await fetch(`${server}/evenementen/${slug}`).then((r) => r.text());
    await fetch(`${server}/api/events/${slug}/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.text());
  }

  const deadline = Date.now() + seconds * 1000;
  const pageTimes: number[] = [];
  // Per second of the run: page answers, their p50/p99 and how the cache answered, and places confirmed by then.
  const perSecond: { times: number[]; misses: number; confirmed: number }[] = [];
  const secondOf = (at: number) => (perSecond[Math.floor((at - runStarted) / 1000)] ??= { times: [], misses: 0, confirmed: 0 });
  let runStarted = performance.now();
  const registrationTimes: number[] = [];
  const registrationReturned: number[] = []; // when each successful registration's answer arrived
  let fiveHundreds = 0;
  let confirmed = 0;
  let maxStale = 0;
  let staleForMs = 0;
  const shown = (html: string) => {
    const match = /Op locatie: (?:nog (\d+) plek|vol)/.exec(html);
    return match ? Number(match[1] ?? 0) : null;
  };
  let sample = 0;
  // How the page cache answered: HIT, MISS (rendered for this request) or STALE.
  const cacheAnswers = new Map<string, number>();

  const visitor = async (index: number) => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${servers[index % 2]}/evenementen/${slug}`).catch(() => null);
      const html = response ? await response.text() : "";
      pageTimes.push(performance.now() - started);
      const answer = response?.headers.get("x-nextjs-cache") ?? "none";
      const bucket = secondOf(started);
      bucket.times.push(performance.now() - started);
      if (answer !== "HIT") bucket.misses++;
      cacheAnswers.set(answer, (cacheAnswers.get(answer) ?? 0) + 1);
      if (!response || response.status >= 500) fiveHundreds++;
      // Every 50th answer: compare with the truth now (registrations that returned before it was asked for).
      if (++sample % 50 === 0) {
        const left = shown(html);
        const returnedBefore = registrationReturned.filter((at) => at <= started).sort((a, b) => a - b);
        const trueLeft = Math.max(0, capacity - returnedBefore.length);
        if (left !== null && left > trueLeft) {
          maxStale = Math.max(maxStale, left - trueLeft);
          // How long before this request the registration it missed had returned.
          const missed = returnedBefore[capacity - left];
          if (missed !== undefined) staleForMs = Math.max(staleForMs, started - missed);
        }
      }
    }
  };
  const registrant = async (index: number) => {
    let n = 0;
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${servers[index % 2]}/api/events/${slug}/registrations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `Bench ${index} ${n}`, email: `bench-${index}-${n++}@example.org`, consent: true }),
      }).catch(() => null);
      registrationTimes.push(performance.now() - started);
      if (!response || response.status >= 500) fiveHundreds++;
      if (response?.status === 201) {
        confirmed++;
        registrationReturned.push(performance.now());
        secondOf(performance.now()).confirmed++;
      }
      await response?.arrayBuffer();
      // A person registers once; the loop stands for the next person in the queue.
    }
  };
  const startedAt = performance.now();
  runStarted = startedAt;
  await Promise.all([...Array.from({ length: visitors }, (_, i) => visitor(i)), ...Array.from({ length: registrants }, (_, i) => registrant(i))]);
  const elapsed = (performance.now() - startedAt) / 1000;
  const p99 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)] ?? 0;
  const counted = await truth();
  console.log(`\n${visitors} visitors, ${registrants} registrants, 2 servers, ${seconds} s, capacity ${capacity}`);
  console.log(`event page     ${(pageTimes.length / elapsed).toFixed(0)} req/s, p99 ${p99(pageTimes).toFixed(0)} ms`);
  console.log(`registrations  ${(registrationTimes.length / elapsed).toFixed(0)} req/s (${confirmed} confirmed), p99 ${p99(registrationTimes).toFixed(0)} ms`);
  console.log(`overbooking    ${Math.max(0, counted - capacity)} (confirmed in the database ${counted}, capacity ${capacity})`);
  console.log(`5xx            ${fiveHundreds}`);
  console.log(`staleness      at most ${maxStale} places too many shown, up to ${staleForMs.toFixed(0)} ms after the registration returned (sampled every 50th page)`);
  console.log("\nsecond  pages  p50 ms  p99 ms  not HIT  confirmed");
  perSecond.forEach((bucket, second) => {
    const sorted = [...bucket.times].sort((a, b) => a - b);
    const at = (q: number) => (sorted[Math.floor(sorted.length * q)] ?? 0).toFixed(0);
    console.log(`${String(second).padStart(6)}  ${String(sorted.length).padStart(5)}  ${at(0.5).padStart(6)}  ${at(0.99).padStart(6)}  ${String(bucket.misses).padStart(7)}  ${String(bucket.confirmed).padStart(9)}`);
  });
  console.log(`page cache     ${[...cacheAnswers].map(([answer, count]) => `${answer} ${count}`).join(", ")}`);
} finally {
  await client.end().catch(() => {});
  const exited = new Promise((resolve) => second.once("exit", resolve));
  second.kill("SIGTERM");
  await exited;
  await first.stop();
}
