import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { addDays, addHours, subDays } from "date-fns";
import AxeBuilder from "@axe-core/playwright";
import { makeEvent, registrationData } from "@/prisma/factories";
import { expect, test, type Page } from "./fixtures";
import { sql } from "./db";

// Waitlist offers, a person's data request and the statistics pages, in a real browser.

async function noAccessibilityViolations(page: Page) {
  const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(accessibility.violations).toEqual([]);
}

test("a waitlisted person accepts an offered place from the link in their mail", async ({ page, db }) => {
  const tag = randomBytes(3).toString("hex");
  const startsAt = addDays(new Date(), 20);
  const event = await makeEvent(db, { slug: `leercafe-aanbod-${tag}`, title: `Leercafé aanbod ${tag}`, format: "leercafe", startsAt, endsAt: addHours(startsAt, 2), capacityPhysical: 1, waitlistEnabled: true, waitlistOffers: true });
  const first = await db.registration.create({ data: registrationData(event.id, `eerste-${tag}@voorbeeld.nl`, { name: "Eerste Persoon" }) });
  const waiting = await db.registration.create({ data: registrationData(event.id, `wacht-${tag}@voorbeeld.nl`, { name: "Wachtende Persoon", status: "waitlisted" }) });

  // The first person cancels: the place is offered, not given.
  await page.goto(`/aanmelding/${first.manageToken}`);
  await page.getByRole("checkbox", { name: /ik wil mijn aanmelding annuleren/ }).check();
  await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
  await expect(page.getByText("Je aanmelding is geannuleerd.")).toBeVisible();

  const [mail] = await sql<{ text: string }>(`SELECT text FROM "OutboxMessage" WHERE kind = 'offered' AND "registrationId" = $1`, [waiting.id]);
  const link = /https?:\/\/\S+\/aanbod/.exec(mail!.text)![0];
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Een plek voor je bij Leercafé aanbod ${tag}`);
  await expect(page.getByText(/We houden de plek voor je vast tot/)).toBeVisible();
  await noAccessibilityViolations(page);
  await page.getByRole("button", { name: "Ja, ik neem de plek" }).click();
  await expect(page.getByText("Je hebt de plek aangenomen. We hebben je een bevestiging gemaild.")).toBeVisible();
  await expect(page.getByTestId("registration-state")).toHaveText("Bevestigd");
  const [row] = await sql<{ status: string }>(`SELECT status FROM "Registration" WHERE id = $1`, [waiting.id]);
  expect(row!.status).toBe("confirmed");
});

test("a beheerder finds everything about an address, downloads it, and erases it", async ({ page, db, login }) => {
  const tag = randomBytes(3).toString("hex");
  const email = `verzoek-${tag}@voorbeeld.nl`;
  const startsAt = addDays(new Date(), 15);
  const event = await makeEvent(db, { slug: `verzoek-${tag}`, title: `Verzoekbijeenkomst ${tag}`, startsAt, endsAt: addHours(startsAt, 2) });
  await db.registration.create({ data: registrationData(event.id, email, { name: `Vera Verzoek ${tag}`, organisation: "Wijkteam Oost" }) });
  await login({ role: "beheerder" });

  await page.goto("/admin/privacy");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByRole("button", { name: "Zoeken" }).click();
  // The error summary on top, focused, linking to the field; the message beside the field too; the title says Fout.
  const summary = page.getByRole("alert").filter({ hasText: "Controleer het e-mailadres." });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Privacyverzoeken/);
  await expect(page.locator("#email-fout")).toHaveText(/Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl./);
  await summary.getByRole("link", { name: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl." }).click();
  await expect(page.getByLabel("E-mailadres")).toBeFocused();
  await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");

  await page.getByLabel("E-mailadres").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { name: `Gevonden over ${email}` })).toBeVisible();
  await expect(page.getByText(`Verzoekbijeenkomst ${tag}`)).toBeVisible();
  await noAccessibilityViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als JSON" }).click()]);
  const report = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(report.registrations[0]).toMatchObject({ name: `Vera Verzoek ${tag}`, organisation: "Wijkteam Oost", event: { title: `Verzoekbijeenkomst ${tag}` } });
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download als CSV" }).click()]);
  expect(await readFile((await csvDownload.path())!, "utf8")).toContain(`Vera Verzoek ${tag}`);

  await page.getByRole("checkbox", { name: `Ja, verwijder alle gegevens van ${email}` }).check();
  await page.getByRole("button", { name: "Verwijder alle gegevens" }).click();
  await expect(page.getByText("Verwijderd: 1 aanmelding geanonimiseerd, 1 geannuleerd.", { exact: false })).toBeVisible();
  expect(await sql(`SELECT 1 FROM "Registration" WHERE lower(email) = $1`, [email])).toEqual([]);
  const audit = await sql<{ summary: string; details: unknown }>(`SELECT summary, details FROM "AuditEntry" WHERE action LIKE 'privacy.%' AND "actorName" <> 'Systeem' ORDER BY id DESC LIMIT 3`);
  expect(JSON.stringify(audit)).not.toContain(email);
});

test("the statistics pages show charts with tables for screen readers, without accessibility violations", async ({ page, db, login }) => {
  const tag = randomBytes(3).toString("hex");
  const startsAt = subDays(new Date(), 2);
  const event = await makeEvent(db, { slug: `statistiek-${tag}`, title: `Statistiek ${tag}`, startsAt, endsAt: addHours(startsAt, 2), capacityPhysical: 10 });
  const present = await db.registration.create({ data: registrationData(event.id, `s1-${tag}@voorbeeld.nl`, { createdAt: subDays(new Date(), 9) }) });
  await db.registration.create({ data: registrationData(event.id, `s2-${tag}@voorbeeld.nl`, { createdAt: subDays(new Date(), 8) }) });
  await db.checkIn.create({ data: { registrationId: present.id, eventId: event.id, byName: "Deur" } });
  await login();

  await page.goto(`/admin/evenementen/${event.id}/statistiek`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Statistiek: Statistiek ${tag}`);
  await expect(page.getByRole("table", { name: "Aanmeldingen per dag" })).toBeAttached();
  await expect(page.getByText("Niet gekomen")).toBeVisible();
  await noAccessibilityViolations(page);

  await page.goto("/admin/statistiek");
  await expect(page.getByRole("link", { name: `Statistiek ${tag}` })).toBeVisible();
  await noAccessibilityViolations(page);
});
