import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAdminUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { idleState } from "@/lib/forms/action-state";
import { makeEvent, registrationData } from "@/tests/factories";

// Every server action, route handler and page of the admin, found on disk (so a new one is covered the day it
// is added), called without a session: each must refuse before it reads or writes anything.

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

const ADMIN_DIR = path.resolve(import.meta.dirname, "../../../app/admin");
/** The door itself: signing in is for people without a session. */
const PUBLIC = new Set(["inloggen/actions.ts", "inloggen/page.tsx"]);

function adminFiles(name: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (name.test(entry.name) && !PUBLIC.has(path.relative(ADMIN_DIR, full))) found.push(full);
    }
  };
  walk(ADMIN_DIR);
  return found.sort();
}

function expectSignInRedirect(error: unknown) {
  const digest = (error as { digest?: string } | undefined)?.digest ?? String(error);
  expect(digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/admin\/inloggen;/);
}

async function snapshot() {
  const [events, registrations, mails, users, audit] = await Promise.all([
    db.event.findMany({ select: { id: true, version: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.registration.findMany({ select: { id: true, status: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.outboxMessage.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.user.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
    db.auditEntry.count(),
  ]);
  return { events, registrations, mails, users, audit };
}

describe("the admin without a session", () => {
  let ids: { event: number; registration: number; mail: number; user: string };

  beforeEach(async () => {
    const event = await makeEvent(db, { capacityPhysical: 1, waitlistEnabled: true, requiresApproval: true });
    const registration = await db.registration.create({ data: registrationData(event.id, "deelnemer@example.org", { status: "pending" }) });
    const mail = await db.outboxMessage.create({ data: { kind: "confirmed", toEmail: "deelnemer@example.org", status: "failed", eventId: event.id } });
    const user = await createAdminUser(db, { name: "Beheer", email: "beheer@example.org", password: "een-goed-wachtwoord", role: "beheerder" });
    if (!user.ok) throw new Error("setup");
    ids = { event: event.id, registration: registration.id, mail: mail.id, user: user.id };
  });

  it("refuses every server action with a redirect to the sign-in page, and changes nothing", async () => {
    const files = adminFiles(/^actions\.ts$/);
    const called: string[] = [];
    const before = await snapshot();
    for (const file of files) {
      const actions = (await import(file)) as Record<string, unknown>;
      for (const [name, action] of Object.entries(actions)) {
        if (typeof action !== "function") continue;
        const form = new FormData();
        for (const [key, value] of Object.entries({ id: ids.registration, registrationId: ids.registration, eventId: ids.event, version: 1, confirm: "on", role: "redacteur", status: "published" })) form.set(key, String(value));
        // Bound arguments come first (an id), then the previous state and the form, as the pages call them.
        for (const firstArgument of [ids.event, ids.registration, ids.mail, ids.user]) {
          const error = await (action as (...args: unknown[]) => Promise<unknown>)(firstArgument, idleState, form).then(
            (result) => new Error(`${path.relative(ADMIN_DIR, file)} ${name} answered ${JSON.stringify(result)}`),
            (thrown: unknown) => thrown,
          );
          expectSignInRedirect(error);
        }
        called.push(`${path.relative(ADMIN_DIR, file)}#${name}`);
      }
    }
    expect(called).toContain("(beheer)/actions.ts#signOutAction");
    expect(called).toContain("(beheer)/gebruikers/actions.ts#removeUserAction");
    expect(called).toContain("(beheer)/mailbox/actions.ts#resendMailAction");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses every route handler with 401", async () => {
    const files = adminFiles(/^route\.ts$/);
    for (const file of files) {
      const handlers = (await import(file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = handlers[method];
        if (typeof handler !== "function") continue;
        const request = new Request(`http://localhost/admin/x?workshop=1`, { method });
        const response = (await handler(request, { params: Promise.resolve({ id: String(ids.event) }) })) as Response;
        expect(response.status, `${path.relative(ADMIN_DIR, file)} ${method}`).toBe(401);
        expect(await response.text()).not.toContain("deelnemer@example.org");
      }
    }
  });

  it("redirects every page and layout to the sign-in page before it reads anything", async () => {
    const files = adminFiles(/^(page|layout)\.tsx$/);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const { default: Page } = (await import(file)) as { default: (props: unknown) => Promise<unknown> };
      const props = { params: Promise.resolve({ id: String(ids.event) }), searchParams: Promise.resolve({}), children: null };
      const error = await Page(props).then(
        () => new Error(`${path.relative(ADMIN_DIR, file)} rendered`),
        (thrown: unknown) => thrown,
      );
      expectSignInRedirect(error);
    }
  });
});
