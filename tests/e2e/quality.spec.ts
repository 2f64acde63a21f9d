import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import vnuJar from "vnu-jar";

// The W3C's Nu HTML Checker (vnu.jar, run with the machine's Java) on the server-rendered HTML.
// React renders a server action's form with action="", which browsers read as "this page" and the HTML
// standard calls an error; that one message is React's, not ours, and is left out.
const REACT_SERVER_ACTION_FORM = /^Bad value “” for attribute “action” on element “form”/;

/** Checks several pages in one Java start (each start costs seconds): errors per page. */
function validate(pages: Record<string, string>): Record<string, string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bijeen-html-"));
  const files = Object.entries(pages).map(([page, html], index) => {
    const file = path.join(dir, `page-${index}.html`);
    writeFileSync(file, html);
    return [page, file] as const;
  });
  const result = spawnSync("java", ["-jar", String(vnuJar), "--format", "json", "--exit-zero-always", ...files.map(([, file]) => file)], { encoding: "utf8" });
  const report = JSON.parse(result.stderr || "{}") as { messages?: { type: string; url?: string; message: string; extract?: string }[] };
  const errors: Record<string, string[]> = Object.fromEntries(files.map(([page]) => [page, []]));
  for (const message of report.messages ?? []) {
    if (message.type !== "error" || REACT_SERVER_ACTION_FORM.test(message.message)) continue;
    const page = files.find(([, file]) => message.url?.endsWith(path.basename(file)))?.[0] ?? "?";
    (errors[page] ??= []).push(`${message.message} :: ${message.extract ?? ""}`);
  }
  return errors;
}

test.describe("quality", () => {
  test("pages are valid HTML", async ({ request }) => {
    test.setTimeout(90_000);
    const pages: Record<string, string> = {};
    for (const page of [
      "/",
      "/?format=leercafe&q=buurt",
      "/archief",
      "/evenementen/congrestival-back-to-basics",
      "/evenementen/leerkring-collectief-preventief-werken",
      "/evenementen/congrestival-back-to-basics/aanmelden",
      "/evenementen/leerkring-collectief-preventief-werken/aanmelden",
      "/evenementen/bestaat-niet",
      "/privacy",
    ]) {
      pages[page] = await (await request.get(page)).text();
    }
    const errors = validate(pages);
    expect(Object.values(errors).flat()).toEqual([]);
    expect(Object.keys(errors)).toHaveLength(9);
  });

  // Tabs to the seeded congrestival on page 1 of the listing: runs before other tests add events (playwright.config.ts).
  test("can be used with the keyboard, with a visible focus", { tag: "@seeded-listing" }, async ({ page }) => {
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
