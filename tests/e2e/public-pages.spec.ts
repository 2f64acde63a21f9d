import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { signInAsOrganiser } from "./admin";
import { createSmallEvent, sql } from "./db";

// The public pages as a visitor meets them: the listing's edges, past events, full events, 404s and drafts.

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, label).toEqual([]);
}

/** Opens the folded filters on a phone; on a desktop they are always shown. */
async function openFilters(page: Page) {
  const toggle = page.locator("summary", { hasText: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
}

test.describe("the listing", () => {
  test.use({ javaScriptEnabled: false });

  test("says a page past the end does not exist, with a link to page 1", async ({ page }) => {
    await page.goto("/?page=99");
    await expect(page.getByText("Pagina 99 bestaat niet")).toBeVisible();
    await expect(page.getByText("Er staan op dit moment geen bijeenkomsten gepland.")).toHaveCount(0);
    await page.getByRole("link", { name: "Naar pagina 1" }).click();
    await expect(page.getByRole("list", { name: "Komende bijeenkomsten" }).getByRole("listitem").first()).toBeVisible();
  });

  test("keeps URLs free of empty fields, also after submitting the form without JavaScript", async ({ page }) => {
    await page.goto("/?q=hindernis&mode=&from=&to=");
    await expect(page).toHaveURL(/\/\?q=hindernis$/);
    await openFilters(page);
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("community");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/\/\?q=community$/);
  });

  test("refuses an end date before the start date, next to the field", async ({ page }) => {
    await page.goto("/?from=2027-03-10&to=2027-03-01");
    const to = page.getByLabel("Tot en met");
    await expect(to).toHaveAccessibleDescription("De einddatum ligt voor de begindatum.");
    await expect(page.getByLabel("Vanaf")).toHaveValue("2027-03-10");
  });

  test("shows availability on the cards: the full leercafé says Vol", async ({ page }) => {
    // Searched by name: other tests add leercafés that may push the seeded one off the first page.
    await page.goto("/?format=leercafe&q=samenlevingsopbouw");
    const card = page.getByRole("listitem").filter({ hasText: "Leercafé Blik op samenlevingsopbouw" });
    await expect(card.getByTestId("card-availability")).toHaveText("Vol");
    await page.goto("/?format=congrestival&q=basics");
    await expect(page.getByRole("listitem").filter({ hasText: "Back to basics" }).getByTestId("card-availability")).toHaveText(
      /^(Aanmelden kan|Nog \d+ plekk?e?n?)$/,
    );
  });

  test("shows the first event on the first screen of a phone, filters folded", async ({ page, isMobile }) => {
    await page.goto("/");
    const firstCard = page.getByRole("list", { name: "Komende bijeenkomsten" }).getByRole("listitem").first();
    if (isMobile) {
      await expect(page.getByRole("searchbox", { name: "Zoeken" })).toBeHidden();
      await expect(firstCard).toBeInViewport();
      await page.getByText("Filters", { exact: true }).click();
    }
    await expect(page.getByRole("searchbox", { name: "Zoeken" })).toBeVisible();
  });

  test("offers periods behind us in the archive, and marks its cards Afgelopen", async ({ page }) => {
    await page.goto("/archief");
    await openFilters(page);
    await expect(page.getByRole("link", { name: "Deze maand" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Vorig jaar" })).toBeVisible();
    // Searched, not expected on page 1: other tests add events that ended more recently.
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("hindernissen");
    await page.getByRole("searchbox", { name: "Zoeken" }).press("Enter");
    await expect(page).toHaveURL(/q=hindernissen/);
    const card = page.getByRole("listitem").filter({ hasText: "hindernissen" });
    await expect(card.getByTestId("card-availability")).toHaveText("Afgelopen");
    await expect(card).not.toContainText("nog niet bekend");
  });
});

test.describe("an event page", () => {
  test("of a past event says Afgelopen and promises nothing", async ({ page }) => {
    await page.goto("/evenementen/themabijeenkomst-hindernissen-community-building-2023");
    await expect(page.getByTestId("registration-status")).toHaveText("Afgelopen");
    await expect(page.getByText("Aanmelding gesloten")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Zet in je agenda/ })).toHaveCount(0);
    await expect(page.getByText(/nog niet bekend/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Programma" })).toBeVisible();
    await expectNoAxeViolations(page, "past event");
  });

  test("of an upcoming event with an unknown venue says a mail follows, and keeps the calendar link a word apart", async ({ page }) => {
    await page.goto("/evenementen/themabijeenkomst-hindernissen-community-building");
    await expect(page.getByText("Wie zich aanmeldt, krijgt een e-mail zodra de plek bekend is.")).toBeVisible();
    const when = page.locator("dd").filter({ has: page.getByRole("link", { name: /Zet in je agenda/ }) });
    expect(await when.textContent()).toMatch(/\d\d\.\d\d\u2013\u2060\d\d\.\d\d\u00a0uur\s+Zet in je agenda/);
  });

  test("of a full leercafé says so once, names whom to ask and where else to go", async ({ page }, testInfo) => {
    const other = `ander-leercafe-${testInfo.project.name}`;
    await createSmallEvent(other, { capacity: 20, waitlist: false });
    await page.goto("/evenementen/leercafe-blik-op-samenlevingsopbouw");
    const panel = page.getByRole("region", { name: "Aanmelden" });
    await expect(panel.getByTestId("registration-status")).toHaveText("Vol");
    expect((await panel.textContent())!.match(/vol/gi)).toHaveLength(2);
    await expect(panel.getByRole("link", { name: "evenementen@example.org" })).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Andere leercafés" })).toBeVisible();
    // Other tests add leercafés too; the soonest three are offered, ours among the candidates.
    await expect(panel.getByRole("link", { name: /^Klein leercafé / }).first()).toBeVisible();
    await expectNoAxeViolations(page, "full leercafé");
  });

  test("names rounds in the order of the day", async ({ page }) => {
    await page.goto("/evenementen/congrestival-back-to-basics");
    const headings = page.getByRole("region", { name: "Workshops en activiteiten" }).getByRole("heading", { level: 3 });
    await expect(headings).toHaveText([/^Ronde 1: Ochtendprogramma/, /^Speeddates, wijkwandeling of posters/, /^Ronde 2: Middagprogramma/]);
  });
});

test.describe("404 pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ["/evenementen/bestaat-niet", "/aanmelding/xyz", "/evenementen/bestaat-niet/aanmelden"]) {
    test(`render on the server for ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Naar de agenda" })).toBeVisible();
    });
  }
});

test("the 404 page has no accessibility violations", async ({ page }) => {
  // axe runs as script in the page, so this one runs with JavaScript.
  await page.goto("/evenementen/bestaat-niet");
  await expectNoAxeViolations(page, "404");
});

test.describe("a draft", () => {
  test("is a 404 for visitors and a marked, unindexed, uncached preview for organisers, in no feed", async ({
    page,
    browserName,
  }, testInfo) => {
    const slug = `concept-${testInfo.project.name}-${browserName}`;
    await sql(
      `INSERT INTO "Event" (slug, title, format, status, summary, body, organiser, "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity", "capacityPhysical", "updatedAt")
       VALUES ($1, $2, 'leercafe', 'draft', 'Nog niet klaar.', 'Tekst.', 'Movisie', now() + interval '20 days', now() + interval '20 days 3 hours', 'physical', 'Buurthuis', 'Utrecht', 20, now())`,
      [slug, `Conceptleercafé ${testInfo.project.name}`],
    );
    const visitor = await page.goto(`/evenementen/${slug}`);
    expect(visitor?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();

    await signInAsOrganiser(page);
    const preview = await page.goto(`/evenementen/${slug}`);
    expect(preview?.status()).toBe(200);
    expect(preview?.headers()["cache-control"]).toMatch(/no-store/);
    await expect(page.getByText("Concept: alleen zichtbaar voor organisatoren.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Conceptleercafé ${testInfo.project.name}`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expectNoAxeViolations(page, "draft preview");

    for (const feed of ["/atom.xml", "/sitemap.xml", "/agenda.ics", "/api/events?q=Conceptleercafé"]) {
      const body = await (await page.request.get(feed)).text();
      expect(body, feed).not.toContain(slug);
    }
    await page.goto("/?q=Conceptleercafé");
    await expect(page.getByRole("list", { name: "Komende bijeenkomsten" })).toHaveCount(0);
    expect((await page.request.get(`/api/events/${slug}`)).status()).toBe(404);
  });
});
