import { gzipSync } from "node:zlib";
import pg from "pg";
import { cpuMsOfTree, load, row, startBareServer, startBijeen, statementsDone } from "./lib";

// `npx tsx bench/pages.ts`: throughput and latency of the listing and an event page under 50 concurrent
// connections, next to a bare Node server sending the same bytes (the ceiling), measured in one run; the
// listing's p50 with 100 and with 10,000 events; the JavaScript the listing page loads; and what a page that
// stays dynamic (a filtered listing, the registration form) costs per request: CPU time of Next's server and
// of PostgreSQL, and the database transactions it runs.

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const eventPath = "/evenementen/congrestival-back-to-basics";
/** A filtered listing: cached per set of filters (app/lijst/[scope]/[filters]); the first request renders it. */
const filteredPath = "/?format=congrestival";

// BENCH_PORT: Bijeen's port; the bare server takes the next one, the embedded database BENCH_PORT + 51010.
const port = Number(process.env.BENCH_PORT ?? 3400);
const bijeen = await startBijeen({ port, databasePort: port + 51010 });
try {
  const pages = new Map<string, { body: Buffer; contentType: string }>();
  console.log("\nfirst request (renders; later ones come from the page cache)");
  for (const path of ["/", eventPath, filteredPath]) {
    const started = performance.now();
    const response = await fetch(bijeen.url + path);
    console.log(`${path.padEnd(34)} ${(performance.now() - started).toFixed(0)} ms, x-nextjs-cache ${response.headers.get("x-nextjs-cache")}`);
    pages.set(path, { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? "text/html" });
  }
  const bare = await startBareServer(port + 1, pages);

  // Warm up both so the first measurement does not pay for compilation or connection set-up.
  await load(bijeen.url + "/", { seconds: 2, connections: 10 });
  await load(bijeen.url + eventPath, { seconds: 2, connections: 10 });
  await load(bijeen.url + filteredPath, { seconds: 2, connections: 10 });

  console.log(`\n50 connections, ${seconds} s each`);
  const figures = {
    listing: await load(bijeen.url + "/", { seconds }),
    bareListing: await load(bare.url + "/", { seconds }),
    event: await load(bijeen.url + eventPath, { seconds }),
    bareEvent: await load(bare.url + eventPath, { seconds }),
    filtered: await load(bijeen.url + filteredPath, { seconds }),
    bareFiltered: await load(bare.url + filteredPath, { seconds }),
  };
  console.log(row("listing /", figures.listing));
  console.log(row("bare node, same bytes", figures.bareListing));
  console.log(row(`event ${eventPath.slice(0, 22)}…`, figures.event));
  console.log(row("bare node, same bytes", figures.bareEvent));
  console.log(row(`filtered ${filteredPath}`, figures.filtered));
  console.log(row("bare node, same bytes", figures.bareFiltered));
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
  console.log(`listing at ${percent(figures.listing.requestsPerSecond, figures.bareListing.requestsPerSecond)} of the ceiling, event page at ${percent(figures.event.requestsPerSecond, figures.bareEvent.requestsPerSecond)} (target >= 10%; both served from the page cache); the filtered listing at ${percent(figures.filtered.requestsPerSecond, figures.bareFiltered.requestsPerSecond)}`);
  await bare.stop();

  // What the pages rendered per request cost, measured from outside: CPU time of the server's processes
  // (/proc) and PostgreSQL's transaction counter, each less what the idle server uses in the same time.
  const stats = new pg.Client({ connectionString: bijeen.databaseUrl });
  await stats.connect();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1100));
  const sample = async () => ({ at: performance.now(), cpu: await cpuMsOfTree(bijeen.pid), statements: await statementsDone(stats) });
  await settle();
  const idleStart = await sample();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await settle();
  const idleEnd = await sample();
  const idleSeconds = (idleEnd.at - idleStart.at) / 1000;
  const idle = {
    next: (idleEnd.cpu.next - idleStart.cpu.next) / idleSeconds,
    postgres: (idleEnd.cpu.postgres - idleStart.cpu.postgres) / idleSeconds,
    statements: (idleEnd.statements - idleStart.statements) / idleSeconds,
  };
  // A refused filter renders the whole listing (with the error) per request, as every filtered listing did
  // before it was cached: its cost is what a filter's first request costs.
  console.log(`\npages rendered per request, 10 connections, ${seconds} s each: cost per request (idle server subtracted)`);
  for (const path of ["/?format=congrestival&page=nul", "/?q=buurt&page=nul", `${eventPath}/aanmelden`]) {
    await load(bijeen.url + path, { seconds: 2, connections: 10 });
    await settle();
    const before = await sample();
    const figures = await load(bijeen.url + path, { seconds, connections: 10 });
    await settle();
    const after = await sample();
    const elapsed = (after.at - before.at) / 1000;
    const per = (total: number, idleRate: number) => ((total - idleRate * elapsed) / figures.total).toFixed(2);
    console.log(row(path.slice(0, 34), figures));
    console.log(
      `${"".padEnd(34)} CPU ${per(after.cpu.next - before.cpu.next, idle.next)} ms next-server + ${per(after.cpu.postgres - before.cpu.postgres, idle.postgres)} ms PostgreSQL, ${per(after.statements - before.statements, idle.statements)} database transactions`,
    );
  }
  await stats.end();

  // JavaScript the listing page asks the browser to load. A `noModule` script (Next's polyfills) is loaded only by
  // browsers without ES modules, so a current browser never fetches it: counted apart.
  const html = pages.get("/")!.body.toString("utf8");
  const tags = [...new Set([...html.matchAll(/<script[^>]+src="[^"]+"[^>]*>/g)].map((match) => match[0]))];
  const sizes = { modern: { files: 0, raw: 0, gzipped: 0 }, noModule: { files: 0, raw: 0, gzipped: 0 } };
  for (const tag of tags) {
    const src = /src="([^"]+)"/.exec(tag)![1]!;
    const body = Buffer.from(await (await fetch(new URL(src, bijeen.url))).arrayBuffer());
    const kind = /\snomodule/i.test(tag) ? sizes.noModule : sizes.modern;
    kind.files += 1;
    kind.raw += body.length;
    kind.gzipped += gzipSync(body).length;
  }
  const kB = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`\nJavaScript on the listing: ${sizes.modern.files} files, ${kB(sizes.modern.raw)} kB (${kB(sizes.modern.gzipped)} kB gzipped) for a current browser; plus ${sizes.noModule.files} noModule polyfill file(s) of ${kB(sizes.noModule.gzipped)} kB gzipped that only browsers without ES modules load`);

  // Listing latency with 100 and with 10,000 events in the database.
  const client = new pg.Client({ connectionString: bijeen.databaseUrl });
  await client.connect();
  const addEvents = async (count: number) =>
    client.query(
      `INSERT INTO "Event" ("slug", "title", "format", "status", "summary", "body", "organiser", "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity", "capacityPhysical", "updatedAt")
       SELECT 'bench-' || n || '-' || md5(random()::text), 'Benchbijeenkomst ' || n || ' over buurtwerk', (ARRAY['congrestival','minisymposium','leercafe','themabijeenkomst','leerkring'])[1 + n % 5]::"EventFormat",
              'published', 'Samenvatting ' || n, 'Tekst over sociale basis en wijkteams ' || n, 'Movisie',
              now() + (n || ' hours')::interval, now() + (n || ' hours')::interval + interval '2 hours',
              (ARRAY['physical','online','hybrid'])[1 + n % 3]::"AttendanceMode", 'Buurthuis', 'Utrecht', 40, now()
       FROM generate_series(1, $1) AS n`,
      [count],
    );
  const upcoming = async () => Number((await client.query(`SELECT count(*) FROM "Event" WHERE "endsAt" >= now() AND status <> 'draft'`)).rows[0].count);
  await addEvents(100 - (await upcoming()));
  await load(bijeen.url + "/", { seconds: 2, connections: 10 });
  const small = await load(bijeen.url + "/", { seconds, connections: 10 });
  await addEvents(10_000 - (await upcoming()));
  await client.query("ANALYZE");
  // The insert went past the app: expire the listing as a write would, so it is rendered with 10,000 events.
  await client.query("SELECT pg_notify('bijeen_page_cache', $1)", [JSON.stringify({ origin: "bench", tags: ["listings"] })]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const firstLarge = performance.now();
  const expired = await fetch(bijeen.url + "/");
  await expired.arrayBuffer();
  console.log(`\nlisting with 10,000 events, first request after the expiry: ${(performance.now() - firstLarge).toFixed(0)} ms, x-nextjs-cache ${expired.headers.get("x-nextjs-cache")}`);
  await load(bijeen.url + "/", { seconds: 2, connections: 10 });
  const large = await load(bijeen.url + "/", { seconds, connections: 10 });
  await client.end();
  console.log(`\nlisting, 10 connections`);
  console.log(row("with 100 upcoming events", small));
  console.log(row("with 10,000 upcoming events", large));
  console.log(`p50 ratio 10,000 / 100: ${(large.p50 / small.p50).toFixed(2)} (target <= 2)`);
} finally {
  await bijeen.stop();
}
