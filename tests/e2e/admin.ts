import { expect, type Page } from "@playwright/test";

// The demo organiser account that `npm start` (and so the test server) seeds on an empty embedded database.
export const DEMO_ORGANISER = { email: "beheer@example.org", password: "bijeen-demo-2026" };

/** Signs in through the real form, as an organiser would; leaves the page on the admin's event list. */
export async function signInAsOrganiser(page: Page, account = DEMO_ORGANISER): Promise<void> {
  await page.goto("/admin/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Checking the password (scrypt) takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: "Evenementen", level: 1 })).toBeVisible({ timeout: 20_000 });
}
