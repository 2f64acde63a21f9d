import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAsOrganiser } from "./admin";
import { sql } from "./db";

// An organiser's registrations page: filter, cancel someone (the first waiting gets the place), export the
// attendees for Excel, print a presence list.

/** A published event with two places on site, a waitlist and one round of two workshops. */
async function createEventWithWorkshops(slug: string): Promise<number> {
  const [event] = await sql<{ id: number }>(
    `INSERT INTO "Event" (slug, title, format, status, summary, body, organiser, "startsAt", "endsAt", "attendanceMode", "venueName", "venueCity", "capacityPhysical", "waitlistEnabled", "updatedAt")
     VALUES ($1, $2, 'themabijeenkomst', 'published', 'Een kleine themabijeenkomst.', 'Tekst.', 'Movisie', now() + interval '14 days', now() + interval '14 days 4 hours', 'physical', 'Buurthuis De Linde', 'Utrecht', 2, true, now())
     RETURNING id`,
    [slug, `Themamiddag ${slug}`],
  );
  const [round] = await sql<{ id: number }>(
    `INSERT INTO "WorkshopRound" ("eventId", number, "startsAt", "endsAt") VALUES ($1, 1, now() + interval '14 days 1 hour', now() + interval '14 days 2 hours') RETURNING id`,
    [event!.id],
  );
  await sql(
    `INSERT INTO "Workshop" ("roundId", number, title, room, capacity) VALUES ($1, 1, 'Samen sterker in de wijk', 'Zaal 1', 10), ($1, 2, 'Werken met ervaringsdeskundigen', 'Zaal 2', 10)`,
    [round!.id],
  );
  return event!.id;
}

async function register(
  request: APIRequestContext,
  slug: string,
  person: { name: string; email: string; organisation: string; workshop: number },
) {
  const response = await request.post(`/api/events/${slug}/registrations`, {
    data: { name: person.name, email: person.email, organisation: person.organisation, workshops: { "1": person.workshop }, consent: true },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { status: string }).status;
}

test.describe("registrations in the admin", () => {
  // Long journeys on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test("filter, cancel someone so the waitlist moves up, export CSV, print a presence list", async ({ page, request }) => {
    const slug = `regs-${test.info().project.name}-${Date.now()}`.toLowerCase();
    const eventId = await createEventWithWorkshops(slug);
    const people = [
      { name: "Anouk Jansen", email: `anouk-${slug}@example.org`, organisation: "Wijkteam Kanaleneiland", workshop: 1 },
      { name: "Bram Visser", email: `bram-${slug}@example.org`, organisation: "=Gemeente Utrecht", workshop: 2 },
      { name: "Chaima El Amrani", email: `chaima-${slug}@example.org`, organisation: "Stichting Zoë; Buurtwerk", workshop: 1 },
    ];
    const statuses = [];
    for (const person of people) statuses.push(await register(request, slug, person));
    expect(statuses).toEqual(["confirmed", "confirmed", "waitlisted"]);

    await signInAsOrganiser(page);
    await page.goto(`/admin/evenementen/${eventId}/aanmeldingen`);
    await expect(page.getByRole("heading", { level: 1, name: "Aanmeldingen" })).toBeVisible();
    await expect(page.getByText(/2\s+van 2 plekken bevestigd/)).toBeVisible();
    await expect(page.getByText(/0 wachten op intake · 1 op de wachtlijst · vol/)).toBeVisible();
    const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(accessibility.violations).toEqual([]);

    // Filters live in the URL.
    await page.getByLabel("Status").selectOption({ label: "Wachtlijst" });
    await page.getByRole("button", { name: "Toon" }).click();
    await expect(page).toHaveURL(/status=waitlisted/);
    // A table from a tablet up, a list of cards on a phone.
    const table = page.getByRole("table", { name: /Aanmeldingen voor/ }).or(page.getByRole("list", { name: /Aanmeldingen voor/ }));
    await expect(table.getByRole("link")).toHaveText(["Chaima El Amrani"]);
    await page.getByRole("link", { name: "Wis filters" }).click();
    await expect(page).toHaveURL(/\/aanmeldingen$/);
    await page.getByLabel("Workshop", { exact: true }).selectOption({ label: "2. Werken met ervaringsdeskundigen" });
    await page.getByLabel(/Zoek op naam/).fill("utrecht");
    await page.getByRole("button", { name: "Toon" }).click();
    await expect(table.getByRole("link")).toHaveText(["Bram Visser"]);
    await page.getByRole("link", { name: "Wis filters" }).click();
    await expect(page).toHaveURL(/\/aanmeldingen$/);
    await expect(table.getByRole("link")).toHaveCount(3);

    // Cancel Anouk: Chaima, first on the waitlist, gets the place.
    await table.getByRole("link", { name: "Anouk Jansen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Anouk Jansen" })).toBeVisible();
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.locator("#veld-confirm-fout").getByText("Vink aan dat je deze aanmelding wilt annuleren.")).toBeVisible();
    await page.getByRole("checkbox", { name: "Ja, annuleer de aanmelding van Anouk Jansen" }).check();
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Aanmelding van Anouk Jansen geannuleerd. Chaima El Amrani kreeg de vrije plek van de wachtlijst." }),
    ).toBeVisible();
    await expect(page.getByText("Geannuleerd", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: /Alle aanmeldingen/ }).click();
    await expect(
      table.getByRole("row").or(table.getByRole("listitem")).filter({ hasText: "Chaima El Amrani" }).getByText("Bevestigd"),
    ).toBeVisible();
    const mails = await sql<{ kind: string; toEmail: string }>(
      `SELECT kind, "toEmail" FROM "OutboxMessage" WHERE "eventId" = $1 AND kind IN ('cancelled', 'promoted') ORDER BY id`,
      [eventId],
    );
    expect(mails).toEqual([
      { kind: "cancelled", toEmail: people[0]!.email },
      { kind: "promoted", toEmail: people[2]!.email },
    ]);

    // The export opens in Dutch Excel: BOM, semicolons, CRLF; a cell that looks like a formula is defused.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Deelnemers downloaden (Excel, CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`aanmeldingen-${slug}.csv`);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFNaam;E-mailadres;Organisatie;Functie;Workshop ronde 1;Aangemeld op\r\n")).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.Naam, row.Organisatie, row["Workshop ronde 1"]])).toEqual([
      ["Bram Visser", "'=Gemeente Utrecht", "2. Werken met ervaringsdeskundigen"],
      ["Chaima El Amrani", "Stichting Zoë; Buurtwerk", "1. Samen sterker in de wijk"],
    ]);

    // Presence list of workshop 1, as printed: without the site's and the admin's navigation.
    await page.getByRole("link", { name: "Presentielijst van Samen sterker in de wijk" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Workshop 1: Samen sterker in de wijk" })).toBeVisible();
    const list = page.getByRole("table", { name: /Presentielijst/ });
    await expect(list.getByRole("columnheader")).toHaveText(["Nr.", "Naam", "Organisatie", "Handtekening"]);
    await expect(list.getByRole("row")).toHaveCount(2);
    await expect(list.getByRole("row").nth(1)).toContainText("Chaima El Amrani");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Beheer" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
    await expect(list).toBeVisible();
  });

  test("adds someone by hand, over capacity only when asked, keeping what was typed", async ({ page }) => {
    const slug = `regs-hand-${test.info().project.name}-${Date.now()}`.toLowerCase();
    const eventId = await createEventWithWorkshops(slug);
    await sql(`UPDATE "Event" SET "capacityPhysical" = 0, "waitlistEnabled" = false WHERE id = $1`, [eventId]);
    await signInAsOrganiser(page);
    await page.goto(`/admin/evenementen/${eventId}/aanmeldingen`);
    await page.getByRole("link", { name: "Iemand aanmelden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Iemand aanmelden" })).toBeVisible();
    await expect(page.getByText("Let op: deze bijeenkomst zit vol.")).toBeVisible();

    await page.getByLabel("Naam", { exact: true }).fill("Dirk de Boer");
    await page.getByLabel("E-mailadres").fill("dirk-zonder-apenstaartje");
    await page.getByLabel(/^Organisatie/).fill("Gemeente Zwolle");
    await page.getByLabel(/Workshop in ronde 1/).selectOption("2");
    await page.getByRole("button", { name: "Aanmelden en bevestiging mailen" }).click();
    await expect(page.locator("#veld-email-fout").getByText("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Dirk de Boer");
    await expect(page.getByLabel(/^Organisatie/)).toHaveValue("Gemeente Zwolle");

    await page.getByLabel("E-mailadres").fill(`dirk-${slug}@example.org`);
    await page.getByRole("button", { name: "Aanmelden en bevestiging mailen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Deze bijeenkomst zit vol" }).first()).toBeVisible();
    await expect(page.getByLabel(/Workshop in ronde 1/)).toHaveValue("2");

    await page.getByRole("checkbox", { name: "Ook als het vol is" }).check();
    await page.getByRole("button", { name: "Aanmelden en bevestiging mailen" }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Dirk de Boer is aangemeld boven het aantal plekken (op locatie) en krijgt een bevestiging per e-mail." }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Dirk de Boer" })).toBeVisible();
    const mails = await sql<{ kind: string }>(`SELECT kind FROM "OutboxMessage" WHERE "toEmail" = $1`, [`dirk-${slug}@example.org`]);
    expect(mails).toEqual([{ kind: "confirmed" }]);
  });

  test("refuses the export and the pages without a session", async ({ page, request }) => {
    const [event] = await sql<{ id: number }>(`SELECT id FROM "Event" ORDER BY id LIMIT 1`);
    const response = await request.get(`/admin/evenementen/${event!.id}/aanmeldingen/export.csv`);
    expect(response.status()).toBe(401);
    await page.goto(`/admin/evenementen/${event!.id}/aanmeldingen`);
    await expect(page).toHaveURL(/\/admin\/inloggen$/);
  });
});
