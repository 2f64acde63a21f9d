import "server-only";
import { z } from "zod";
import { auth, PASSWORD_MIN_LENGTH } from "@/lib/auth/better-auth";
import { ADMIN_ROLE_LABELS, adminRoleSchema } from "@/lib/auth/roles";
import type { AdminRole } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine } from "@/lib/forms/plain-text";

// Organiser accounts. better-auth hashes the password and stores the credential account; Bijeen adds
// the role. Used by `npm run admin:create`, the seed and the beheerder's user screen.

export { ADMIN_ROLE_LABELS } from "@/lib/auth/roles";

export const newAdminUserSchema = z.object({
  name: z.string().trim().min(1, "Vul een naam in.").max(120, "Gebruik hooguit 120 tekens.").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
  email: z.string().trim().toLowerCase().pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.")),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`)
    .max(128, "Gebruik hooguit 128 tekens."),
  role: adminRoleSchema,
});
export type NewAdminUser = z.infer<typeof newAdminUserSchema>;

export type CreateAdminUserResult = { ok: true; id: string } | { ok: false; reason: "exists" };

export async function createAdminUser(db: PrismaClient, input: NewAdminUser): Promise<CreateAdminUserResult> {
  const { name, email, password, role } = newAdminUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "exists" };
  const context = await auth().$context;
  const hash = await context.password.hash(password);
  try {
    const user = await context.internalAdapter.createUser({ name, email, emailVerified: true, role }, { method: "admin" });
    await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
    return { ok: true, id: user.id };
  } catch (error) {
    // Two creations of one address at once: the unique key on User.email lets one win.
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "exists" };
    throw error;
  }
}

export async function setAdminPassword(userId: string, password: string): Promise<void> {
  const context = await auth().$context;
  await context.internalAdapter.updatePassword(userId, await context.password.hash(password));
  await context.internalAdapter.deleteUserSessions(userId);
}

export async function listAdminUsers(db: PrismaClient) {
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true } });
}

export type UserChangeResult = { ok: true } | { ok: false; message: string };

/**
 * Changes a role or removes an account, never leaving the site without a beheerder: the beheerders' rows are
 * locked first, so two beheerders demoting each other at once cannot both succeed.
 */
export async function changeAdminUser(
  db: PrismaClient,
  actor: { id: string; name: string },
  userId: string,
  change: { role: AdminRole } | { remove: true },
): Promise<UserChangeResult> {
  return db.$transaction(async (tx) => {
    const beheerders = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'beheerder' ORDER BY id FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true } });
    if (!target) return { ok: false, message: "Dit account bestaat niet (meer)." };
    if ("remove" in change && target.id === actor.id) return { ok: false, message: "Je kunt je eigen account niet verwijderen." };
    const losesBeheerder = target.role === "beheerder" && ("remove" in change || change.role !== "beheerder");
    if (losesBeheerder && beheerders.length <= 1) return { ok: false, message: "Er moet minstens één beheerder overblijven." };
    if ("remove" in change) {
      await tx.user.delete({ where: { id: target.id } });
      await recordAudit(tx, { actor, action: "user.remove", summary: `Account van ${target.name} (${target.email}) verwijderd.` });
    } else {
      await tx.user.update({ where: { id: target.id }, data: { role: change.role } });
      await recordAudit(tx, { actor, action: "user.role", summary: `${target.name} is nu ${ADMIN_ROLE_LABELS[change.role].toLowerCase()}.` });
    }
    return { ok: true };
  });
}
