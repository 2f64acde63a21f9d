import { randomBytes } from "node:crypto";
import { addDays, addHours } from "date-fns";
import AxeBuilder from "@axe-core/playwright";
import { makeEvent } from "@/prisma/factories";
import { expect, test, type Page } from "./fixtures";

// An accredited event from the visitor's side (the accreditation on the page, the register fields on the form,
// the printable ticket) and the organiser's (the accreditation page, the door's list of events), each page
// without accessibility violations.

async function noAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);
}

test("an accredited event: its points on the page, a register number on the form, the ticket, and the organiser's pages", async ({ page, db, login }) => {
  const tag = randomBytes(3).toString("hex");
  const startsAt = addHours(addDays(new Date(), 12), 1);
  const event = await makeEvent(db, { slug: `geaccrediteerd-${tag}`, title: `Geaccrediteerde dag ${tag}`, startsAt, endsAt: addHours(startsAt, 6) });
  await db.eventAccreditation.create({ data: { eventId: event.id, body: "registerplein", number: `RP-${tag}`, points: 4 } });

  await page.goto(`/evenementen/${event.slug}`);
  await expect(page.getByText("Geaccrediteerd door Registerplein: 4 punten")).toBeVisible();
  await noAccessibilityViolations(page);

  await page.goto(`/evenementen/${event.slug}/aanmelden`);
  await page.getByLabel("Naam", { exact: true }).fill("Ruud Register");
  await page.getByLabel("E-mailadres").fill(`ruud-${tag}@example.org`);
  await page.getByLabel(/^Register/).selectOption({ label: "Registerplein" });
  await page.getByLabel("Registratienummer").fill("RP-12");
  await page.getByRole("checkbox", { name: /toestemming/ }).check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.locator("#veld-registerNumber-fout")).toHaveText("Een registratienummer van Registerplein bestaat alleen uit cijfers.");
  await expect(page.getByRole("alert").getByRole("link", { name: "Een registratienummer van Registerplein bestaat alleen uit cijfers." })).toBeVisible();
  await expect(page.getByLabel("Registratienummer")).toHaveValue("RP-12");
  await expect(page.getByLabel(/^Register/)).toHaveValue("registerplein");
  await noAccessibilityViolations(page);

  await page.getByLabel("Registratienummer").fill("1234 5678");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/aanmelding\/[A-Za-z0-9_-]{43}\?nieuw=confirmed$/);
  const registration = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
  expect(registration).toMatchObject({ registerBody: "registerplein", registerNumber: "12345678" });

  await page.getByRole("link", { name: "Toegangsbewijs om te printen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Toegangsbewijs: ${event.title}` })).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR-code met je code / })).toBeVisible();
  await noAccessibilityViolations(page);

  await login();
  await page.goto(`/admin/evenementen/${event.id}/accreditatie`);
  await expect(page.getByText(`RP-${tag}`).first()).toBeVisible();
  await noAccessibilityViolations(page);
  await page.goto("/admin/inchecken");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await noAccessibilityViolations(page);
});
