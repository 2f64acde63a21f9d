import { describe, expect, it } from "vitest";
import { auth } from "@/lib/auth/better-auth";
import { changeAdminUser, createAdminUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { DEMO_ADMIN, seedDemoAdmin } from "@/prisma/seed-admin";

const account = (email: string, role: "beheerder" | "redacteur" = "redacteur") => ({ name: `Naam ${email}`, email, password: "een-goed-wachtwoord", role });

describe("organiser accounts", () => {
  it("stores a scrypt hash that better-auth verifies, never the password itself", async () => {
    const created = await createAdminUser(db, account("Redacteur@Example.org"));
    expect(created.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "redacteur@example.org" }, include: { accounts: true } });
    expect(user.role).toBe("redacteur");
    const [credential] = user.accounts;
    expect(credential?.providerId).toBe("credential");
    expect(credential?.password).not.toContain("een-goed-wachtwoord");
    const context = await auth().$context;
    expect(await context.password.verify({ hash: credential!.password!, password: "een-goed-wachtwoord" })).toBe(true);
    expect(await context.password.verify({ hash: credential!.password!, password: "iets-anders-123" })).toBe(false);
  });

  it("refuses a second account with the same address, also when two are made at once", async () => {
    const results = await Promise.all([createAdminUser(db, account("dubbel@example.org")), createAdminUser(db, account("dubbel@example.org"))]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: "dubbel@example.org" } })).toBe(1);
  });

  it("makes the demo account outside production only", async () => {
    expect(await seedDemoAdmin(db, "production")).toBe("refused");
    expect(await db.user.count()).toBe(0);
    expect(await seedDemoAdmin(db, "development")).toBe("created");
    expect(await seedDemoAdmin(db, "development")).toBe("exists");
    expect((await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email } })).role).toBe("beheerder");
  });

  it("never leaves the site without a beheerder, even when two demote each other at once", async () => {
    const first = await createAdminUser(db, account("een@example.org", "beheerder"));
    const second = await createAdminUser(db, account("twee@example.org", "beheerder"));
    if (!first.ok || !second.ok) throw new Error("setup");
    const results = await Promise.all([
      changeAdminUser(db, { id: first.id, name: "Een" }, second.id, { role: "redacteur" }),
      changeAdminUser(db, { id: second.id, name: "Twee" }, first.id, { role: "redacteur" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "beheerder" } })).toBe(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, message: "Er moet minstens één beheerder overblijven." });
  });

  it("removes another account with an audit entry, but not your own", async () => {
    const me = await createAdminUser(db, account("ik@example.org", "beheerder"));
    const other = await createAdminUser(db, account("ander@example.org"));
    if (!me.ok || !other.ok) throw new Error("setup");
    expect(await changeAdminUser(db, { id: me.id, name: "Ik" }, me.id, { remove: true })).toEqual({ ok: false, message: "Je kunt je eigen account niet verwijderen." });
    expect(await changeAdminUser(db, { id: me.id, name: "Ik" }, other.id, { remove: true })).toEqual({ ok: true });
    expect(await db.user.count()).toBe(1);
    const [entry] = await db.auditEntry.findMany();
    expect(entry).toMatchObject({ actorId: me.id, actorName: "Ik", action: "user.remove" });
    expect(entry?.summary).toContain("ander@example.org");
  });
});
