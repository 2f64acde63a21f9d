import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";

/** On a phone the filters are folded until asked for ("Filters" or "Filters (actief)"); on a desktop they show. */
async function openFilters(page: Page) {
  const toggle = page.locator("summary", { hasText: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
}

test.describe("the agenda", () => {
  test("lists the five formats as upcoming events, soonest first, with Dutch dates", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
    // Other tests add events of their own; the seed's five are always there.
    const cards = page.getByRole("list", { name: "Komende bijeenkomsten" }).getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    for (const format of ["Congrestival", "Minisymposium", "Leercafé", "Themabijeenkomst", "Leerkring"]) {
      await expect(cards.filter({ hasText: format }).first()).toBeVisible();
    }
    const startTimes = await cards.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(startTimes).toEqual([...startTimes].sort());
    await expect(cards.filter({ hasText: "Leercafé Blik op samenlevingsopbouw" })).toContainText(/dinsdag \d{1,2} \w+ \d{4}, 14\.00\u2013\u206018\.00\suur/);
    await expect(cards.filter({ hasText: "Minisymposium Grote zorgen" })).toContainText("Online");
    await expect(cards.filter({ hasText: "Aan de slag met hindernissen" })).toContainText("Utrecht, locatie nog niet bekend");
  });

  test("leads to an event page with its facts", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Leercafé Blik op samenlevingsopbouw/ }).click();
    await expect(page).toHaveURL(/\/evenementen\/leercafe-blik-op-samenlevingsopbouw$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leercafé Blik op samenlevingsopbouw. Uitdagingen & keuzes");
    await expect(page.getByText("Walt Disneyplantsoen 76/78")).toBeVisible();
    await expect(page.getByText("1325 SX")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Programma" })).toBeVisible();
    await expect(page.getByText("Marcel Spierts").first()).toBeVisible();
  });

  test("shows every meeting of the leerkring", async ({ page }) => {
    await page.goto("/evenementen/leerkring-collectief-preventief-werken");
    await expect(page.getByRole("heading", { name: "Bijeenkomsten" })).toBeVisible();
    await expect(page.locator("section[aria-labelledby=bijeenkomsten] li")).toHaveCount(6);
  });

  test("answers an unknown event with a Dutch 404", async ({ page }) => {
    const response = await page.goto("/evenementen/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  });

  test("has no accessibility violations on the agenda and an event page", async ({ page }) => {
    // axe walks the whole DOM of each page; on a busy two-core machine that alone can take tens of seconds.
    test.setTimeout(120_000);
    for (const path of ["/", "/archief", "/?q=xyzzy", "/evenementen/congrestival-back-to-basics", "/evenementen/leerkring-collectief-preventief-werken"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, path).toEqual([]);
    }
  });

  test("shows places left and the registration status", async ({ page }) => {
    await page.goto("/evenementen/congrestival-back-to-basics");
    await expect(page.getByTestId("registration-status")).toHaveText("Open");
    const workshopSix = page.getByRole("listitem").filter({ hasText: "Sociaal professionals. Handen ineen" });
    await expect(workshopSix.getByTestId("workshop-places")).toHaveText(/^Nog [1-4] plekk?e?n?$/);
    await page.goto("/evenementen/leercafe-blik-op-samenlevingsopbouw");
    await expect(page.getByTestId("registration-status")).toHaveText("Vol");
    await expect(page.getByText("Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk.")).toBeVisible();
  });

  test("lists past editions in the archive, newest first", async ({ page }) => {
    await page.goto("/archief");
    const cards = page.getByRole("list", { name: "Eerdere bijeenkomsten" }).getByRole("listitem");
    // The five original editions, and the congrestival that ended three days ago (prisma/seed-after-event.ts).
    await expect(cards).toHaveCount(6);
    await expect(cards.first()).toContainText("Congrestival");
    await expect(cards.nth(1)).toContainText("Themabijeenkomst");
    await expect(cards.last()).toContainText("Minisymposium");
  });
});

test.describe("filtering without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("combines format and search in the URL and shows counts per option", async ({ page }) => {
    await page.goto("/");
    await openFilters(page);
    // Browser tests add leercafés and leerkringen (team.spec) of their own; nobody adds a congrestival.
    await expect(page.getByRole("checkbox", { name: /Congrestival \(1\)/ })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /Leerkring \(\d+\)/ })).toBeVisible();
    await page.getByRole("checkbox", { name: /Themabijeenkomst/ }).check();
    await page.getByRole("checkbox", { name: /Leercafé/ }).check();
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/format=leercafe/);
    await expect(page).toHaveURL(/format=themabijeenkomst/);
    const cards = page.getByRole("list", { name: "Komende bijeenkomsten" }).getByRole("listitem");
    await expect(cards.filter({ hasText: "Leercafé Blik op samenlevingsopbouw" })).toHaveCount(1);
    await expect(cards.filter({ hasText: "Aan de slag met hindernissen bij community building" })).toHaveCount(1);
    for (const text of await cards.allTextContents()) expect(text).toMatch(/^(Leercafé|Themabijeenkomst)/i);

    await openFilters(page);
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("hindernis");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("Aan de slag met hindernissen bij community building");
    await openFilters(page);
    await expect(page.getByRole("checkbox", { name: /Themabijeenkomst/ })).toBeChecked();
  });

  test("explains a bad date next to the field and keeps the rest", async ({ page }) => {
    await page.goto("/?from=2026-02-31&q=community");
    // The error summary on top of the filters, focused, linking to the field; the title says Fout.
    const summary = page.getByRole("alert").filter({ hasText: "Controleer de filters." });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Fout: Agenda/);
    await expect(summary.getByRole("link", { name: "Deze datum bestaat niet." })).toHaveAttribute("href", "#filter-from");
    await expect(page.getByLabel("Vanaf")).toHaveAccessibleDescription("Deze datum bestaat niet.");
    await expect(page.getByRole("searchbox", { name: "Zoeken" })).toHaveValue("community");
  });

  test("shows an empty state with a way back", async ({ page }) => {
    await page.goto("/?q=xyzzyquux");
    await expect(page.getByText("Geen bijeenkomsten gevonden met deze filters.")).toBeVisible();
    await page.getByRole("link", { name: "Toon alle bijeenkomsten" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("list", { name: "Komende bijeenkomsten" }).getByRole("listitem").first()).toBeVisible();
  });

  test("fits a 320 pixel wide screen without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ["/", "/archief", "/evenementen/leercafe-blik-op-samenlevingsopbouw", "/evenementen/congrestival-back-to-basics"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
  });
});
