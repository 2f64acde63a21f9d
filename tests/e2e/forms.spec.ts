import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { signInAsOrganiser } from "./admin";
import { registrationData } from "@/prisma/factories";
import { createLeerkring, e2eDb, sql } from "./db";

// Forms as a visitor meets them when something is wrong: the error summary (GOV.UK / NL Design System),
// Enter in a form with row buttons, and the on-site-only choices for someone taking part online.

const unique = (label: string) => `${label}-${test.info().project.name}-${Date.now()}`;
const CONGRESTIVAL = "/evenementen/congrestival-back-to-basics";

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

function errorSummary(page: Page) {
  return page.getByRole("alert").filter({ has: page.getByTestId("form-message") });
}

async function expectEmptyRegistrationErrors(page: Page) {
  const summary = errorSummary(page);
  await expect(summary.getByTestId("form-message")).toHaveText("Controleer de velden die hieronder zijn gemarkeerd.");
  await expect(summary.getByRole("link")).toHaveText([
    "Vul je naam in.",
    "Vul je e-mailadres in.",
    "Kies of je op locatie of online meedoet.",
    "Geef toestemming om je gegevens voor deze bijeenkomst te gebruiken.",
  ]);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Aanmelden \| Bijeen$/);
}

test.describe("the error summary", () => {
  test("lists every error of an empty registration at once, takes the focus and links to each field", async ({ page }) => {
    await page.goto(`${CONGRESTIVAL}/aanmelden`);
    await expect(page).toHaveTitle("Aanmelden | Bijeen");
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expectEmptyRegistrationErrors(page);
    await expectAccessible(page);

    await errorSummary(page).getByRole("link", { name: "Vul je e-mailadres in." }).click();
    await expect(page.getByLabel("E-mailadres")).toBeFocused();
    await errorSummary(page).getByRole("link", { name: "Kies of je op locatie of online meedoet." }).click();
    await expect(page.getByRole("radio", { name: /^Op locatie/ })).toBeFocused();

    // A second failed submit moves the focus back to the summary, which now lists what is still wrong.
    await page.getByLabel("Naam", { exact: true }).fill("Esther de Wit");
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expect(errorSummary(page).getByRole("link")).toHaveCount(3);
    await expect(errorSummary(page)).toBeFocused();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Esther de Wit");
  });

  test("on an admin form: adding someone by hand with nothing filled in", async ({ page }) => {
    const [event] = await sql<{ id: number }>(`SELECT id FROM "Event" WHERE slug = 'congrestival-back-to-basics'`);
    await signInAsOrganiser(page);
    await page.goto(`/admin/evenementen/${event!.id}/aanmeldingen`);
    await page.getByRole("link", { name: "Iemand aanmelden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Iemand aanmelden" })).toBeVisible();
    const title = await page.title();
    await page.getByRole("button", { name: "Aanmelden en bevestiging mailen" }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Vul de naam in." })).toBeVisible();
    await expect(page).toHaveTitle(`Fout: ${title}`);
    await summary.getByRole("link", { name: "Vul de naam in." }).click();
    await expect(page.getByLabel("Naam", { exact: true })).toBeFocused();
    await expectAccessible(page);
  });
});

test.describe("the event form's error summary", () => {
  test("a link focuses its field and shows the field's label below the sticky save bar", async ({ page }) => {
    const [event] = await sql<{ id: number }>(`SELECT id FROM "Event" WHERE slug = 'congrestival-back-to-basics'`);
    await signInAsOrganiser(page);
    await page.goto(`/admin/evenementen/${event!.id}/bewerken`);
    await page.getByLabel("Korte samenvatting").fill("");
    await page.getByRole("button", { name: "Opslaan" }).first().click();
    await page.getByRole("alert").getByRole("link", { name: "Vul een korte samenvatting in." }).click();
    await expect(page.getByLabel("Korte samenvatting")).toBeFocused();
    const bar = (await page.locator("form .sticky").first().boundingBox())!;
    const label = page.locator("label").filter({ hasText: /^Korte samenvatting/ });
    // Polled: the page scrolls after the click.
    await expect.poll(async () => (await label.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect((await label.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height / 2);
  });
});

test.describe("the error summary without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is in the server's answer, with the focus and the title, and its links lead to the fields", async ({ page }) => {
    await page.goto(`${CONGRESTIVAL}/aanmelden`);
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expectEmptyRegistrationErrors(page);
    await errorSummary(page).getByRole("link", { name: "Vul je e-mailadres in." }).click();
    await expect(page).toHaveURL(/#veld-email$/);
    await expect(page.locator(":target")).toHaveAccessibleName("E-mailadres");
  });
});

async function fillTeam(page: Page, email: string) {
  await page.getByLabel("Gemeente of organisatie").fill("Gemeente Houten");
  await page.getByLabel("Naam van het team").fill("Wijkteam Houten-Zuid");
  const contact = page.getByRole("group", { name: "Contactpersoon" });
  await contact.getByLabel("Naam", { exact: true }).fill("Ilse Koster");
  await contact.getByLabel("E-mailadres").fill(email);
  const first = page.getByRole("group", { name: "Deelnemer 1", exact: true });
  await first.getByLabel("Naam", { exact: true }).fill("Joost Peters");
  await first.getByLabel("E-mailadres").fill("joost@houten.example.org");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`Enter in the team form ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("submits the form and never adds or removes a participant", async ({ page }) => {
      const slug = unique(`enter-${javaScriptEnabled ? "js" : "html"}`);
      await createLeerkring(slug);
      await page.goto(`/evenementen/${slug}/aanmelden`);
      await fillTeam(page, `ilse-${slug}@example.org`);
      // One row and a form not yet complete: Enter submits (and shows what is missing), it does not add a row.
      await page.getByRole("group", { name: "Deelnemer 1", exact: true }).getByLabel("E-mailadres").press("Enter");
      await expect(errorSummary(page).getByRole("link", { name: /toestemming/ })).toBeVisible();
      await expect(page.getByTestId("participant-row")).toHaveCount(1);

      await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
      const second = page.getByRole("group", { name: "Deelnemer 2", exact: true });
      await second.getByLabel("Naam", { exact: true }).fill("Noor Bakker");
      await second.getByLabel("E-mailadres").fill("noor@houten.example.org");
      await page.getByRole("checkbox", { name: /toestemming/ }).check();
      await second.getByLabel("Naam", { exact: true }).press("Enter");
      await expect(page.getByTestId("registration-state")).toHaveText(/Aangevraagd/);
      await expect(page.getByTestId("team-participants").getByRole("listitem")).toHaveCount(2);

      // The manage page's participants form: Enter saves, with both participants.
      const first = page.getByRole("group", { name: "Deelnemer 1", exact: true });
      await first.getByLabel(/^Functie of rol/).fill("Wijkcoach");
      await first.getByLabel(/^Functie of rol/).press("Enter");
      await expect(page.getByText("De deelnemers zijn gewijzigd.")).toBeVisible();
      await expect(page.getByTestId("team-participants").getByRole("listitem")).toHaveCount(2);
      await expect(page.getByTestId("team-participants")).toContainText("Joost Peters, Wijkcoach");
    });
  });
}

test.describe("on-site-only choices and taking part online", () => {
  test("the registration form marks them unavailable as soon as Online is picked", async ({ page }) => {
    await page.goto(`${CONGRESTIVAL}/aanmelden`);
    const activities = page.getByRole("group", { name: /Speeddates, wijkwandeling of posters/ });
    const walk = activities.getByRole("radio", { name: /Wijkwandeling/ });
    await expect(walk).toBeEnabled();
    await page.getByRole("radio", { name: /^Online/ }).check();
    await expect(walk).toBeDisabled();
    await expect(activities.getByRole("radio", { name: /Posterpresentaties/ })).toBeDisabled();
    await expect(activities.getByRole("radio", { name: /Speeddates/ })).toBeEnabled();
    await expect(activities.getByText("Alleen op locatie: niet te kiezen als je online meedoet")).toHaveCount(2);
    await expectAccessible(page);
    await page.getByRole("radio", { name: /^Op locatie/ }).check();
    await expect(walk).toBeEnabled();
    // Picked on site, then Online: the walk stays picked (a disabled pick would send nothing) and the server says why.
    await walk.check();
    await page.getByRole("radio", { name: /^Online/ }).check();
    await expect(walk).toBeEnabled();
    await expect(walk).toBeChecked();
    await expect(activities.getByRole("radio", { name: /Posterpresentaties/ })).toBeDisabled();
  });

  test("the manage page changes mode and activity in one step", async ({ page, request }) => {
    const email = `${unique("walker")}@example.org`;
    const created = await request.post(`/api/events/congrestival-back-to-basics/registrations`, {
      data: { name: "Wendy Wandel", email, consent: true, attendanceMode: "physical", workshops: { "3": 2 } },
    });
    expect(created.status()).toBe(201);
    const { manageUrl } = (await created.json()) as { manageUrl: string };
    await page.goto(new URL(manageUrl).pathname);
    const form = page.getByRole("region", { name: "Deelname en workshops wijzigen" });
    const activities = form.getByRole("group", { name: /Speeddates, wijkwandeling of posters/ });
    await form.getByRole("radio", { name: /^Online/ }).check();
    // The walk held now stays picked, with its reason; the other on-site-only activity cannot be picked.
    const walk = activities.getByRole("radio", { name: /Wijkwandeling/ });
    await expect(walk).toBeChecked();
    await expect(activities.getByRole("listitem").filter({ has: page.getByRole("radio", { name: /Wijkwandeling/ }) })).toContainText("Alleen op locatie: niet te kiezen als je online meedoet");
    await expect(activities.getByRole("radio", { name: /Posterpresentaties/ })).toBeDisabled();
    await activities.getByRole("radio", { name: /Speeddates/ }).check();
    await expect(walk).toBeDisabled();
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Je doet nu online mee en je workshopkeuze is gewijzigd.")).toBeVisible();
    await page.reload();
    await expect(page.locator("dl")).toContainText("Online");
    await expect(page.locator("dl").getByText("Nr. 1: Speeddates met vakgenoten")).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("on-site-only choices without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the manage page refuses online with the walk in one sentence, keeps the choice, and takes the corrected one", async ({ page, request }) => {
    const email = `${unique("walker-html")}@example.org`;
    const created = await request.post(`/api/events/congrestival-back-to-basics/registrations`, {
      data: { name: "Wouter Wandel", email, consent: true, attendanceMode: "physical", workshops: { "3": 2 } },
    });
    const { manageUrl } = (await created.json()) as { manageUrl: string };
    await page.goto(new URL(manageUrl).pathname);
    const form = page.getByRole("region", { name: "Deelname en workshops wijzigen" });
    await form.getByRole("radio", { name: /^Online/ }).check();
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    const activities = form.getByRole("group", { name: /Speeddates, wijkwandeling of posters/ });
    const refusal = '"Wijkwandeling door Kanaleneiland" is alleen op locatie. Kies iets anders, of doe op locatie mee.';
    await expect(activities.getByText(refusal)).toBeVisible();
    await expect(errorSummary(page).getByRole("link")).toHaveText([refusal]);
    await expect(form.getByRole("radio", { name: /^Online/ })).toBeChecked();
    await expect(page.locator("dl")).toContainText("Op locatie");

    await activities.getByRole("radio", { name: /Speeddates/ }).check();
    await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Je doet nu online mee en je workshopkeuze is gewijzigd.")).toBeVisible();
    await expect(page.locator("dl").getByText("Nr. 1: Speeddates met vakgenoten")).toBeVisible();
  });

  test("the registration form refuses online with the walk on the round, keeping everything typed", async ({ page }) => {
    await page.goto(`${CONGRESTIVAL}/aanmelden`);
    await page.getByLabel("Naam", { exact: true }).fill("Wim Wandelaar");
    await page.getByLabel("E-mailadres").fill(`${unique("wim")}@example.org`);
    await page.getByRole("radio", { name: /^Online/ }).check();
    const activities = page.getByRole("group", { name: /Speeddates, wijkwandeling of posters/ });
    await activities.getByRole("radio", { name: /Wijkwandeling/ }).check();
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expect(activities.getByText('"Wijkwandeling door Kanaleneiland" is alleen op locatie. Kies iets anders, of doe op locatie mee.')).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Wim Wandelaar");
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the manage page's error title ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("starts with Fout: after a failed save, and is the page's own title otherwise", async ({ page }) => {
      const slug = unique(`titel-${javaScriptEnabled ? "js" : "html"}`);
      const event = await createLeerkring(slug);
      const registration = await e2eDb().registration.create({
        data: {
          ...registrationData(event.id, `ilse-${slug}@example.org`, { name: "Ilse Koster", teamName: "Wijkteam", organisation: "Gemeente Houten" }),
          participants: { create: [{ name: "Joost Peters", email: "joost@houten.example.org" }] },
        },
      });
      await page.goto(`/aanmelding/${registration.manageToken}`);
      await expect(page).toHaveTitle("Je aanmelding | Bijeen");
      const first = page.getByRole("group", { name: "Deelnemer 1", exact: true });
      await first.getByLabel("E-mailadres").fill("");
      await page.getByRole("button", { name: "Deelnemers opslaan" }).click();
      await expect(errorSummary(page)).toBeFocused();
      await expect(page).toHaveTitle("Fout: Je aanmelding | Bijeen");
      await expect(first.getByLabel("Naam", { exact: true })).toHaveValue("Joost Peters");
    });
  });
}
