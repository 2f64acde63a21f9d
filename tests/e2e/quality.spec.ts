import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import vnuJar from "vnu-jar";

// The W3C's Nu HTML Checker (vnu.jar, run with the machine's Java) on the server-rendered HTML.
// React renders a server action's form with action="", which browsers read as "this page" and the HTML
// standard calls an error; that one message is React's, not ours, and is left out.
const REACT_SERVER_ACTION_FORM = /^Bad value “” for attribute “action” on element “form”/;

function validate(html: string): string[] {
  const result = spawnSync("java", ["-jar", String(vnuJar), "--format", "json", "--exit-zero-always", "-"], { input: html, encoding: "utf8" });
  const report = JSON.parse(result.stderr || "{}") as { messages?: { type: string; message: string; extract?: string }[] };
  return (report.messages ?? []).filter((message) => message.type === "error" && !REACT_SERVER_ACTION_FORM.test(message.message)).map((message) => `${message.message} :: ${message.extract ?? ""}`);
}

test.describe("quality", () => {
  test("pages are valid HTML", async ({ request }) => {
    for (const path of [
      "/",
      "/?format=leercafe&q=buurt",
      "/archief",
      "/evenementen/congrestival-back-to-basics",
      "/evenementen/leerkring-collectief-preventief-werken",
      "/evenementen/congrestival-back-to-basics/aanmelden",
      "/evenementen/bestaat-niet",
      "/privacy",
    ]) {
      const html = await (await request.get(path)).text();
      expect(validate(html), path).toEqual([]);
    }
  });

  test("can be used with the keyboard, with a visible focus", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhoud$/);

    await page.goto("/");
    let reached = false;
    for (let press = 0; press < 40 && !reached; press += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.textContent?.includes("Congrestival Back to basics") ?? false);
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/evenementen\/congrestival-back-to-basics$/);
  });
});
