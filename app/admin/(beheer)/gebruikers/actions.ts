"use server";

import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { adminRoleSchema } from "@/lib/auth/roles";
import { ADMIN_ROLE_LABELS, changeAdminUser, createAdminUser, newAdminUserSchema } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";

// Accounts are a beheerder's business: the guard refuses everyone else.

const USERS_PAGE = "/admin/gebruikers";
const user = { role: "beheerder", args: [z.string().min(1)] as const, notFound: "Dit account bestaat niet (meer)." } as const;

export const createUserAction = adminAction(
  {
    role: "beheerder",
    schema: newAdminUserSchema,
    fields: (form) => Object.fromEntries(["name", "email", "role", "password"].map((key) => [key, form.get(key) ?? ""])),
  },
  async ({ admin, input, values }) => {
    const result = await createAdminUser(db, input);
    if (!result.ok)
      return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: { email: ["Er bestaat al een account met dit e-mailadres."] }, values } satisfies ActionState;
    await recordAudit(db, { actor: admin, action: "user.create", summary: `Account aangemaakt voor ${input.name} (${input.email}) als ${ADMIN_ROLE_LABELS[input.role].toLowerCase()}.` });
    return committed({}, { state: { status: "success", message: `Account aangemaakt voor ${input.email}. Geef het wachtwoord op een veilige manier door.` }, revalidate: [USERS_PAGE] });
  },
);

export const changeRoleAction = adminAction(
  { ...user, schema: z.object({ role: adminRoleSchema }), invalid: "Kies beheerder, redacteur of ontvangst." },
  async ({ admin, args: [userId], input }) => {
    const result = await changeAdminUser(db, admin, userId, { role: input.role });
    if (!result.ok) return { status: "error", message: result.message } satisfies ActionState;
    return committed({}, { state: { status: "success", message: "Rol gewijzigd." }, revalidate: [USERS_PAGE] });
  },
);

export const removeUserAction = adminAction(
  { ...user, schema: z.object({ confirm: z.literal("on", { error: "Vink eerst aan dat je dit account echt wilt verwijderen." }) }), invalid: "Vink eerst aan dat je dit account echt wilt verwijderen." },
  async ({ admin, args: [userId] }) => {
    const result = await changeAdminUser(db, admin, userId, { remove: true });
    if (!result.ok) return { status: "error", message: result.message } satisfies ActionState;
    return committed({}, { state: { status: "success", message: "Account verwijderd." }, revalidate: [USERS_PAGE] });
  },
);
