import { expect, test } from "./fixtures";

test.describe("congrestival activities", () => {
  test("a walk with limited places is signed up for like a workshop, on site only", async ({ page }, testInfo) => {
    await page.goto("/evenementen/congrestival-back-to-basics");
    await expect(page.getByRole("heading", { name: "Workshops en activiteiten" })).toBeVisible();
    const walk = page.getByRole("listitem").filter({ hasText: "Wijkwandeling door Kanaleneiland" });
    await expect(walk.getByText("Alleen op locatie")).toBeVisible();
    const before = Number((await walk.getByTestId("workshop-places").textContent())?.match(/\d+/)?.[0]);

    await page.getByRole("link", { name: "Aanmelden", exact: true }).click();
    await page.getByLabel("Naam", { exact: true }).fill("Wim Wandelaar");
    await page.getByLabel("E-mailadres").fill(`wim-${testInfo.project.name}-${Date.now()}@example.org`);
    await page.getByRole("radio", { name: /^Online/ }).check();
    const activities = page.getByRole("group", { name: /Speeddates, wijkwandeling of posters/ });
    await expect(activities.getByText("Kies één activiteit")).toBeVisible();
    // Online, the walk cannot be chosen (the server's refusal without JavaScript: forms.spec.ts).
    await expect(activities.getByRole("radio", { name: /Wijkwandeling/ })).toBeDisabled();
    await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Wim Wandelaar");

    await page.getByRole("radio", { name: /^Op locatie/ }).check();
    await activities.getByRole("radio", { name: /Wijkwandeling/ }).check();
    await page.getByRole("checkbox", { name: /toestemming/ }).check();
    await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
    await expect(page.getByText("Je bent aangemeld!")).toBeVisible();
    await expect(page.locator("dl").getByText("Nr. 2: Wijkwandeling door Kanaleneiland")).toBeVisible();

    await page.goto("/evenementen/congrestival-back-to-basics");
    const after = Number((await walk.getByTestId("workshop-places").textContent())?.match(/\d+/)?.[0]);
    expect(after).toBe(before - 1);
  });
});
