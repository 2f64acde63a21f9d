import AxeBuilder from "@axe-core/playwright";
import { DEMO_ORGANISER, signInThroughForm } from "./admin";
import { expect, test } from "./fixtures";

test.describe("the admin area", () => {
  test("asks for a sign-in, explains a wrong password in Dutch, keeps the e-mail address, and signs out", async ({ page, context }) => {
    await page.goto("/admin/mailbox");
    await expect(page).toHaveURL(/\/admin\/inloggen$/);
    await page.getByLabel("E-mailadres").fill(DEMO_ORGANISER.email);
    await page.getByLabel("Wachtwoord").fill("niet-het-goede-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Deze combinatie van e-mailadres en wachtwoord kennen we niet.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(DEMO_ORGANISER.email);

    await page.getByLabel("Wachtwoord").fill(DEMO_ORGANISER.password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { name: "Evenementen", level: 1 })).toBeVisible();
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
    expect(session?.httpOnly).toBe(true);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/admin\/inloggen$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/inloggen$/);
  });

  test("lists upcoming events, drafts and past events, and searches them", async ({ page, login }) => {
    await login();
    await page.goto("/admin");
    const list = page.getByRole("table");
    await expect(list.getByRole("link", { name: /Back to basics/ })).toBeVisible();
    await page.getByRole("link", { name: "Voorbij" }).click();
    await expect(page).toHaveURL(/scope=voorbij/);
    await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
    await page.getByRole("link", { name: "Komend" }).click();
    await page.getByLabel(/Zoeken op titel/).fill("samenlevingsopbouw");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page.getByRole("table").getByRole("link", { name: /samenlevingsopbouw/i })).toBeVisible();
    await expect(page.getByRole("table").getByRole("link", { name: /Back to basics/ })).toHaveCount(0);
  });

  test("shows a failed mail with its error and sends it again", async ({ page, db, login }, testInfo) => {
    const address = `mislukt-${testInfo.project.name}@example.org`;
    await db.outboxMessage.create({
      data: { kind: "confirmed", toEmail: address, toName: "Mis Lukt", subject: "Je aanmelding", text: "Hallo Mis", status: "failed", attempts: 6, lastError: "550 mailbox unavailable" },
    });
    await login();
    await page.goto("/admin");
    // Exact: other tests' events may carry the word in their title, and the overview links them too.
    await page.getByRole("link", { name: "Mailbox", exact: true }).click();
    await page.getByRole("link", { name: /^Mislukt/ }).click();
    await page.getByLabel(/Zoeken op ontvanger/).fill(address);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByRole("link", { name: "Je aanmelding" }).click();
    await expect(page.getByText("550 mailbox unavailable")).toBeVisible();
    await expect(page.getByText("Hallo Mis")).toBeVisible();
    await page.getByRole("button", { name: "Opnieuw proberen" }).click();
    await expect(page.getByText("Het bericht staat in de wachtrij")).toBeVisible();
    await page.goto("/admin/logboek");
    await expect(page.getByRole("cell", { name: new RegExp(`opnieuw verstuurd aan ${address}`) })).toBeVisible();
  });

  test("a beheerder makes an account for a redacteur, who can sign in but not manage users", async ({ page, browser, login }, testInfo) => {
    const email = `redacteur-${testInfo.project.name}@example.org`;
    await login();
    await page.goto("/admin");
    await page.getByRole("link", { name: "Gebruikers" }).click();
    await page.getByLabel("Naam").fill("Rita Redacteur");
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Eerste wachtwoord").fill("kort");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    // Each message is in the error summary and next to its field: the one next to the field.
    await expect(page.locator("#veld-email-fout").getByText("Vul een geldig e-mailadres in")).toBeVisible();
    await expect(page.locator("#veld-password-fout").getByText("Kies een wachtwoord van minstens 10 tekens.")).toBeVisible();
    await expect(page.getByLabel("Naam")).toHaveValue("Rita Redacteur");

    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Eerste wachtwoord").fill("een-goed-wachtwoord");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByText(`Account aangemaakt voor ${email}`)).toBeVisible();
    await expect(page.getByText(email, { exact: true })).toBeVisible();

    const other = await browser.newPage();
    await signInThroughForm(other, { email, password: "een-goed-wachtwoord" });
    await expect(other.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
    await other.goto("/admin/gebruikers");
    await expect(other.getByText("Die pagina is alleen voor beheerders.")).toBeVisible();
    await other.close();
  });

  test("admin pages have no accessibility violations (WCAG 2.1 AA)", async ({ page, login }) => {
    test.setTimeout(120_000);
    await page.goto("/admin/inloggen");
    for (const path of ["/admin/inloggen"]) {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, path).toEqual([]);
    }
    await login();
    for (const path of ["/admin", "/admin?scope=voorbij", "/admin/mailbox", "/admin/logboek", "/admin/gebruikers"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, path).toEqual([]);
    }
  });
});
