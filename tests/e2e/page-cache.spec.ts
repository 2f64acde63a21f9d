import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createSmallEvent } from "./db";
import { expect, test, type APIRequestContext, type Page } from "./fixtures";

// The public pages come from the page cache (docs/decisions/006-page-cache-isr.md). Each test first makes
// sure a page is cached (the second read says `x-nextjs-cache: HIT`), then changes its places through one of
// the doors, and expects the very next request to show the new figure, on this server and on a second
// `next start` on the same database. Without the expiry in lib/events/invalidate.ts, or without the
// LISTEN/NOTIFY in lib/cache/page-cache-handler.mjs for the second server, they would see the old figure.

const uniqueSlug = (label: string) => `${label}-${test.info().project.name}-${Date.now()}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const secondPort = Number(process.env.E2E_PORT ?? 3100);

let second: ChildProcess | undefined;
let secondUrl = "";

/** A second `next start` of the same build on the test database, as a second server behind a proxy would be. */
async function startSecondServer(port: number): Promise<string> {
  const url = `http://localhost:${port}`;
  const databaseDir = process.env.BIJEEN_E2E_DATABASE_DIR!;
  second = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      PORT: String(port),
      BASE_URL: process.env.BIJEEN_E2E_BASE_URL,
      DATABASE_URL: process.env.BIJEEN_E2E_DATABASE_URL,
      AUTH_SECRET: process.env.BIJEEN_E2E_AUTH_SECRET,
      MAIL_DIR: path.join(path.dirname(databaseDir), "mail"),
      REGISTRATION_RATE_LIMIT: "1000",
    },
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${url}/privacy`)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`second server on ${url} did not start`);
}

test.beforeAll(async ({}, workerInfo) => {
  // One second server per worker, on its own port.
  secondUrl = await startSecondServer(secondPort + 10 + workerInfo.workerIndex);
});

test.afterAll(async () => {
  if (second && second.exitCode === null) {
    const exited = new Promise((resolve) => second!.once("exit", resolve));
    second.kill("SIGTERM");
    await exited;
  }
});

/** What a server's event page says about places on site, and whether it came from the cache. */
async function placesOn(request: APIRequestContext, base: string, slug: string) {
  const response = await request.get(`${base}/evenementen/${slug}`);
  expect(response.status()).toBe(200);
  const places = /Op locatie: ([^<]+)</.exec(await response.text())?.[1];
  return { places, cache: response.headers()["x-nextjs-cache"], cacheControl: response.headers()["cache-control"] };
}

/** Reads the page twice on both servers, so the figure checked next would be the cached one. */
async function cachedOnBoth(request: APIRequestContext, slug: string, expected: string) {
  for (const base of ["", secondUrl]) {
    await placesOn(request, base, slug);
    const cached = await placesOn(request, base, slug);
    expect(cached).toEqual({ places: expected, cache: "HIT", cacheControl: "public, max-age=0, must-revalidate" });
  }
}

async function expectOnBoth(request: APIRequestContext, slug: string, expected: string) {
  // This server expired the page before the write's answer left: the very next request renders it again.
  expect((await placesOn(request, "", slug)).places).toBe(expected);
  // The other heard of it through PostgreSQL NOTIFY, within a second on an idle machine; polled, not timed.
  await expect.poll(async () => (await placesOn(request, secondUrl, slug)).places).toBe(expected);
}

async function registerThroughForm(page: Page, slug: string, name: string) {
  await page.goto(`/evenementen/${slug}/aanmelden`);
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres").fill(`${slug}-${name.split(" ")[0]!.toLowerCase()}@example.org`);
  await page.getByRole("checkbox", { name: /toestemming/ }).check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByTestId("registration-state")).toHaveText("Bevestigd", { timeout: 20_000 });
}

test.describe("the page cache", () => {
  test("shows the places left on both servers after a registration through the form", async ({ page, request }) => {
    const slug = uniqueSlug("cache-formulier");
    await createSmallEvent(slug, { capacity: 3, waitlist: false });
    await cachedOnBoth(request, slug, "nog 3 plekken");
    await registerThroughForm(page, slug, "Iris de Wit");
    await expectOnBoth(request, slug, "nog 2 plekken");
  });

  test("shows the places left on both servers after a registration through the API and a cancellation on the manage page", async ({ page, request }) => {
    const slug = uniqueSlug("cache-api");
    await createSmallEvent(slug, { capacity: 2, waitlist: false });
    await cachedOnBoth(request, slug, "nog 2 plekken");
    // Through the second server this time: the first hears of it.
    const created = await request.post(`${secondUrl}/api/events/${slug}/registrations`, { data: { name: "Joris Vos", email: `joris-${slug}@example.org`, consent: true } });
    expect(created.status()).toBe(201);
    expect((await placesOn(request, secondUrl, slug)).places).toBe("nog 1 plek");
    await expect.poll(async () => (await placesOn(request, "", slug)).places).toBe("nog 1 plek");

    await cachedOnBoth(request, slug, "nog 1 plek");
    const { manageUrl } = (await created.json()) as { manageUrl: string };
    const manage = await page.goto(new URL(manageUrl).pathname);
    expect(manage?.headers()["cache-control"]).toMatch(/private.*no-store/);
    await page.getByRole("checkbox", { name: /ik wil mijn aanmelding annuleren/ }).check();
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.getByTestId("registration-state")).toHaveText("Geannuleerd", { timeout: 20_000 });
    await expectOnBoth(request, slug, "nog 2 plekken");
  });

  test("keeps the unfiltered agenda cached and shows a new registration's places there too", async ({ page, request }) => {
    const slug = uniqueSlug("cache-agenda");
    // Starting within the hour and so near the top of the agenda, soonest first, whatever other tests add.
    await createSmallEvent(slug, { capacity: 1, waitlist: false, startsAt: new Date(Date.now() + 60 * 60 * 1000) });
    const cardOf = async (base: string) => {
      const html = await (await request.get(`${base}/`)).text();
      const card = html.split("<li").find((item) => item.includes(`/evenementen/${slug}"`));
      expect(card, `the agenda on ${base || "this server"} lists the event`).toBeDefined();
      return /data-testid="card-availability"[^>]*>([^<]+)</.exec(card!)?.[1];
    };
    // Polled: a registration in another worker's test expires the agenda too, between any two reads.
    let listing = await request.get("/");
    await expect
      .poll(async () => {
        listing = await request.get("/");
        return listing.headers()["x-nextjs-cache"];
      })
      .toBe("HIT");
    expect(listing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(await cardOf("")).not.toBe("Vol");
    expect(await cardOf(secondUrl)).not.toBe("Vol");
    await registerThroughForm(page, slug, "Anouk Smit");
    expect(await cardOf("")).toBe("Vol");
    await expect.poll(() => cardOf(secondUrl)).toBe("Vol");
  });

  test("caches each filtered listing as a page of its own, with a registration's places on both servers", async ({ page, request }) => {
    const slug = uniqueSlug("cache-filter");
    await createSmallEvent(slug, { capacity: 1, waitlist: false });
    // The search finds only this event, on any page the other tests leave; the address bar keeps the query.
    const address = `/?format=leercafe&q=${encodeURIComponent(slug)}`;
    const cardOn = async (base: string) => {
      const response = await request.get(`${base}${address}`);
      const html = await response.text();
      expect(html, `the filtered agenda on ${base || "this server"} lists the event`).toContain(`/evenementen/${slug}"`);
      return { availability: /data-testid="card-availability"[^>]*>([^<]+)</.exec(html)?.[1], cache: response.headers()["x-nextjs-cache"], cacheControl: response.headers()["cache-control"] };
    };
    // Polled: a registration in another worker's test expires every listing too.
    for (const base of ["", secondUrl]) await expect.poll(async () => (await cardOn(base)).cache).toBe("HIT");
    expect(await cardOn("")).toMatchObject({ cacheControl: "public, max-age=0, must-revalidate" });
    expect((await cardOn("")).availability).not.toBe("Vol");
    // The same filters written otherwise are the same cached page: an address never asked for before is a HIT
    // right after the usual one is. Polled, each time with a new address, since another worker's registration
    // may expire every listing in between.
    let variant = 0;
    await expect
      .poll(async () => {
        await request.get(address);
        return (await request.get(`/?q=${encodeURIComponent(slug)}&format=leercafe&utm_source=nieuwsbrief-${++variant}`)).headers()["x-nextjs-cache"];
      })
      .toBe("HIT");

    await registerThroughForm(page, slug, "Bram Vos");
    expect((await cardOn("")).availability).toBe("Vol");
    await expect.poll(async () => (await cardOn(secondUrl)).availability).toBe("Vol");

    // A filter that cannot be used is rendered per request, with its error: never a cached page.
    const refused = await request.get(`/?q=${encodeURIComponent(slug)}&page=nul`);
    expect(refused.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(await refused.text()).toContain("<title>Fout: Agenda");
    await page.goto(address);
    await expect(page).toHaveURL(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("shows the places left on both servers after an organiser raises the capacity in the admin", async ({ page, request, login }) => {
    const slug = uniqueSlug("cache-editor");
    const event = await createSmallEvent(slug, { capacity: 3, waitlist: false });
    await cachedOnBoth(request, slug, "nog 3 plekken");
    await login({ role: "redacteur" });
    await page.goto(`/admin/evenementen/${event.id}/bewerken`);
    await page.getByLabel("Plekken op locatie").fill("5");
    await page.getByRole("button", { name: "Opslaan", exact: true }).last().click();
    await expect(page).toHaveURL(/melding=opgeslagen/, { timeout: 20_000 });
    await expectOnBoth(request, slug, "nog 5 plekken");
  });

  test("never caches a made-up address, a draft's preview or the admin", async ({ page, request, login }) => {
    for (let read = 0; read < 2; read++) {
      const unknown = await request.get(`/evenementen/${uniqueSlug("bestaat-niet")}`, { maxRedirects: 0 });
      expect(unknown.headers()["x-nextjs-cache"]).not.toBe("HIT");
    }
    const slug = uniqueSlug("cache-beheer");
    await createSmallEvent(slug, { capacity: 3, waitlist: false });
    await cachedOnBoth(request, slug, "nog 3 plekken");
    await login();
    // An organiser gets the per-request page (which would show a draft), never the cached one.
    const preview = await page.goto(`/evenementen/${slug}`);
    expect(preview?.headers()["cache-control"]).toMatch(/private.*no-store/);
    expect(preview?.headers()["x-nextjs-cache"]).toBeUndefined();
    const admin = await page.goto("/admin");
    expect(admin?.headers()["cache-control"]).toMatch(/private.*no-store/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the registration form still shows its errors", async ({ page }) => {
    const slug = uniqueSlug("cache-zonder-js");
    await createSmallEvent(slug, { capacity: 3, waitlist: false });
    await page.goto(`/evenementen/${slug}`);
    await page.goto(`/evenementen/${slug}/aanmelden`);
    await page.getByLabel("Naam", { exact: true }).fill("Bram Visser");
    await page.getByLabel("E-mailadres").fill("bram-at-example");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Bram Visser");
    await expect(page.getByTestId("form-message")).toHaveText("Controleer de velden die hieronder zijn gemarkeerd.");
    await expect(page.locator("#veld-email-fout").getByText("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")).toBeVisible();
  });
});
