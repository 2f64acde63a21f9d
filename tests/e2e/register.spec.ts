import { expect, test, type Page } from "./fixtures";
import { createSmallEvent, sql } from "./db";

const unique = (label: string) => `${label}-${test.info().project.name}-${Date.now()}`;

async function fillPerson(page: Page, { name, email }: { name: string; email: string }) {
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel(/^Organisatie/).fill("Wijkteam Kanaleneiland");
}

test.describe("registering", () => {
  test("with a workshop per round, then change the workshop and cancel through the manage page", async ({ page }) => {
    const email = `${unique("anouk")}@example.org`;
    await page.goto("/evenementen/congrestival-back-to-basics");
    const before = await page.getByRole("listitem").filter({ hasText: "Sociaal professionals. Handen ineen" }).getByTestId("workshop-places").textContent();
    await page.getByRole("link", { name: "Aanmelden", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();

    await fillPerson(page, { name: "Anouk Jansen", email });
    await page.getByRole("radio", { name: /Op locatie/ }).check();
    await page.getByRole("group", { name: /Ronde 1/ }).getByRole("radio", { name: /Nr\. 6: Sociaal professionals/ }).check();
    await page.getByRole("group", { name: /Ronde 2/ }).getByRole("radio", { name: /Nr\. 1: Kinder- en jongerenwerk/ }).check();
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();

    await expect(page).toHaveURL(/\/aanmelding\/[A-Za-z0-9_-]{43}\?nieuw=confirmed$/);
    await expect(page.getByText("Je bent aangemeld!")).toBeVisible();
    await expect(page.getByTestId("registration-state")).toHaveText("Bevestigd");
    await expect(page.locator("dl").getByText("Nr. 6: Sociaal professionals. Handen ineen")).toBeVisible();
    const manageUrl = page.url().split("?")[0]!;

    await page.goto("/evenementen/congrestival-back-to-basics");
    const after = await page.getByRole("listitem").filter({ hasText: "Sociaal professionals. Handen ineen" }).getByTestId("workshop-places").textContent();
    expect(Number(after?.match(/\d+/)?.[0])).toBe(Number(before?.match(/\d+/)?.[0]) - 1);

    await page.goto(manageUrl);
    await page.getByRole("group", { name: /Ronde 2/ }).getByRole("radio", { name: /Nr\. 2: Bewonersinitiatieven/ }).check();
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("Je workshopkeuze is gewijzigd.")).toBeVisible();
    await page.reload();
    await expect(page.locator("dl").getByText("Nr. 2: Bewonersinitiatieven ondersteunen zonder over te nemen")).toBeVisible();

    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.getByText("Vink aan dat je wilt annuleren.").first()).toBeVisible();
    await page.getByRole("checkbox", { name: /ik wil mijn aanmelding annuleren/ }).check();
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.getByText("Je aanmelding is geannuleerd.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("registration-state")).toHaveText("Geannuleerd");

    const mails = await sql<{ kind: string }>(`SELECT kind FROM "OutboxMessage" WHERE "toEmail" = $1 ORDER BY id`, [email]);
    expect(mails.map((mail) => mail.kind)).toEqual(["confirmed", "changed", "cancelled"]);
  });

  test("explains mistakes next to the fields and keeps what was typed", async ({ page }) => {
    await page.goto("/evenementen/themabijeenkomst-hindernissen-community-building/aanmelden");
    await page.getByLabel("Naam", { exact: true }).fill("Bram Visser");
    await page.getByLabel("E-mailadres").fill("bram-at-example");
    await page.getByLabel(/Dieetwensen/).fill("vegetarisch");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Controleer de velden die hieronder zijn gemarkeerd.");
    // Each message is in the error summary and next to its field: the one next to the field.
    await expect(page.locator("#veld-email-fout").getByText("Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")).toBeVisible();
    await expect(page.locator("#veld-consent-fout").getByText("Geef toestemming om je gegevens voor deze bijeenkomst te gebruiken.")).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Bram Visser");
    await expect(page.getByLabel("E-mailadres")).toHaveValue("bram-at-example");
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(/Dieetwensen/)).toHaveValue("vegetarisch");
  });

  test("puts a latecomer on the waitlist and gives them the place when someone cancels", async ({ page, browser }) => {
    const slug = unique("wachtlijst").toLowerCase().replace(/[^a-z0-9]+/g, "-");
    await createSmallEvent(slug, { capacity: 1, waitlist: true });

    await page.goto(`/evenementen/${slug}/aanmelden`);
    await fillPerson(page, { name: "Chaima El Amrani", email: `chaima-${slug}@example.org` });
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByTestId("registration-state")).toHaveText("Bevestigd");
    const firstManageUrl = page.url().split("?")[0]!;

    const second = await browser.newPage();
    await second.goto(`/evenementen/${slug}`);
    await expect(second.getByTestId("registration-status")).toHaveText("Vol - wachtlijst");
    await second.getByRole("link", { name: "Aanmelden voor de wachtlijst" }).click();
    await fillPerson(second, { name: "Daan Bakker", email: `daan-${slug}@example.org` });
    await second.getByRole("checkbox", { name: /toestemming/ }).check();
    await second.getByRole("button", { name: "Zet me op de wachtlijst" }).click();
    await expect(second.getByText("Je staat op de wachtlijst.")).toBeVisible();
    await expect(second.getByTestId("registration-state")).toHaveText("Op de wachtlijst");

    await page.goto(firstManageUrl);
    await page.getByRole("checkbox", { name: /ik wil mijn aanmelding annuleren/ }).check();
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.getByText("Je aanmelding is geannuleerd.")).toBeVisible();

    await second.reload();
    await expect(second.getByTestId("registration-state")).toHaveText("Bevestigd");
    const promoted = await sql(`SELECT 1 FROM "OutboxMessage" WHERE kind = 'promoted' AND "toEmail" = $1`, [`daan-${slug}@example.org`]);
    expect(promoted).toHaveLength(1);
    await second.close();
  });

  test("tells someone who registers twice, without showing the first registration", async ({ page }) => {
    const email = `${unique("esra")}@example.org`;
    for (const attempt of [1, 2]) {
      await page.goto("/evenementen/minisymposium-grote-zorgen-grote-kansen/aanmelden");
      await fillPerson(page, { name: attempt === 1 ? "Esra Yilmaz" : "Iemand Anders", email });
      await page.getByLabel(/Welke kwestie of vraag/).fill("Hoe houden we het welzijnswerk overeind?");
      await page.getByRole("checkbox", { name: /toestemming/ }).check();
      await page.getByRole("button", { name: "Aanmelden" }).click();
    }
    await expect(page.getByTestId("form-message")).toContainText("Je bent al aangemeld met dit e-mailadres.");
    await expect(page.getByText("Hoe houden we het welzijnswerk overeind?")).toHaveCount(1);
    const mails = await sql<{ kind: string }>(`SELECT kind FROM "OutboxMessage" WHERE "toEmail" = $1 ORDER BY id`, [email]);
    expect(mails.map((mail) => mail.kind)).toEqual(["confirmed", "already_registered"]);
  });
});

test.describe("registering without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("works as a plain form, errors and all", async ({ page }) => {
    const email = `${unique("floor")}@example.org`;
    await page.goto("/evenementen/themabijeenkomst-hindernissen-community-building/aanmelden");
    await page.getByLabel("Naam", { exact: true }).fill("Floor Smit");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.locator("#veld-email-fout").getByText("Vul je e-mailadres in.")).toBeVisible();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Floor Smit");

    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel(/Dieetwensen/).fill("glutenvrij");
    await page.getByRole("group", { name: /Ronde 1/ }).getByRole("radio", { name: /Nr\. 2: Gereedschap/ }).check();
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByTestId("registration-state")).toHaveText("Bevestigd");
    await expect(page.getByText("glutenvrij")).toBeVisible();
  });

  test("cancels through the manage page as a plain form", async ({ page, request }) => {
    const email = `${unique("gijs")}@example.org`;
    const created = await request.post("/api/events/minisymposium-grote-zorgen-grote-kansen/registrations", { data: { name: "Gijs Bos", email, consent: true } });
    const { manageUrl } = (await created.json()) as { manageUrl: string };
    await page.goto(new URL(manageUrl).pathname);
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.getByText("Vink aan dat je wilt annuleren.").first()).toBeVisible();
    await page.getByRole("checkbox", { name: /ik wil mijn aanmelding annuleren/ }).check();
    await page.getByRole("button", { name: "Aanmelding annuleren" }).click();
    await expect(page.getByText("Je aanmelding is geannuleerd.")).toBeVisible();
    await expect(page.getByTestId("registration-state")).toHaveText("Geannuleerd");
  });
});
