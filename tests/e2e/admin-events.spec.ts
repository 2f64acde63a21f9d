import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createSmallEvent } from "./db";
import { expect, test } from "./fixtures";

// The organisers' event editor: creating an event with workshops and publishing it, editing a capacity,
// two organisers saving the same event, the form without JavaScript, and its accessibility.

/** A wall-clock date some days ahead, as a datetime-local input wants it. */
function localDay(daysAhead: number, time: string): string {
  const day = new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}
const field = (page: Page, name: string) => page.locator(`#veld-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`);
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe("the organisers' event editor", () => {
  test("creates an event with two rounds of workshops, publishes it, and visitors see it", async ({ page, login }) => {
    test.setTimeout(60_000);
    const title = `Themamiddag buurtkracht ${unique()}`;
    await login();
    await page.goto("/admin");
    await page.getByRole("link", { name: "Nieuw evenement" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuw evenement" })).toBeVisible();

    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Soort bijeenkomst").selectOption("themabijeenkomst");
    await page.getByLabel("Korte samenvatting").fill("Een middag over de kracht van de buurt.");
    await page.getByLabel("Beschrijving").fill("We beginnen **plenair**.\n\n- daarna workshops\n- en een borrel");
    await page.getByRole("button", { name: "Voorbeeld van de beschrijving" }).click();
    const preview = page.getByRole("region", { name: "Voorbeeld" });
    await expect(preview.locator("strong")).toHaveText("plenair");
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await field(page, "startsAt").fill(localDay(40, "13:00"));
    await field(page, "endsAt").fill(localDay(40, "17:00"));
    await page.getByLabel("Naam van de locatie").fill("Wijkcentrum De Schakel");
    await field(page, "venueCity").fill("Zwolle");
    await page.getByLabel("Plekken op locatie").fill("40");

    for (const [index, times, workshops] of [
      [0, ["13:30", "14:30"], [["Buurtkracht", "10"], ["Schulden", "12"]]],
      [1, ["15:00", "16:00"], [["Jongeren", "8"], ["Mantelzorg", ""]]],
    ] as const) {
      await page.getByRole("button", { name: "+ Ronde toevoegen" }).click();
      await expect(page.getByRole("group", { name: `Ronde ${index + 1}` })).toBeVisible();
      await field(page, `rounds.${index}.startsAt`).fill(localDay(40, times[0]));
      await field(page, `rounds.${index}.endsAt`).fill(localDay(40, times[1]));
      for (const [position, [workshopTitle, capacity]] of workshops.entries()) {
        await field(page, `rounds.${index}.workshops.${position}.title`).fill(workshopTitle);
        await field(page, `rounds.${index}.workshops.${position}.capacity`).fill(capacity);
      }
    }
    await page.getByRole("button", { name: "Concept opslaan" }).first().click();

    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("aangemaakt als concept");
    await page.getByRole("button", { name: "Publiceren" }).click();
    await expect(page.getByRole("status")).toHaveText("Het evenement staat nu op de site.");

    await page.goto(`/?q=${encodeURIComponent(title)}`);
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.locator("article strong", { hasText: "plenair" })).toBeVisible();
    await expect(page.getByText("Op locatie: nog 40 plekken")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Ronde 2/ })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Buurtkracht" })).toContainText("Nog 10 plekken");
  });

  test("an edited capacity changes the places left on the public page", async ({ page, login }) => {
    const slug = `capaciteit-${unique()}`;
    const event = await createSmallEvent(slug, { capacity: 5, waitlist: false });
    await page.goto(`/evenementen/${slug}`);
    await expect(page.getByText("Op locatie: nog 5 plekken")).toBeVisible();

    await login();
    await page.goto(`/admin/evenementen/${event.id}/bewerken`);
    await page.getByLabel("Plekken op locatie").fill("8");
    await page.getByRole("button", { name: "Opslaan", exact: true }).first().click();
    await expect(page.getByRole("status")).toHaveText("Je wijzigingen zijn opgeslagen.");

    await page.goto(`/evenementen/${slug}`);
    await expect(page.getByText("Op locatie: nog 8 plekken")).toBeVisible();
  });

  test("refuses the later of two organisers' saves and keeps what the second one typed", async ({ browser, db, login }) => {
    const slug = `twee-${unique()}`;
    const { id } = await createSmallEvent(slug, { capacity: 5, waitlist: false });
    const [anouk, bram] = await Promise.all([browser.newPage(), browser.newPage()]);
    for (const [page, name] of [[anouk, "Anouk"], [bram, "Bram"]] as const) {
      await login({ page, name });
      await page.goto(`/admin/evenementen/${id}/bewerken`);
    }
    await anouk.getByLabel("Titel", { exact: true }).fill("Titel van Anouk");
    await anouk.getByRole("button", { name: "Opslaan", exact: true }).first().click();
    await expect(anouk.getByRole("status")).toHaveText("Je wijzigingen zijn opgeslagen.");

    await bram.getByLabel("Korte samenvatting").fill("Samenvatting van Bram");
    await bram.getByRole("button", { name: "Opslaan", exact: true }).first().click();
    await expect(bram.getByTestId("form-message")).toContainText("Iemand anders heeft dit evenement intussen gewijzigd");
    await expect(bram.getByLabel("Korte samenvatting")).toHaveValue("Samenvatting van Bram");
    await expect(bram.getByRole("link", { name: "Open de nieuwste versie in een nieuw tabblad" })).toHaveAttribute("href", `/admin/evenementen/${id}/bewerken`);
    const row = await db.event.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, version: true } });
    expect(row).toEqual({ title: "Titel van Anouk", summary: "Een klein leercafé.", version: 2 });
  });

  test("works without JavaScript: rows are added and errors shown with everything typed kept", async ({ browser, login }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await login({ page });
    await page.goto("/admin/evenementen/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill("Zonder JavaScript");
    await page.getByRole("button", { name: "+ Spreker toevoegen" }).click();
    await page.getByRole("group", { name: "Spreker 1" }).getByLabel("Naam").fill("Fatima");
    await page.getByRole("button", { name: "+ Spreker toevoegen" }).click();
    await expect(page.getByRole("group", { name: "Spreker 2" })).toBeVisible();
    await page.getByRole("button", { name: "Omlaag (spreker 1)" }).click();
    await expect(field(page, "speakers.1.name")).toHaveValue("Fatima");
    await page.getByRole("button", { name: "Concept opslaan" }).first().click();
    await expect(page.getByTestId("form-message")).toContainText("Controleer de velden");
    await expect(page.getByText("Vul een korte samenvatting in.").first()).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Zonder JavaScript");
    await expect(field(page, "speakers.1.name")).toHaveValue("Fatima");
    await context.close();
  });

  test("the new and edit pages have no accessibility violations", async ({ page, db, login }) => {
    // axe reads every field of the longest form (a congrestival's rounds): slow on a busy machine.
    test.setTimeout(120_000);
    await login();
    await page.goto("/admin/evenementen/nieuw");
    await page.getByRole("button", { name: "+ Ronde toevoegen" }).click();
    await expect(page.getByRole("group", { name: "Ronde 1" })).toBeVisible();
    await page.getByRole("button", { name: "Concept opslaan" }).first().click();
    await expect(page.getByTestId("form-message")).toBeVisible();
    const seeded = await db.event.findUniqueOrThrow({ where: { slug: "congrestival-back-to-basics" } });
    for (const path of [null, `/admin/evenementen/${seeded.id}/bewerken`, `/admin/evenementen/${seeded.id}`]) {
      if (path) await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, path ?? "nieuw, met fouten").toEqual([]);
    }
  });
});
