import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addDays, addMinutes } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeSymposium } from "@/prisma/factories";
import { expect, test } from "./fixtures";

// Minisymposium: submit a question with the registration, the organiser approves it, it appears on the event
// page, and registrants vote on it once through their manage link.

const uniqueSlug = (label: string) => `${label}-${test.info().project.name}-${Date.now()}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** An online minisymposium ten days from now that takes questions. */
async function createSymposium(db: PrismaClient, slug: string) {
  const startsAt = addDays(new Date(), 10);
  return makeSymposium(db, { slug, title: `Minisymposium ${slug}`, summary: "Een online minisymposium.", organiser: "kUS", startsAt, endsAt: addMinutes(startsAt, 90) });
}

/** What the organiser does in the admin: approve the question. */
async function approve(db: PrismaClient, text: string) {
  const { count } = await db.submittedQuestion.updateMany({ where: { text }, data: { status: "approved", moderatedAt: new Date() } });
  expect(count).toBe(1);
}

const votesOn = (db: PrismaClient, questionId: number) => db.questionVote.count({ where: { questionId } });

const question = (page: Page, text: string) => page.getByTestId("submitted-question").filter({ hasText: text });

test.describe("minisymposium questions", () => {
  test("submit a question, the organiser approves it, it shows on the event page, vote once through the manage link", async ({ page, browser, db, login }) => {
    test.slow(); // a long journey with a sign-in, on a machine shared with other test runs
    const slug = uniqueSlug("vragen");
    const text = `Hoe houden we het welzijnswerk overeind? (${slug})`;
    await createSymposium(db, slug);

    await page.goto(`/evenementen/${slug}/aanmelden`);
    await page.getByLabel("Naam", { exact: true }).fill("Noor de Vries");
    await page.getByLabel("E-mailadres").fill(`noor-${slug}@example.org`);
    await page.getByLabel(/Welke kwestie of vraag/).fill(text);
    await expect(page.getByRole("checkbox", { name: "Mijn naam mag bij de vraag getoond worden" })).not.toBeChecked();
    await page.getByRole("checkbox", { name: "Mijn naam mag bij de vraag getoond worden" }).check();
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByTestId("registration-state")).toHaveText("Bevestigd");
    await expect(page.getByTestId("own-question")).toContainText(text);
    await expect(page.getByTestId("own-question")).toContainText("De organisatie bekijkt je vraag nog.");
    const manageUrl = page.url().split("?")[0]!;

    await page.goto(`/evenementen/${slug}`);
    await expect(page.getByRole("heading", { name: "Ingebrachte vragen en kwesties" })).toBeVisible();
    await expect(question(page, text)).toHaveCount(0);

    const admin = await browser.newPage();
    await login({ page: admin });
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    await admin.goto(`/admin/evenementen/${event.id}/vragen`);
    const pendingSection = admin.getByRole("region", { name: /Te beoordelen/ });
    await expect(pendingSection.getByTestId("moderation-question").filter({ hasText: text })).toContainText("naam mag getoond worden");
    await pendingSection.getByTestId("moderation-question").filter({ hasText: text }).getByRole("button", { name: "Goedkeuren" }).click();
    await expect(admin.getByRole("status")).toHaveText(/^Vraag \d+ staat nu op de pagina van de bijeenkomst\.$/);
    await expect(admin.getByRole("region", { name: /Op de pagina/ }).getByTestId("moderation-question").filter({ hasText: text })).toBeVisible();
    await admin.getByTestId("moderation-question").filter({ hasText: text }).getByRole("button", { name: "Kies voor het panel" }).click();
    await expect(admin.getByRole("status")).toHaveText(/^Vraag \d+ is gekozen voor het panel\.$/);
    await admin.close();

    await page.reload();
    await expect(question(page, text)).toContainText("Ingebracht door Noor de Vries");
    await expect(question(page, text)).toContainText("Gekozen voor het panel");
    await expect(question(page, text).getByTestId("question-votes")).toHaveText("0 stemmen");

    // A second tab opened before the vote still offers the button: its vote must be refused, not counted.
    const stale = await browser.newPage();
    await stale.goto(manageUrl);
    await page.goto(manageUrl);
    await question(page, text).getByRole("button", { name: /Stem op deze vraag/ }).dblclick();
    await expect(question(page, text).getByText("Je stem is geteld.")).toBeVisible();
    await expect(question(page, text).getByTestId("question-votes")).toHaveText("1 stem");
    await expect(question(page, text).getByRole("button", { name: /Stem op deze vraag/ })).toHaveCount(0);
    await expect(question(page, text).getByText("Je hebt hierop gestemd.")).toBeVisible();

    await question(stale, text).getByRole("button", { name: /Stem op deze vraag/ }).click();
    await expect(question(stale, text).getByRole("alert")).toHaveText("Je hebt al op deze vraag gestemd.");
    await stale.close();

    await page.goto(`/evenementen/${slug}`);
    await expect(question(page, text).getByTestId("question-votes")).toHaveText("1 stem");
    expect(await db.questionVote.count({ where: { question: { text } } })).toBe(1);

    await page.goto(manageUrl);
    await question(page, text).getByRole("button", { name: /Stem intrekken/ }).click();
    await expect(question(page, text).getByText("Je stem is ingetrokken.")).toBeVisible();
    await expect(question(page, text).getByTestId("question-votes")).toHaveText("0 stemmen");
  });
});

test.describe("voting without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("works as a plain form, and a second vote is refused", async ({ page, context, request, db }) => {
    const slug = uniqueSlug("zonder-js");
    const text = `Wie betaalt de nulde lijn? (${slug})`;
    await createSymposium(db, slug);
    const created = await request.post(`/api/events/${slug}/registrations`, { data: { name: "Gijs Bos", email: `gijs-${slug}@example.org`, consent: true, question: text } });
    expect(created.status()).toBe(201);
    const managePath = new URL(((await created.json()) as { manageUrl: string }).manageUrl).pathname;
    await approve(db, text);

    await page.goto(`/evenementen/${slug}`);
    await expect(question(page, text)).toContainText("Ingebracht door een deelnemer");
    await expect(question(page, text)).not.toContainText("Gijs Bos");

    // A second tab, opened before the vote, posts the same form again: as an impatient second click would.
    const stale = await context.newPage();
    await stale.goto(managePath);
    await page.goto(managePath);
    await question(page, text).getByRole("button", { name: /Stem op deze vraag/ }).click();
    await expect(question(page, text).getByText("Je stem is geteld.")).toBeVisible();
    await expect(question(page, text).getByTestId("question-votes")).toHaveText("1 stem");
    await expect(question(page, text).getByRole("button", { name: /Stem intrekken/ })).toBeVisible();

    await question(stale, text).getByRole("button", { name: /Stem op deze vraag/ }).click();
    await expect(question(stale, text).getByRole("alert")).toHaveText("Je hebt al op deze vraag gestemd.");
    await expect(question(stale, text).getByTestId("question-votes")).toHaveText("1 stem");
    const row = await db.submittedQuestion.findFirstOrThrow({ where: { text } });
    const id = row.id;
    expect(await votesOn(db, id)).toBe(1);

    const api = await request.get(`/api/events/${slug}`);
    expect((await api.json()).questions).toEqual([{ id, text, askedBy: null, votes: 1, chosenForPanel: false }]);

    // Once the event has started, the page offers no voting and the server refuses a form posted from before.
    await stale.goto(managePath);
    await db.event.update({ where: { slug }, data: { startsAt: addMinutes(new Date(), -5), endsAt: addMinutes(new Date(), 60) } });
    await page.goto(managePath);
    await expect(page.getByText("Stemmen is gesloten.")).toBeVisible();
    await expect(question(page, text).getByRole("button")).toHaveCount(0);
    await question(stale, text).getByRole("button", { name: /Stem intrekken/ }).click();
    await expect(stale.getByText("Stemmen is gesloten.")).toBeVisible();
    expect(await votesOn(db, id)).toBe(1);
    await page.goto(`/evenementen/${slug}`);
    await expect(page.getByText("Het stemmen is gesloten.")).toBeVisible();
    await expect(question(page, text).getByTestId("question-votes")).toHaveText("1 stem");
  });
});

test.describe("moderating questions", () => {
  test("merges a question into another: the event page shows one question with both texts and the votes of both", async ({ page, request, db, login }) => {
    test.slow();
    const slug = uniqueSlug("samenvoegen");
    await createSymposium(db, slug);
    const texts = [`Wie betaalt de sociale basis? (${slug})`, `Wie financiert het welzijnswerk? (${slug})`];
    for (const [index, text] of texts.entries()) {
      const created = await request.post(`/api/events/${slug}/registrations`, { data: { name: `Vrager ${index}`, email: `vrager${index}-${slug}@example.org`, consent: true, question: text } });
      const managePath = new URL(((await created.json()) as { manageUrl: string }).manageUrl).pathname;
      await approve(db, text);
      await page.goto(managePath);
      await question(page, text).getByRole("button", { name: /Stem op deze vraag/ }).click();
      await expect(question(page, text).getByTestId("question-votes")).toHaveText("1 stem");
    }

    await login();
    const event = await db.event.findUniqueOrThrow({ where: { slug } });
    await page.goto(`/admin/evenementen/${event.id}/vragen`);
    // Other questions' merge lists name this one too: find it by its own text.
    const source = page.getByTestId("moderation-question").filter({ has: page.getByText(texts[0]!, { exact: true }) });
    await source.getByRole("button", { name: "Samenvoegen" }).click();
    await expect(source.getByText("Kies de vraag om mee samen te voegen.").first()).toBeVisible();
    const target = await db.submittedQuestion.findFirstOrThrow({ where: { text: texts[1] } });
    await source.getByLabel("Samenvoegen met").selectOption({ label: `Vraag ${target.id}: ${texts[1]}` });
    await source.getByRole("button", { name: "Samenvoegen" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Vraag \d+ is samengevoegd; de stemmen zijn meegegaan\.$/);

    await page.goto(`/evenementen/${slug}`);
    await expect(page.getByTestId("submitted-question")).toHaveCount(1);
    await expect(question(page, texts[1]!)).toContainText("Samengevoegd met vergelijkbare vragen:");
    await expect(question(page, texts[1]!)).toContainText(texts[0]!);
    await expect(question(page, texts[1]!).getByTestId("question-votes")).toHaveText("2 stemmen");
  });

  test("is for signed-in organisers only", async ({ page }) => {
    await page.goto("/admin/evenementen/1/vragen");
    await expect(page).toHaveURL(/\/admin\/inloggen$/);
  });
});

test("the question pages have no accessibility violations", async ({ page, request, db, login }) => {
  test.slow();
  const created = await request.post("/api/events/minisymposium-grote-zorgen-grote-kansen/registrations", {
    data: { name: "Hanna Mulder", email: `hanna-${uniqueSlug("axe")}@example.org`, consent: true, question: "Wat vraagt dit van gemeenten?", showNameWithQuestion: true },
  });
  const managePath = new URL(((await created.json()) as { manageUrl: string }).manageUrl).pathname;
  await login();
  const event = await db.event.findUniqueOrThrow({ where: { slug: "minisymposium-grote-zorgen-grote-kansen" } });
  for (const path of ["/evenementen/minisymposium-grote-zorgen-grote-kansen", managePath, `/admin/evenementen/${event.id}/vragen`]) {
    await page.goto(path);
    await expect(page.getByTestId(/^(submitted|moderation)-question$/).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations, path).toEqual([]);
  }
});
