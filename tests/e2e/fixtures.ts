import { test as base, expect, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminRole } from "@/lib/generated/prisma/enums";
import { makeOrganiser } from "@/prisma/factories";
import { e2eDb } from "./db";
import { signInWithSession } from "./session";

// The browser tests' fixtures, after Epic Stack's tests/playwright-utils.ts: `db` is the test server's
// database, `login` makes an organiser of this test's own and signs a page in straight through the database
// (no sign-in form; that journey has its own test in admin-area.spec.ts), and removes the account afterwards.

export type Organiser = { id: string; name: string; email: string; role: AdminRole };
type Login = (options?: { role?: AdminRole; name?: string; page?: Page }) => Promise<Organiser>;

export const test = base.extend<{ login: Login; failOnContentSecurityPolicyViolation: void }, { db: PrismaClient }>({
  /**
   * Every browser test fails when chromium reports a Content-Security-Policy violation on its pages: a policy
   * that blocks something the site needs (or a script the site should not run) shows up in every journey.
   */
  failOnContentSecurityPolicyViolation: [
    async ({ page }, provide) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await provide();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  db: [
    // Playwright reads which fixtures a fixture needs from its first parameter: none here. The second is
    // Playwright's `use`, named otherwise so React's lint rules do not take it for a hook.
    async ({}, provide) => {
      await provide(e2eDb());
    },
    { scope: "worker" },
  ],
  login: async ({ page, db }, provide) => {
    const made: string[] = [];
    await provide(async ({ role = "beheerder", name, page: target = page } = {}) => {
      const organiser = await makeOrganiser(db, { role, ...(name && { name }) });
      made.push(organiser.id);
      await signInWithSession(db, target.context(), organiser.id);
      return organiser;
    });
    // Sessions go with the account; audit entries keep the name.
    await db.user.deleteMany({ where: { id: { in: made } } });
  },
});

export { expect, type APIRequestContext, type Page } from "@playwright/test";
