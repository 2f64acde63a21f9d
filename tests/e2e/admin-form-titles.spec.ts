import { makeEvent } from "@/prisma/factories";
import { expect, test, type Page } from "./fixtures";

// After a refused save an admin page's title starts with "Fout: " (the GOV.UK / NL Design System pattern),
// in the server's HTML without JavaScript as well as in the browser with it; the page's own title otherwise.

type Case = { path: (eventId: number) => string; title: string; submit: string; fill?: (page: Page) => Promise<void> };

const cases: Case[] = [
  { path: () => "/admin/evenementen/nieuw", title: "Nieuw evenement", submit: "Concept opslaan" },
  { path: (id) => `/admin/evenementen/${id}/bewerken`, title: "Evenement bewerken", submit: "Opslaan", fill: (page) => page.getByLabel("Titel", { exact: true }).fill("") },
  { path: (id) => `/admin/evenementen/${id}/aanmeldingen/nieuw`, title: "Iemand aanmelden", submit: "Aanmelden en bevestiging mailen" },
  { path: (id) => `/admin/evenementen/${id}/accreditatie`, title: "Accreditatie", submit: "Accreditatie toevoegen" },
  { path: () => "/admin/gebruikers", title: "Gebruikers", submit: "Account aanmaken" },
  { path: (id) => `/admin/evenementen/${id}/mail`, title: "Mail aan deelnemers", submit: "Voorbeeld bekijken" },
  { path: (id) => `/admin/evenementen/${id}/mail/sjablonen/confirmed`, title: "Mailtekst", submit: "Tekst opslaan", fill: brokenTemplate },
  { path: () => "/admin/mailsjablonen/confirmed", title: "Mailtekst", submit: "Tekst opslaan", fill: brokenTemplate },
];

async function brokenTemplate(page: Page) {
  await page.getByLabel("Tekst", { exact: true }).fill("Beste {{ naam ");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`admin form titles ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("start with Fout: after a refused save, and keep the page's title otherwise", async ({ page, db, login }) => {
      const event = await makeEvent(db, { title: `Titels ${javaScriptEnabled ? "js" : "html"} ${Date.now()}` });
      await login();
      for (const { path, title, submit, fill } of cases) {
        await page.goto(path(event.id));
        await expect(page, path(event.id)).toHaveTitle(`${title} | Beheer Bijeen`);
        await fill?.(page);
        await page.getByRole("button", { name: submit, exact: true }).last().click();
        await expect(page.getByRole("alert").first(), path(event.id)).toBeVisible();
        await expect(page, path(event.id)).toHaveTitle(`Fout: ${title} | Beheer Bijeen`);
      }
    });
  });
}

test.describe("the sign-in page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says Fout: in its title after a wrong password", async ({ page }) => {
    await page.goto("/admin/inloggen");
    await expect(page).toHaveTitle("Inloggen voor organisatoren | Bijeen");
    await page.getByLabel("E-mailadres").fill("niemand@example.org");
    await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveTitle("Fout: Inloggen voor organisatoren | Bijeen");
  });
});
