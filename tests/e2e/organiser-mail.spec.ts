import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { addDays, addHours } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeEvent, registrationData } from "@/prisma/factories";
import { expect, test, type Page } from "./fixtures";

// The organiser talks to their attendees: a message to a chosen group (preview, a test to yourself, the real
// thing, once), the mailbox's progress of it, and an event's own wording of an automatic mail.

async function noAccessibilityViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, label).toEqual([]);
}

/** The page does not scroll sideways (a long address in a preview must wrap on a phone). */
async function fitsTheScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}

/**
 * A hybrid event with one workshop round and five registrations: two on site with a place (one in the
 * workshop), one online, one waiting on site, one cancelled.
 */
async function eventWithRegistrants(db: PrismaClient, label: string) {
  const tag = randomBytes(3).toString("hex");
  const startsAt = addDays(new Date(), 21);
  const event = await makeEvent(db, {
    slug: `bericht-${label}-${tag}`,
    title: `Berichtenbijeenkomst ${label} ${tag}`,
    startsAt,
    endsAt: addHours(startsAt, 3),
    attendanceMode: "hybrid",
    capacityPhysical: 10,
    capacityOnline: 10,
    onlinePlatform: "Microsoft Teams",
    rounds: [{ number: 1, startsAt: addHours(startsAt, 1), endsAt: addHours(startsAt, 2), workshops: [{ number: 1, title: `Wijkgericht werken ${tag}` }, { number: 2, title: `Buurtkracht ${tag}` }] }],
  });
  const round = event.rounds[0]!;
  const [wijk, buurt] = round.workshops;
  const person = (name: string, overrides: Parameters<typeof registrationData>[2], workshopId?: number) =>
    db.registration.create({
      data: {
        ...registrationData(event.id, `${name.split(" ")[0]!.toLowerCase()}-${tag}@voorbeeld.nl`, { name, ...overrides }),
        ...(workshopId ? { workshops: { create: [{ roundId: round.id, workshopId }] } } : {}),
      },
    });
  const anna = await person("Anna Aalders", { attendanceMode: "physical" }, wijk!.id);
  const bram = await person("Bram Bakker", { attendanceMode: "physical" }, buurt!.id);
  const cas = await person("Cas Claassen", { attendanceMode: "online" }, wijk!.id);
  const dirk = await person("Dirk Dekker", { attendanceMode: "physical", status: "waitlisted" });
  const eva = await person("Eva Evers", { attendanceMode: "physical", status: "cancelled", activeEmail: null });
  return { event, tag, workshops: { wijk: wijk!, buurt: buurt! }, people: { anna, bram, cas, dirk, eva } };
}

const bulkRows = (db: PrismaClient, eventId: number) =>
  db.outboxMessage.findMany({ where: { eventId, kind: "bulk", bulkMailId: { not: null } }, orderBy: { toEmail: "asc" }, select: { toEmail: true, bulkMailId: true } });

test.describe("a message to an event's registrants", () => {
  test("is previewed for a real recipient, tested on yourself and sent once to exactly the chosen group", async ({ page, db, login }) => {
    const { event, people } = await eventWithRegistrants(db, "js");
    const organiser = await login({ role: "redacteur" });
    await page.goto(`/admin/evenementen/${event.id}/mail`);
    await expect(page.getByRole("heading", { name: "Mail aan deelnemers", level: 1 })).toBeVisible();
    await noAccessibilityViolations(page, "compose page");

    await page.getByRole("checkbox", { name: "Op de wachtlijst" }).check();
    await page.getByRole("combobox", { name: "Vorm van deelnemen" }).selectOption({ label: "Op locatie" });
    const subject = page.getByRole("textbox", { name: "Onderwerp" });
    const body = page.getByRole("textbox", { name: "Bericht" });
    await subject.fill("Praktische informatie over {{ evenement }}");

    // An unknown placeholder is refused next to the field, and what was typed stays.
    const typo = "Beste {{ naam }},\n\nTot dan, {{ onbekend }}.";
    await body.fill(typo);
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await expect(body).toHaveAccessibleDescription(/\{\{ onbekend \}\} bestaat niet/);
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(body).toHaveValue(typo);
    await expect(subject).toHaveValue("Praktische informatie over {{ evenement }}");
    await expect(page.getByRole("checkbox", { name: "Op de wachtlijst" })).toBeChecked();
    await expect(page.getByRole("combobox", { name: "Vorm van deelnemen" })).toHaveValue("physical");
    expect(await db.bulkMail.count({ where: { eventId: event.id } })).toBe(0);

    await body.fill("Beste {{ naam }},\n\nNeem **je laptop** mee. Je aanmelding: {{ beheerlink }}");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const preview = page.getByRole("region", { name: "Voorbeeld" });
    await expect(preview).toContainText(`Praktische informatie over ${event.title}`);
    // The Markdown's paragraphs survive the form: the greeting is a paragraph of its own.
    await expect(preview.locator(".mail-preview > p").first()).toHaveText("Beste Anna Aalders,");
    await expect(preview.locator("strong")).toHaveText("je laptop");
    await expect(preview).toContainText(`/aanmelding/${people.anna.manageToken}`);
    await expect(page.getByText("Dit bericht gaat naar 3 aangemelden: Anna Aalders, Bram Bakker, Dirk Dekker.")).toBeVisible();
    await noAccessibilityViolations(page, "compose page with preview");
    await fitsTheScreen(page);

    await page.getByRole("button", { name: "Stuur mij een test" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Testbericht gestuurd naar ${organiser.email}.` })).toBeVisible();
    const tests = await db.outboxMessage.findMany({ where: { eventId: event.id, toEmail: organiser.email } });
    expect(tests.map((row) => row.subject)).toEqual([`[Test] Praktische informatie over ${event.title}`]);
    expect(tests[0]!.text).toContain("Beste Anna Aalders,\n\nNeem je laptop mee.");
    expect(tests[0]!.bulkMailId).toBeNull();
    expect(await db.bulkMail.count({ where: { eventId: event.id } })).toBe(0);
    await expect(body).toHaveValue("Beste {{ naam }},\n\nNeem **je laptop** mee. Je aanmelding: {{ beheerlink }}");

    // Another group chosen after the preview: the button's promise no longer holds, so nothing goes. (The choice is
    // made once the preview has answered: React resets a form to its answer when the action ends.)
    const previewed = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith(`/admin/evenementen/${event.id}/mail`));
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await previewed;
    await expect(page.getByRole("button", { name: "Voorbeeld bekijken" })).toBeEnabled();
    await page.getByRole("combobox", { name: "Vorm van deelnemen" }).selectOption({ label: "Iedereen" });
    await page.getByRole("button", { name: "Verstuur naar 3 aangemelden" }).click();
    await expect(page.getByRole("group", { name: "Aan wie" })).toHaveAccessibleDescription(
      "Sinds het voorbeeld is de groep veranderd: het bericht zou nu naar 4 aangemelden gaan. Bekijk het voorbeeld opnieuw.",
    );
    await expect(body).toHaveValue("Beste {{ naam }},\n\nNeem **je laptop** mee. Je aanmelding: {{ beheerlink }}");
    expect(await db.bulkMail.count({ where: { eventId: event.id } })).toBe(0);
    await page.getByRole("combobox", { name: "Vorm van deelnemen" }).selectOption({ label: "Op locatie" });

    // A double click on the send button sends the message once.
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await page.getByRole("button", { name: "Verstuur naar 3 aangemelden" }).dblclick();
    await expect(page.getByText("Het bericht staat in de wachtrij en gaat zo de deur uit.")).toBeVisible();
    const sent = await bulkRows(db, event.id);
    expect(sent.map((row) => row.toEmail)).toEqual([people.anna.email, people.bram.email, people.dirk.email].sort());
    expect(new Set(sent.map((row) => row.bulkMailId)).size).toBe(1);
    const list = page.getByRole("region", { name: "Verstuurde berichten" });
    await expect(list.getByRole("row", { name: new RegExp(`Praktische informatie over \\{\\{ evenement \\}\\}`) })).toContainText(/van 3 verstuurd/);

    // The form starts afresh for the next message, which is a message of its own.
    await expect(page.getByRole("region", { name: "Voorbeeld" })).toHaveCount(0);
    await expect(subject).toHaveValue("");
    await subject.fill("Nog één ding");
    await body.fill("Beste {{ naam }}, vergeet je lunch niet.");
    await page.getByRole("combobox", { name: "Vorm van deelnemen" }).selectOption({ label: "Online" });
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await page.getByRole("button", { name: "Verstuur naar 1 aangemelde" }).click();
    await expect(list.getByRole("row", { name: /Nog één ding/ })).toContainText(/van 1 verstuurd/);
    const both = await bulkRows(db, event.id);
    expect(both.filter((row) => row.bulkMailId !== sent[0]!.bulkMailId).map((row) => row.toEmail)).toEqual([people.cas.email]);

    expect(both).toHaveLength(4);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("works as a plain form: refused text kept, preview, and one send to a workshop's registrants", async ({ page, db, login }) => {
      const { event, workshops, people } = await eventWithRegistrants(db, "nojs");
      await login({ role: "redacteur" });
      await page.goto(`/admin/evenementen/${event.id}/mail`);
      await page.getByRole("combobox", { name: "Workshop" }).selectOption({ label: `Ronde 1, workshop 1: ${workshops.wijk.title}` });
      await page.getByRole("textbox", { name: "Onderwerp" }).fill("Over je workshop");
      const typo = "Hallo {{ naam }}, {{ onbekend }}";
      await page.getByRole("textbox", { name: "Bericht" }).fill(typo);
      await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
      await expect(page.getByRole("textbox", { name: "Bericht" })).toHaveAccessibleDescription(/\{\{ onbekend \}\} bestaat niet/);
      await expect(page.getByRole("textbox", { name: "Bericht" })).toHaveValue(typo);
      await expect(page.getByRole("combobox", { name: "Workshop" })).toHaveValue(String(workshops.wijk.id));

      await page.getByRole("textbox", { name: "Bericht" }).fill("Hallo {{ naam }}, tot in de workshop. {{ beheerlink }}");
      await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
      await expect(page.getByText("Dit bericht gaat naar 2 aangemelden: Anna Aalders, Cas Claassen.")).toBeVisible();
      await expect(page.getByRole("region", { name: "Voorbeeld" })).toContainText("Hallo Anna Aalders, tot in de workshop.");
      const answered = await page.content();
      // A double click sends the plain form twice, with the same one-time key.
      await page.getByRole("button", { name: "Verstuur naar 2 aangemelden" }).dblclick();
      await expect(page.getByText("Het bericht staat in de wachtrij en gaat zo de deur uit.")).toBeVisible();
      const sent = await bulkRows(db, event.id);
      expect(sent.map((row) => row.toEmail)).toEqual([people.anna.email, people.cas.email].sort());

      // The same answered form once more, as a browser shows it again from its history (Chromium itself refuses
      // to go back to a POST's answer): sending it again adds nothing.
      const again = `/admin/evenementen/${event.id}/mail?nogmaals=1`;
      await page.route(`**${again}`, (route) => (route.request().method() === "GET" ? route.fulfill({ contentType: "text/html; charset=utf-8", body: answered }) : route.fallback()));
      await page.goto(again);
      await page.getByRole("button", { name: "Verstuur naar 2 aangemelden" }).click();
      await expect(page.getByText("Het bericht staat in de wachtrij en gaat zo de deur uit.")).toBeVisible();
      expect(await bulkRows(db, event.id)).toEqual(sent);
    });
  });
});

test("the mailbox shows how far a message to attendees has got", async ({ page, db, login }) => {
  const { event } = await eventWithRegistrants(db, "mailbox");
  await login({ role: "redacteur" });
  await page.goto(`/admin/evenementen/${event.id}/mail`);
  await page.getByRole("checkbox", { name: "Op de wachtlijst" }).check();
  await page.getByRole("textbox", { name: "Onderwerp" }).fill(`Voortgang ${event.title}`);
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await page.getByRole("button", { name: "Verstuur naar 4 aangemelden" }).click();
  await expect(page.getByText("Het bericht staat in de wachtrij en gaat zo de deur uit.")).toBeVisible();

  await page.goto("/admin/mailbox");
  // The section, not the table's scroll region inside it of the same name.
  const progress = page.getByRole("region", { name: "Berichten aan deelnemers" }).first();
  const row = progress.getByRole("row", { name: new RegExp(`Voortgang ${event.title}`) });
  await expect(row).toContainText(event.title);
  // The test server's worker delivers them; the count follows.
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("4 van 4 verstuurd", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await noAccessibilityViolations(page, "mailbox");
});

test.describe("an event's own wording of an automatic mail", () => {
  test("is previewed with a real registration, saved, used by the next mail, and reset to the default", async ({ page, db, login }) => {
    const { event, tag } = await eventWithRegistrants(db, "sjabloon");
    await login({ role: "redacteur" });
    await page.goto(`/admin/evenementen/${event.id}/mail`);
    await page.getByRole("link", { name: "Bevestiging" }).click();
    await expect(page.getByRole("heading", { name: "Mailtekst: Bevestiging", level: 1 })).toBeVisible();
    await noAccessibilityViolations(page, "template editor");

    const subject = page.getByRole("textbox", { name: "Onderwerp" });
    const body = page.getByRole("textbox", { name: "Tekst" });
    // A tag left open, and an unknown placeholder: refused next to their fields, the text kept.
    await subject.fill("Welkom {{ naam ");
    await body.fill("Hoi {{ onbekend }}");
    await page.getByRole("button", { name: "Tekst opslaan" }).click();
    await expect(subject).toHaveAccessibleDescription(/niet afgesloten/);
    await expect(body).toHaveAccessibleDescription(/\{\{ onbekend \}\} bestaat niet/);
    await expect(subject).toHaveValue("Welkom {{ naam ");
    await expect(body).toHaveValue("Hoi {{ onbekend }}");
    expect(await db.eventMailTemplate.count({ where: { eventId: event.id } })).toBe(0);

    await subject.fill("Je plek bij {{ evenement }} is zeker, {{ naam }}");
    await body.fill(`Beste {{ naam }},\n\nWe zien je graag bij ons eigen welkom ${tag}.\n\n{{ beheerlink }}`);
    await page.getByRole("combobox", { name: "Voorbeeld met de aanmelding van" }).selectOption({ label: "Bram Bakker" });
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const preview = page.getByRole("region", { name: "Voorbeeld" });
    await expect(preview).toContainText("Ingevuld met de aanmelding van Bram Bakker.");
    await expect(preview).toContainText(`Je plek bij ${event.title} is zeker, Bram Bakker`);
    await expect(preview).toContainText(`We zien je graag bij ons eigen welkom ${tag}.`);
    await noAccessibilityViolations(page, "template editor with preview");
    await fitsTheScreen(page);

    await page.getByRole("button", { name: "Tekst opslaan" }).click();
    await expect(page.getByText("De tekst is opgeslagen en geldt voor de volgende mails van deze bijeenkomst.")).toBeVisible();
    await expect(page.getByText("Aangepast voor deze bijeenkomst", { exact: false })).toBeVisible();

    // Someone registers through the public form: their confirmation uses the event's own wording.
    const email = `nieuw-${tag}@voorbeeld.nl`;
    await page.goto(`/evenementen/${event.slug}/aanmelden`);
    await page.getByLabel("Naam", { exact: true }).fill("Nina Nieuw");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel(/^Organisatie/).fill("Wijkteam Noord");
    await page.getByRole("radio", { name: /Op locatie/ }).check();
    await page.getByRole("group", { name: /Ronde 1/ }).getByRole("radio", { name: /Nr\. 2:/ }).check();
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect.poll(async () => (await db.outboxMessage.findFirst({ where: { toEmail: email, kind: "confirmed", status: "sent" } }))?.subject, { timeout: 30_000 }).toBe(
      `Je plek bij ${event.title} is zeker, Nina Nieuw`,
    );
    const confirmation = await db.outboxMessage.findFirstOrThrow({ where: { toEmail: email, kind: "confirmed" } });
    expect(confirmation.text).toContain(`Beste Nina Nieuw,\n\nWe zien je graag bij ons eigen welkom ${tag}.`);

    await page.goto(`/admin/evenementen/${event.id}/mail/sjablonen/confirmed`);
    await page.getByRole("button", { name: "Terug naar de standaardtekst" }).click();
    await expect(page.getByText("De tekst is teruggezet naar de standaard.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Onderwerp" })).toHaveValue("Aanmelding bevestigd: {{ evenement }}");
    await expect(page.getByRole("button", { name: "Terug naar de standaardtekst" })).toHaveCount(0);
    expect(await db.eventMailTemplate.count({ where: { eventId: event.id } })).toBe(0);
  });
});

test.describe("an event's own wording, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is refused with the text kept, saved, and reset as plain forms", async ({ page, db, login }) => {
    const { event } = await eventWithRegistrants(db, "sjabloon-nojs");
    await login({ role: "redacteur" });
    await page.goto(`/admin/evenementen/${event.id}/mail/sjablonen/waitlisted`);
    const body = page.getByRole("textbox", { name: "Tekst" });
    await body.fill("Beste {{ naam }},\n\nJe staat op {% if online %}de lijst.");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(body).toHaveAccessibleDescription(/Een plaatshouder of opdracht is niet afgesloten/);
    await expect(body).toHaveValue("Beste {{ naam }},\n\nJe staat op {% if online %}de lijst.");

    await body.fill("Beste {{ naam }},\n\nJe staat op de wachtlijst van {{ evenement }}; we houden je op de hoogte.");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await expect(page.getByRole("region", { name: "Voorbeeld" })).toContainText("Beste Anna Aalders,");
    await page.getByRole("button", { name: "Tekst opslaan" }).click();
    await expect(page.getByText("De tekst is opgeslagen en geldt voor de volgende mails van deze bijeenkomst.")).toBeVisible();
    const saved = await db.eventMailTemplate.findUniqueOrThrow({ where: { eventId_kind: { eventId: event.id, kind: "waitlisted" } } });
    expect(saved.body).toBe("Beste {{ naam }},\n\nJe staat op de wachtlijst van {{ evenement }}; we houden je op de hoogte.");

    await page.getByRole("button", { name: "Terug naar de standaardtekst" }).click();
    await expect(page.getByText("De tekst is teruggezet naar de standaard.")).toBeVisible();
    expect(await db.eventMailTemplate.count({ where: { eventId: event.id } })).toBe(0);
  });
});
