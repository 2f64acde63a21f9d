import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addDays, addHours } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeEvent, registrationData } from "@/prisma/factories";
import { expect, test } from "./fixtures";

// After the event: the evaluation journey through the manage link, the organiser's results with charts and
// their tables, materials on the ended event's page, and axe on every new page.

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, label).toEqual([]);
}

/** An event that ended yesterday, one workshop round, and a present registrant (a check-in row, as the door writes it). */
async function endedEventWithAttendee(db: PrismaClient, tag: string) {
  const startsAt = addHours(addDays(new Date(), -1), -3);
  const event = await makeEvent(db, {
    slug: `terugblik-${tag}-${Date.now()}`,
    title: `Terugblik ${tag}`,
    startsAt,
    endsAt: addHours(startsAt, 3),
    rounds: [{ number: 1, startsAt: addHours(startsAt, 1), endsAt: addHours(startsAt, 2), workshops: [{ number: 1, title: "Buurtverbinders aan het werk" }] }],
  });
  const round = event.rounds[0]!;
  const registration = await db.registration.create({
    data: {
      ...registrationData(event.id, `noor-${tag}-${Date.now()}@example.org`, { name: "Noor de Vries", organisation: "Gemeente Utrecht" }),
      workshops: { create: [{ roundId: round.id, workshopId: round.workshops[0]!.id }] },
    },
  });
  await db.checkIn.create({ data: { registrationId: registration.id, eventId: event.id, byName: "Ontvangst" } });
  return { event, registration };
}

test.describe("the evaluation", () => {
  test("is answered once through the manage link; a second visit says it was answered", async ({ page, db }) => {
    const { registration } = await endedEventWithAttendee(db, "antwoord");
    await page.goto(`/aanmelding/${registration.manageToken}/evaluatie`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluatie");
    await expectNoAxeViolations(page, "evaluation form");

    // Sending without the required grade keeps what was typed and says what is missing.
    await page.getByRole("textbox", { name: "Wat neem je mee?" }).fill("Aanbellen werkt.");
    await page.getByRole("button", { name: "Verstuur je antwoorden" }).click();
    await expect(page.getByRole("alert").filter({ has: page.getByTestId("form-message") })).toContainText('Kies een cijfer bij "Hoe waardeer je deze bijeenkomst?"');
    await expect(page.getByRole("textbox", { name: "Wat neem je mee?" })).toHaveValue("Aanbellen werkt.");

    await page.getByRole("group", { name: /Hoe waardeer je deze bijeenkomst/ }).getByRole("radio", { name: "8", exact: true }).check();
    await page.getByRole("group", { name: /Buurtverbinders aan het werk/ }).getByRole("radio", { name: "9", exact: true }).check();
    await page.getByRole("button", { name: "Verstuur je antwoorden" }).click();
    await expect(page.getByRole("status")).toContainText("Dank je wel voor je antwoorden!");
    await expectNoAxeViolations(page, "evaluation thanks");

    await page.goto(`/aanmelding/${registration.manageToken}/evaluatie`);
    await expect(page.getByRole("status")).toContainText("Je hebt de evaluatie al ingevuld.");
    await expect(page.getByRole("button", { name: "Verstuur je antwoorden" })).toHaveCount(0);
    const response = await db.evaluationResponse.findUniqueOrThrow({ where: { registrationId: registration.id }, include: { answers: true } });
    expect(response.answers.map((answer) => answer.grade ?? answer.text).sort()).toEqual([8, 9, "Aanbellen werkt."].sort());
  });

  test("is not open to someone who did not come", async ({ page, db }) => {
    const { event } = await endedEventWithAttendee(db, "weg");
    const absent = await db.registration.create({ data: registrationData(event.id, `sanne-${Date.now()}@example.org`, { name: "Sanne Visser" }) });
    await page.goto(`/aanmelding/${absent.manageToken}/evaluatie`);
    await expect(page.getByText("De evaluatie is voor wie bij de bijeenkomst aanwezig was.")).toBeVisible();
  });

  test("shows the organiser charts with their tables, editable questions and the after-event overview", async ({ page, db, login }) => {
    const { event, registration } = await endedEventWithAttendee(db, "resultaten");
    await login();
    await page.goto(`/admin/evenementen/${event.id}/evaluatie`);
    await expect(page.getByTestId("evaluation-question")).toHaveCount(4);
    await expectNoAxeViolations(page, "evaluation editor");
    await page.getByRole("textbox", { name: "Vraag", exact: true }).last().fill("Wat was de beste tip?");
    await page.getByRole("button", { name: "Vraag toevoegen" }).click();
    await expect(page.getByText("De vraag is toegevoegd.")).toBeVisible();
    await expect(page.getByTestId("evaluation-question")).toHaveCount(5);

    const questions = await db.evaluationQuestion.findMany({ where: { eventId: event.id } });
    const overall = questions.find((question) => question.kind === "grade_1_10")!;
    await db.evaluationResponse.create({ data: { eventId: event.id, registrationId: registration.id, answers: { create: [{ questionId: overall.id, grade: 7 }] } } });

    await page.goto(`/admin/evenementen/${event.id}/evaluatie/resultaten`);
    const chart = page.getByRole("figure", { name: "Verdeling: Hoe waardeer je deze bijeenkomst?" });
    await expect(chart.locator("svg")).toBeVisible();
    const table = chart.getByRole("table", { name: /aantal antwoorden per cijfer/ });
    await expect(table.getByRole("row", { name: /^7 1 100%$/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Respons op de evaluatie" }).getByRole("row").nth(1)).toHaveText(/1\s*1\s*100%/);
    await expectNoAxeViolations(page, "evaluation results");
    const csv = await page.request.get(`/admin/evenementen/${event.id}/evaluatie/resultaten/export.csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Noor de Vries");

    await page.goto(`/admin/evenementen/${event.id}/na-afloop`);
    await expect(page.getByRole("heading", { name: "Na afloop", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, "after-event overview");
    // The organiser switches the after-event mail off.
    await page.getByRole("checkbox", { name: "Mail na afloop versturen" }).uncheck();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("De mail na afloop gaat niet uit.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Mail na afloop versturen" })).not.toBeChecked();
    await page.reload();
    await expect(page.getByText(/Uitgezet: deze mail gaat niet uit\./)).toBeVisible();
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ followUpEnabled: false });
  });
});

test.describe("materials", () => {
  test("an organiser adds a file and a link; both show on the ended event's page", async ({ page, db, login }) => {
    const { event } = await endedEventWithAttendee(db, "materiaal");
    await login();
    await page.goto(`/admin/evenementen/${event.id}/materialen`);
    await expectNoAxeViolations(page, "materials page");

    // A file of a type that is not allowed is refused next to the field.
    await page.getByRole("textbox", { name: "Titel" }).fill("Pagina");
    await page.getByLabel("Bestand").setInputFiles({ name: "pagina.html", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script>") });
    await page.getByRole("button", { name: "Materiaal toevoegen" }).click();
    await expect(page.getByRole("alert").filter({ has: page.getByTestId("form-message") })).toContainText("Dit soort bestand kan niet.");

    await page.getByRole("textbox", { name: "Titel" }).fill("Dia's van de opening");
    await page.getByLabel("Bestand").setInputFiles({ name: "dias-opening.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Materiaal toevoegen" }).click();
    await expect(page.getByText(`"Dia's van de opening" is toegevoegd.`)).toBeVisible();
    await page.getByRole("textbox", { name: "Titel" }).fill("Opname");
    await page.getByRole("textbox", { name: /Of een link/ }).fill("https://video.example.org/opname");
    await page.getByRole("button", { name: "Materiaal toevoegen" }).click();
    await expect(page.getByTestId("material")).toHaveCount(2);

    await page.goto(`/evenementen/${event.slug}`);
    const section = page.getByRole("region", { name: "Materialen" });
    await expect(section.getByRole("link", { name: "Opname" })).toHaveAttribute("href", "https://video.example.org/opname");
    const file = section.getByRole("link", { name: "Dia's van de opening" });
    const download = await page.request.get((await file.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect(download.headers()["content-disposition"]).toContain('attachment; filename="dias-opening.pdf"');
    await expectNoAxeViolations(page, "archived event page with materials");
  });
});
