import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createLeerkring } from "./db";
import { expect, test, type Organiser } from "./fixtures";

/** The organiser accepts after the intake, through the admin's registration page. */
async function acceptInAdmin(page: Page, login: () => Promise<Organiser>, registration: { id: number; eventId: number }) {
  await login();
  await page.goto(`/admin/evenementen/${registration.eventId}/aanmeldingen/${registration.id}`);
  await page.getByRole("button", { name: "Toelaten" }).click();
  await expect(page.getByText(/toegelaten na de intake/).first()).toBeVisible();
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

function participant(page: Page, number: number) {
  return page.getByRole("group", { name: `Deelnemer ${number}`, exact: true });
}

test("a team registers with two participants, awaits intake, is accepted and changes its participants", async ({ page, db, login }, testInfo) => {
  // A long journey, and the worker loads the domain code and Prisma for the accept: more than the default 30 s.
  test.slow();
  const slug = `leerkring-${testInfo.project.name}-${Date.now()}`;
  const email = `contact-${slug}@example.org`;
  await createLeerkring(slug);

  await page.goto(`/evenementen/${slug}`);
  await expect(page.getByText("nog ruimte voor 3 teams")).toBeVisible();
  await expect(page.getByTestId("team-registration-note")).toContainText("Aanmelden gaat per team");
  await expect(page.getByTestId("team-registration-note")).toContainText("intakegesprek");
  await expect(page.getByRole("heading", { name: "Bijeenkomsten" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`event-${testInfo.project.name}.png`), fullPage: true });
  await page.getByRole("link", { name: "Team aanmelden" }).click();

  await page.getByLabel("Gemeente of organisatie").fill("Gemeente Zeist");
  await page.getByLabel("Naam van het team").fill("Sociaal wijkteam Zeist-West");
  const contact = page.getByRole("group", { name: "Contactpersoon" });
  await contact.getByLabel("Naam", { exact: true }).fill("Fatima Yilmaz");
  await contact.getByLabel("E-mailadres").fill(email);
  await contact.getByLabel(/^Functie of rol/).fill("Beleidsadviseur sociaal domein");
  await participant(page, 1).getByLabel("Naam", { exact: true }).fill("Koen de Boer");
  await participant(page, 1).getByLabel("E-mailadres").fill("koen@zeist.example.org");
  await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
  await participant(page, 2).getByLabel("Naam", { exact: true }).fill("Sanne Mulder");
  await participant(page, 2).getByLabel("E-mailadres").fill("sanne-at-zeist");
  await participant(page, 2)
    .getByLabel(/^Functie of rol/)
    .fill("Opbouwwerker");
  await page.getByRole("checkbox", { name: /toestemming/ }).check();
  await page.getByRole("button", { name: "Team aanmelden" }).click();

  // The mistake is shown on its own row, and nothing typed is lost.
  await expect(page.getByTestId("form-message")).toHaveText("Controleer de velden die hieronder zijn gemarkeerd.");
  await expect(participant(page, 2).getByText("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")).toBeVisible();
  await expect(participant(page, 2).getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expect(participant(page, 1).getByLabel("E-mailadres")).toHaveValue("koen@zeist.example.org");
  await expect(participant(page, 2).getByLabel(/^Functie of rol/)).toHaveValue("Opbouwwerker");
  await expect(page.getByLabel("Naam van het team")).toHaveValue("Sociaal wijkteam Zeist-West");
  await page.screenshot({ path: testInfo.outputPath(`form-error-${testInfo.project.name}.png`), fullPage: true });
  await expectAccessible(page);
  await participant(page, 2).getByLabel("E-mailadres").fill("sanne@zeist.example.org");
  await page.getByRole("checkbox", { name: /toestemming/ }).check();
  await page.getByRole("button", { name: "Team aanmelden" }).click();

  await expect(page).toHaveURL(/\/aanmelding\/[A-Za-z0-9_-]{43}\?nieuw=pending$/);
  await expect(page.getByText("We hebben jullie aanvraag ontvangen.")).toBeVisible();
  await expect(page.getByTestId("registration-state")).toHaveText(/^Aangevraagd/);
  await expect(page.getByTestId("team-name")).toHaveText("Sociaal wijkteam Zeist-West");
  await expect(page.getByTestId("team-participants").getByRole("listitem")).toHaveText([/Koen de Boer/, /Sanne Mulder, Opbouwwerker/]);
  const manageUrl = page.url().split("?")[0]!;

  const registration = await db.registration.findFirstOrThrow({ where: { email }, select: { id: true, eventId: true } });
  await acceptInAdmin(page, login, registration);

  await page.goto(manageUrl);
  await expect(page.getByTestId("registration-state")).toHaveText("Toegelaten");
  await expect(page.getByRole("region", { name: "Bijeenkomsten" }).getByRole("listitem")).toHaveCount(3);
  await participant(page, 1).getByLabel("Naam", { exact: true }).fill("Koen de Boer-Smit");
  await page.getByRole("button", { name: "Verwijder deelnemer 2" }).click();
  await expect(page.getByTestId("participant-row")).toHaveCount(1);
  await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
  await expect(participant(page, 2).getByLabel("Naam", { exact: true })).toBeFocused();
  await participant(page, 2).getByLabel("Naam", { exact: true }).fill("Ilse Vos");
  await participant(page, 2).getByLabel("E-mailadres").fill("ilse@welzijn.example.org");
  await participant(page, 2)
    .getByLabel(/^Functie of rol/)
    .fill("Sociaal werker");
  await page.getByRole("button", { name: "Deelnemers opslaan" }).click();
  await expect(page.getByText("De deelnemers zijn gewijzigd.")).toBeVisible();
  await expect(page.getByTestId("team-participants").getByRole("listitem")).toHaveText([/Koen de Boer-Smit/, /Ilse Vos, Sociaal werker/]);
  await page.screenshot({ path: testInfo.outputPath(`manage-${testInfo.project.name}.png`), fullPage: true });
  await expectAccessible(page);

  const mails = await db.outboxMessage.findMany({ where: { toEmail: email }, orderBy: { id: "asc" }, select: { kind: true, subject: true, calendar: true } });
  expect(mails.map((mail) => mail.kind)).toEqual(["pending", "accepted", "changed"]);
  expect(mails[1]!.subject).toBe(`Jullie zijn toegelaten tot de leerkring: Leerkring ${slug}`);
  expect(mails[1]!.calendar?.match(/BEGIN:VEVENT/g)).toHaveLength(3);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("adds and removes participant rows through the server, keeping what was typed", async ({ page }, testInfo) => {
    const slug = `leerkring-zonder-js-${testInfo.project.name}-${Date.now()}`;
    await createLeerkring(slug);
    await page.goto(`/evenementen/${slug}/aanmelden`);
    await page.getByLabel("Gemeente of organisatie").fill("Gemeente Ede");
    await page.getByLabel("Naam van het team").fill("Wijkteam Ede-Zuid");
    await participant(page, 1).getByLabel("Naam", { exact: true }).fill("Ruben Smit");
    await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
    await expect(page.getByTestId("participant-row")).toHaveCount(2);
    await expect(participant(page, 1).getByLabel("Naam", { exact: true })).toHaveValue("Ruben Smit");
    await expect(page.getByLabel("Gemeente of organisatie")).toHaveValue("Gemeente Ede");
    await participant(page, 2).getByLabel("Naam", { exact: true }).fill("Eva Bos");
    await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
    await expect(page.getByTestId("participant-row")).toHaveCount(3);
    await page.getByRole("button", { name: "Verwijder deelnemer 1" }).click();
    await expect(page.getByTestId("participant-row")).toHaveCount(2);
    await expect(participant(page, 1).getByLabel("Naam", { exact: true })).toHaveValue("Eva Bos");

    const contact = page.getByRole("group", { name: "Contactpersoon" });
    await contact.getByLabel("Naam", { exact: true }).fill("Joost Kok");
    await contact.getByLabel("E-mailadres").fill(`joost-${slug}@example.org`);
    await participant(page, 1).getByLabel("E-mailadres").fill("eva@ede.example.org");
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Team aanmelden" }).click();
    await expect(page).toHaveURL(/\/aanmelding\/[A-Za-z0-9_-]{43}\?nieuw=pending$/);
    // The empty second row was dropped; the team has one participant.
    await expect(page.getByTestId("team-participants").getByRole("listitem")).toHaveText([/Eva Bos/]);
  });
});

test("the JSON API registers a team, pending intake, and explains bad team input per participant", async ({ request, db }, testInfo) => {
  const slug = `leerkring-api-${testInfo.project.name}-${Date.now()}`;
  await createLeerkring(slug);
  const path = `/api/events/${slug}/registrations`;
  const team = {
    organisation: "Gemeente Zeist",
    name: "Sociaal wijkteam Zeist-West",
    participants: [{ name: "Koen de Boer", email: "koen@zeist.example.org", role: "Wijkteammedewerker" }],
  };

  const created = await request.post(path, { data: { name: "Fatima Yilmaz", email: `api-${slug}@example.org`, consent: true, team } });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ status: "pending", manageUrl: expect.stringMatching(/\/aanmelding\/[A-Za-z0-9_-]{43}$/) });
  const stored = await db.registration.findFirstOrThrow({
    where: { email: `api-${slug}@example.org` },
    select: { teamName: true, _count: { select: { participants: true } } },
  });
  expect(stored).toEqual({ teamName: "Sociaal wijkteam Zeist-West", _count: { participants: 1 } });

  const invalid = await request.post(path, {
    data: {
      name: "Fatima Yilmaz",
      email: `api2-${slug}@example.org`,
      consent: true,
      team: { ...team, participants: [{ name: "Koen de Boer", email: "koen-at-zeist" }] },
    },
  });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).errors).toEqual({
    "team.participants.0.email": ["Vul een geldig e-mailadres in, zoals naam@organisatie.nl."],
  });

  const withoutTeam = await request.post(path, { data: { name: "Fatima Yilmaz", email: `api3-${slug}@example.org`, consent: true } });
  expect(withoutTeam.status()).toBe(422);
  expect(Object.keys((await withoutTeam.json()).errors)).toEqual(["team"]);
});
