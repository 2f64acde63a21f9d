import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("the agenda", () => {
  test("lists the five formats as upcoming events, soonest first, with Dutch dates", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
    const cards = page.getByRole("list", { name: "Komende bijeenkomsten" }).getByRole("listitem");
    await expect(cards).toHaveCount(5);
    for (const format of ["Congrestival", "Minisymposium", "Leercafé", "Themabijeenkomst", "Leerkring"]) {
      await expect(cards.filter({ hasText: format }).first()).toBeVisible();
    }
    const startTimes = await cards.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
    expect(startTimes).toEqual([...startTimes].sort());
    await expect(cards.filter({ hasText: "Leercafé" })).toContainText(/dinsdag \d{1,2} \w+ \d{4}, 14\.00-18\.00 uur/);
    await expect(cards.filter({ hasText: "Minisymposium" })).toContainText("Online");
    await expect(cards.filter({ hasText: "Themabijeenkomst" })).toContainText("Utrecht, locatie nog niet bekend");
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
    for (const path of ["/", "/evenementen/congrestival-back-to-basics"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, path).toEqual([]);
    }
  });
});
