import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build (`next start`) on a fresh embedded database, seeded with
// the demo content, in Debian's chromium (Playwright's own browser download cannot work on this network).
const port = Number(process.env.E2E_PORT ?? 3100);
// Workers load this file too; they inherit the main process's folder through the environment.
process.env.BIJEEN_E2E_DATABASE_DIR ??= path.join(mkdtempSync(path.join(os.tmpdir(), "bijeen-e2e-")), "pg");
const databaseDir = process.env.BIJEEN_E2E_DATABASE_DIR;
const databasePort = port + 50_000;
/** Tests that need data the seed does not have write it straight into the test server's database. */
process.env.BIJEEN_E2E_DATABASE_URL = `postgresql://postgres:bijeen-local@127.0.0.1:${databasePort}/bijeen`;
/** The server signs session cookies with this secret; the tests sign in by writing a session and signing its cookie. */
process.env.BIJEEN_E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.BIJEEN_E2E_BASE_URL = `http://localhost:${port}`;

export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Long journeys on a busy 2-core machine: room for slowness, so a failure means a defect, not a slow minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  use: {
    baseURL: process.env.BIJEEN_E2E_BASE_URL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
  },
  projects: [
    // The agenda's tests read the seeded events on page 1 of the listing; other tests add events that would push
    // them off it, so the agenda is checked first, on both screens, before anything else writes.
    {
      name: "desktop-agenda",
      testMatch: /browse\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags } },
    },
    {
      name: "phone-agenda",
      testMatch: /browse\.spec\.ts/,
      use: { ...devices["Pixel 7"], launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags } },
    },
    // Two more tests read page 1 of the seeded listing (tagged @seeded-listing); they too run before anything writes.
    {
      name: "desktop-seeded",
      testMatch: /(api|quality)\.spec\.ts/,
      grep: /@seeded-listing/,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags } },
    },
    {
      name: "desktop",
      testIgnore: /(browse|admin-phone)\.spec\.ts/,
      grepInvert: /@seeded-listing/,
      dependencies: ["desktop-agenda", "phone-agenda", "desktop-seeded"],
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags } },
    },
    {
      name: "phone",
      // The API, feeds, HTML and header checks and the page cache answer the same whatever the screen; they run
      // once, in the desktop project. So do the organisers' editing journeys (admin-area, admin-events, the form
      // titles): on a phone, admin-phone.spec.ts opens every organiser's page and checks that it fits the screen,
      // and the journeys done at the door or with attendees (check-in, registrations, mail, questions) run here too.
      testIgnore: /(api|feeds|quality|browse|shutdown|database-away|security-headers|page-cache|admin-area|admin-events|admin-form-titles)\.spec\.ts/,
      dependencies: ["desktop-agenda", "phone-agenda", "desktop-seeded"],
      use: { ...devices["Pixel 7"], launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags } },
    },
  ],
  webServer: {
    // react-server: lib modules that touch the database import "server-only", as in Next's own server.
    command: "node_modules/.bin/tsx --conditions=react-server scripts/serve.ts start",
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      // The test runner loads lib/ with --conditions=react-server (scripts/test.mjs); next start must not inherit it.
      NODE_OPTIONS: "",
      PORT: String(port),
      BASE_URL: `http://localhost:${port}`,
      EMBEDDED_DATABASE_DIR: databaseDir,
      EMBEDDED_DATABASE_PORT: String(databasePort),
      DATABASE_URL: "",
      AUTH_SECRET: process.env.BIJEEN_E2E_AUTH_SECRET,
      MAIL_DIR: path.join(path.dirname(databaseDir), "mail"),
      REGISTRATION_RATE_LIMIT: "1000",
    },
  },
});
