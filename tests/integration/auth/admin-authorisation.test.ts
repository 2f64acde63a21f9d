import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auth } from "@/lib/auth/better-auth";
import { createAdminUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { idleState } from "@/lib/forms/action-state";
import { makeEvent, registrationData } from "@/tests/factories";

// Every server action, route handler and page of the admin, found on disk (so a new one is covered the day it
// is added), called without a session: each must refuse before it reads or writes anything.

/** The request's headers: none (no session), or an ontvangst session's cookie in the second part. */
const request = vi.hoisted(() => ({ headers: new Headers() }));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
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
    request.headers = new Headers();
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

describe("the admin for door staff (ontvangst)", () => {
  let ids: { event: number; registration: number; mail: number; user: string; code: string };

  beforeEach(async () => {
    const event = await makeEvent(db, { capacityPhysical: 5, waitlistEnabled: true });
    const registration = await db.registration.create({ data: registrationData(event.id, "gast@example.org") });
    const mail = await db.outboxMessage.create({ data: { kind: "confirmed", toEmail: "gast@example.org", status: "failed", eventId: event.id } });
    const user = await createAdminUser(db, { name: "Dirk Deur", email: "deur@example.org", password: "een-goed-wachtwoord", role: "ontvangst" });
    if (!user.ok) throw new Error("setup");
    const response = await auth().api.signInEmail({ body: { email: "deur@example.org", password: "een-goed-wachtwoord" }, asResponse: true });
    const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    request.headers = new Headers({ cookie });
    ids = { event: event.id, registration: registration.id, mail: mail.id, user: user.id, code: registration.checkInCode! };
  });

  const CHECK_IN_ACTIONS = new Set(["(ontvangst)/evenementen/[id]/inchecken/actions.ts"]);

  it("lets every other action change nothing, and sends them back to the check-in list", async () => {
    const files = adminFiles(/^actions\.ts$/).filter((file) => !CHECK_IN_ACTIONS.has(path.relative(ADMIN_DIR, file)));
    const before = await snapshot();
    const called: string[] = [];
    for (const file of files) {
      const actions = (await import(file)) as Record<string, unknown>;
      for (const [name, action] of Object.entries(actions)) {
        if (typeof action !== "function" || name === "signOutAction") continue;
        const form = new FormData();
        for (const [key, value] of Object.entries({ id: ids.registration, registrationId: ids.registration, eventId: ids.event, version: 1, confirm: "on", role: "beheerder", status: "published", name: "X", email: "x@example.org", password: "een-goed-wachtwoord" })) form.set(key, String(value));
        for (const firstArgument of [ids.event, ids.registration, ids.mail, ids.user]) {
          const error = await (action as (...args: unknown[]) => Promise<unknown>)(firstArgument, idleState, form).then(
            (result) => new Error(`${path.relative(ADMIN_DIR, file)} ${name} answered ${JSON.stringify(result)}`),
            (thrown: unknown) => thrown,
          );
          const digest = (error as { digest?: string } | undefined)?.digest ?? String(error);
          expect(digest, `${path.relative(ADMIN_DIR, file)} ${name}`).toMatch(/^NEXT_REDIRECT;[a-z]+;\/admin\/inchecken\?melding=geen-toegang;/);
        }
        called.push(name);
      }
    }
    expect(called).toEqual(expect.arrayContaining(["removeUserAction", "resendMailAction", "addRegistrationAction"]));
    expect(await snapshot()).toEqual(before);
    expect(await db.checkIn.count()).toBe(0);
  });

  it("lets them check people in, undo and add a walk-in", async () => {
    const { doorCheckInAction, doorUndoAction, walkInAction } = await import("@/app/admin/(ontvangst)/evenementen/[id]/inchecken/actions");
    const form = new FormData();
    form.set("code", ids.code.toLowerCase());
    await expect(doorCheckInAction(ids.event, form)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/admin\/evenementen\/\d+\/inchecken\?antwoord=/) });
    expect(await db.checkIn.findUnique({ where: { registrationId: ids.registration } })).toMatchObject({ byName: "Dirk Deur", source: "door" });
    const undo = new FormData();
    undo.set("registrationId", String(ids.registration));
    await expect(doorUndoAction(ids.event, undo)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await db.checkIn.count({ where: { eventId: ids.event } })).toBe(0);
    const walk = new FormData();
    walk.set("name", "Willem Binnenloper");
    walk.set("email", "willem@example.org");
    await expect(walkInAction(ids.event, idleState, walk)).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    const walkIn = await db.registration.findFirstOrThrow({ where: { eventId: ids.event, email: "willem@example.org" }, include: { checkIn: true } });
    expect(walkIn).toMatchObject({ status: "confirmed", attendanceMode: "physical", checkIn: { source: "walk_in" } });
    const bad = await walkInAction(ids.event, idleState, new FormData());
    expect(bad).toMatchObject({ status: "error", fieldErrors: { name: ["Vul de naam in."] } });
  });

  it("lets them open the check-in endpoint, and nothing else among the route handlers", async () => {
    const { GET, POST } = await import("@/app/api/admin/events/[id]/check-ins/route");
    const params = { params: Promise.resolve({ id: String(ids.event) }) };
    const post = (body: string) => POST(new Request("http://localhost/x", { method: "POST", body, headers: request.headers }), params);
    expect((await post("{niet json")).status).toBe(400);
    const invalid = await post(JSON.stringify({ checkIns: [{}] }));
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(await invalid.json())).toContain("Geef een code of een aanmeldingsnummer.");
    const sent = await post(JSON.stringify({ checkIns: [{ code: ids.code }, { code: ids.code }] }));
    expect(((await sent.json()) as { answers: { kind: string }[] }).answers.map((answer) => answer.kind)).toEqual(["welcome", "already"]);
    const listed = await GET(new Request("http://localhost/x?lijst=1", { headers: request.headers }), params);
    expect(await listed.json()).toMatchObject({ counts: { present: 1, expected: 1 }, roster: [{ code: ids.code }] });
    for (const file of adminFiles(/^route\.ts$/)) {
      const handlers = (await import(file)) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
      if (handlers.GET) expect((await handlers.GET(new Request("http://localhost/x", { headers: request.headers }), params)).status, file).toBe(403);
    }
  });
});
