import { expect, test } from "./fixtures";

// Every answer carries the security headers; the policy itself is explained in docs/decisions/004.

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(policy, what).toContain(directive);
  }
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The test server runs on http: no HSTS there (it would pin localhost to https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("pages, the JSON API, feeds, static files, the 404 page and the proxy's own answers carry the security headers", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  for (const path of ["/", "/evenementen/congrestival-back-to-basics", "/api/events", "/agenda.ics", "/atom.xml", "/bestaat-niet", "/evenementen/%ff", "/api/events/%00", "/admin/inloggen", script!]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response.headers(), path);
  }
});

test("only the door page may use the camera, and only from Bijeen itself", async ({ page, login }) => {
  await login({ role: "ontvangst" });
  const door = await page.request.get("/admin/inchecken", { maxRedirects: 0 });
  expect(door.headers()["permissions-policy"]).toContain("camera=()");
  // The door page of any event: the policy is decided by the path, before the page looks the event up.
  const answer = await page.request.get("/admin/evenementen/onbekend/inchecken", { maxRedirects: 0 });
  expect(answer.headers()["permissions-policy"]).toContain("camera=(self)");
});

test("pages rendered per request allow only their own nonce's scripts; cached pages one policy for all", async ({ page, request, login }) => {
  const scriptSource = (policy: string) => policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src"))!;
  await login();
  const nonces: string[] = [];
  for (const path of ["/admin", "/admin", "/evenementen/congrestival-back-to-basics/aanmelden"]) {
    const response = await page.goto(path);
    const policy = scriptSource(response!.headers()["content-security-policy"]!);
    expect(policy, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    nonces.push(nonce);
    // Every script Next wrote carries it (the browser hides the attribute's value from the DOM: read the HTML).
    const html = await response!.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
  // The page works: the admin's list hydrated (the fixture fails the test on any policy violation).
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Evenementen", level: 1 })).toBeVisible();

  // A cached public page is the same for everyone: no nonce, and still the whole policy.
  // (Read by a visitor: the signed-in organiser gets the per-request preview.)
  const cached = await request.get("/evenementen/congrestival-back-to-basics");
  expect(scriptSource(cached.headers()["content-security-policy"]!)).toBe("script-src 'self' 'unsafe-inline'");
});

test("a visitor's journey and an organiser's sign-in run without a policy violation", async ({ page }) => {
  // The fixture fails the test on any violation; this walks the pages that run the most script.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/evenementen/congrestival-back-to-basics");
  await expect(page.getByRole("heading", { level: 1, name: /Back to basics/ })).toBeVisible();
  await page.goto("/evenementen/congrestival-back-to-basics/aanmelden");
  await page.getByRole("button", { name: /Aanmelden|wachtlijst/ }).click();
  await expect(page.getByText(/Controleer de velden/).first()).toBeVisible();
  await page.goto("/admin/inloggen");
  await page.getByLabel("E-mailadres").fill("beheer@example.org");
  await page.getByLabel("Wachtwoord").fill("bijeen-demo-2026");
  await page.getByRole("button", { name: /Inloggen/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
});
