import { expect, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { signInWithSession } from "./session";

// Signing in as an organiser in the browser tests. The demo account is the one `npm start` (and so the
// test server) seeds on an empty embedded database.
export const DEMO_ORGANISER = { email: "beheer@example.org", password: "bijeen-demo-2026" };

/**
 * Signs the page in as an existing organiser (the demo account unless told) straight through the database, no
 * form; leaves the page on the admin's event list. The `login` fixture (fixtures.ts) makes an account of its own.
 * A password is not needed; it stays in the type so calls written for the old form-based helper still compile.
 */
export async function signInAsOrganiser(page: Page, account: { email: string; password?: string } = DEMO_ORGANISER): Promise<void> {
  const db = e2eDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
  await signInWithSession(db, page.context(), user.id);
  await openAdmin(page);
}

/** Signs in through the real form, as an organiser would: for the sign-in journeys themselves. */
export async function signInThroughForm(page: Page, account: { email: string; password: string } = DEMO_ORGANISER): Promise<void> {
  await page.goto("/admin/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Checking the password (scrypt) takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: "Evenementen", level: 1 })).toBeVisible({ timeout: 20_000 });
}

/** The admin's event list, for a page already signed in. */
export async function openAdmin(page: Page): Promise<void> {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Evenementen", level: 1 })).toBeVisible();
}

