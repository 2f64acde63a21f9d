import { readFile } from "node:fs/promises";
import { addDays, addHours } from "date-fns";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import type { APIRequestContext } from "@playwright/test";
import type { NewEvent } from "@/lib/events/create-event";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeEvent, registrationData } from "@/prisma/factories";
import { expect, test } from "./fixtures";

// An organiser's registrations page: filter, cancel someone (the first waiting gets the place), export the
// attendees for Excel, print a presence list.

/** A published event with two places on site, a waitlist and one round of two workshops. */
async function createEventWithWorkshops(db: PrismaClient, slug: string, overrides: Partial<NewEvent> = {}): Promise<number> {
  const startsAt = addDays(new Date(), 14);
  const event = await makeEvent(db, {
    slug,
    title: `Themamiddag ${slug}`,
    summary: "Een kleine themabijeenkomst.",
    startsAt,
    endsAt: addHours(startsAt, 4),
    capacityPhysical: 2,
    waitlistEnabled: true,
    rounds: [
      {
        number: 1,
        startsAt: addHours(startsAt, 1),
        endsAt: addHours(startsAt, 2),
        workshops: [
          { number: 1, title: "Samen sterker in de wijk", room: "Zaal 1", capacity: 10 },
          { number: 2, title: "Werken met ervaringsdeskundigen", room: "Zaal 2", capacity: 10 },
        ],
      },
    ],
    ...overrides,
  });
  return event.id;
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

  test("filter, cancel someone so the waitlist moves up, export CSV, print a presence list", async ({ page, request, db, login }) => {
    const slug = `regs-${test.info().project.name}-${Date.now()}`.toLowerCase();
    const eventId = await createEventWithWorkshops(db, slug);
    const people = [
      { name: "Anouk Jansen", email: `anouk-${slug}@example.org`, organisation: "Wijkteam Kanaleneiland", workshop: 1 },
      { name: "Bram Visser", email: `bram-${slug}@example.org`, organisation: "=Gemeente Utrecht", workshop: 2 },
      { name: "Chaima El Amrani", email: `chaima-${slug}@example.org`, organisation: "Stichting Zoë; Buurtwerk", workshop: 1 },
    ];
    const statuses = [];
    for (const person of people) statuses.push(await register(request, slug, person));
    expect(statuses).toEqual(["confirmed", "confirmed", "waitlisted"]);

    await login();
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
    // Each workshop says its round: a closed select shows only the option, not its group.
    await page.getByLabel("Workshop", { exact: true }).selectOption({ label: "Ronde 1: 2. Werken met ervaringsdeskundigen" });
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
    const mails = await db.outboxMessage.findMany({
      where: { eventId, kind: { in: ["cancelled", "promoted"] } },
      orderBy: { id: "asc" },
      select: { kind: true, toEmail: true },
    });
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

  test("adds someone by hand, over capacity only when asked, keeping what was typed", async ({ page, db, login }) => {
    const slug = `regs-hand-${test.info().project.name}-${Date.now()}`.toLowerCase();
    const eventId = await createEventWithWorkshops(db, slug);
    await db.event.update({ where: { id: eventId }, data: { capacityPhysical: 0, waitlistEnabled: false } });
    await login();
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
    const mails = await db.outboxMessage.findMany({ where: { toEmail: `dirk-${slug}@example.org` }, select: { kind: true } });
    expect(mails).toEqual([{ kind: "confirmed" }]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("pages through 102 registrations and sorts them by surname, both kept in the URL", async ({ page, db, login }) => {
      const slug = `regs-veel-${test.info().project.name}-${Date.now()}`.toLowerCase();
      // A draft: the admin shows its registrations all the same, and the public listing's first page (read by
      // the agenda, API and keyboard tests) keeps the seeded events.
      const eventId = await createEventWithWorkshops(db, slug, { status: "draft" });
      const people = [...Array.from({ length: 100 }, (_, index) => `Deelnemer ${String(index + 1).padStart(3, "0")}`), "Noor de Vries", "Daan van den Berg"];
      const start = new Date(Date.now() - 60 * 60 * 1000);
      await db.registration.createMany({
        data: people.map((name, index) =>
          registrationData(eventId, `p${index}-${slug}-met-een-lang-adres@wijkteam-kanaleneiland.example.org`, { name, createdAt: new Date(start.getTime() + index * 1000) }),
        ),
      });
      await login();
      await page.goto(`/admin/evenementen/${eventId}/aanmeldingen`);
      const rows = page.getByRole("table", { name: /Aanmeldingen voor/ }).or(page.getByRole("list", { name: /Aanmeldingen voor/ }));
      await expect(page.getByRole("status").filter({ hasText: "aanmeldingen" })).toHaveText("102 aanmeldingen, 1-50 op deze pagina");
      await expect(rows.getByRole("link")).toHaveCount(50);
      await expect(rows.getByRole("link").first()).toHaveText("Deelnemer 001");

      // An address wraps at its @, not anywhere in a word.
      const address = rows.getByTestId("email-address").first();
      await expect(address).toHaveCSS("word-break", "normal");
      await expect(address).toHaveCSS("overflow-wrap", "break-word");
      await expect(address.locator("wbr")).toHaveCount(1);

      await page.getByLabel("Sorteer op").selectOption({ label: "Achternaam, A-Z" });
      await page.getByRole("button", { name: "Toon" }).click();
      await expect(page).toHaveURL(/sort=name/);
      const pages = page.getByRole("navigation", { name: "Pagina's met aanmeldingen" });
      await expect(pages).toContainText("Pagina 1 van 3");
      await pages.getByRole("link", { name: "Volgende" }).click();
      await expect(page).toHaveURL(/sort=name&page=2/);
      await pages.getByRole("link", { name: "Volgende" }).click();
      await expect(pages).toContainText("Pagina 3 van 3");
      await expect(rows.getByRole("link")).toHaveText(["Daan van den Berg", "Noor de Vries"]);
      await expect(pages.getByRole("link", { name: "Volgende" })).toHaveCount(0);
      await pages.getByRole("link", { name: "Vorige" }).click();
      await expect(page).toHaveURL(/sort=name&page=2/);
    });
  });

  test("refuses the export and the pages without a session", async ({ page, request, db }) => {
    const event = await db.event.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
    const response = await request.get(`/admin/evenementen/${event.id}/aanmeldingen/export.csv`);
    expect(response.status()).toBe(401);
    await page.goto(`/admin/evenementen/${event.id}/aanmeldingen`);
    await expect(page).toHaveURL(/\/admin\/inloggen$/);
  });
});
