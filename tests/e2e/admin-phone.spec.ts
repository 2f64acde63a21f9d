import { expect, test } from "./fixtures";

// The organiser's pages on a phone (the phone project only; the journeys through them run on a desktop): each
// opens with its heading and fits the screen, so nothing needs sideways scrolling. Wide tables scroll inside
// their own box.

const eventPages = ["", "/bewerken", "/aanmeldingen", "/aanmeldingen/nieuw", "/aanmeldingen/presentielijst", "/accreditatie", "/evaluatie", "/evaluatie/resultaten", "/inchecken", "/logboek", "/mail", "/materialen", "/na-afloop", "/statistiek", "/vragen"];
const sitePages = ["/admin", "/admin/evenementen/nieuw", "/admin/gebruikers", "/admin/inchecken", "/admin/logboek", "/admin/mailbox", "/admin/mailsjablonen", "/admin/privacy", "/admin/statistiek"];

test("every organiser's page fits a phone's screen", async ({ page, db, login }) => {
  test.setTimeout(120_000);
  await login();
  const event = await db.event.findUniqueOrThrow({ where: { slug: "congrestival-back-to-basics" } });
  for (const address of [...sitePages, ...eventPages.map((suffix) => `/admin/evenementen/${event.id}${suffix}`)]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBeLessThan(400);
    await expect(page.getByRole("heading", { level: 1 }), address).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${address} scrolls sideways`).toBe(0);
  }
});
