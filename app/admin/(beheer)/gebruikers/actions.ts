"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/session";
import { ADMIN_ROLE_LABELS, changeAdminUser, createAdminUser, newAdminUserSchema } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/forms/action-state";

export async function createUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdmin("beheerder");
  const { password: _password, ...values } = formValues(form);
  const parsed = newAdminUserSchema.safeParse(Object.fromEntries(["name", "email", "role", "password"].map((key) => [key, form.get(key) ?? ""])));
  if (!parsed.success) return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const result = await createAdminUser(db, parsed.data);
  if (!result.ok) return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: { email: ["Er bestaat al een account met dit e-mailadres."] }, values };
  await recordAudit(db, { actor, action: "user.create", summary: `Account aangemaakt voor ${parsed.data.name} (${parsed.data.email}) als ${ADMIN_ROLE_LABELS[parsed.data.role].toLowerCase()}.` });
  revalidatePath("/admin/gebruikers");
  return { status: "success", message: `Account aangemaakt voor ${parsed.data.email}. Geef het wachtwoord op een veilige manier door.` };
}

export async function changeRoleAction(userId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdmin("beheerder");
  const role = form.get("role");
  if (role !== "beheerder" && role !== "redacteur") return { status: "error", message: "Kies beheerder of redacteur." };
  const result = await changeAdminUser(db, actor, String(userId), { role });
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/admin/gebruikers");
  return { status: "success", message: "Rol gewijzigd." };
}

export async function removeUserAction(userId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireAdmin("beheerder");
  if (form.get("confirm") !== "on") return { status: "error", message: "Vink eerst aan dat je dit account echt wilt verwijderen." };
  const result = await changeAdminUser(db, actor, String(userId), { remove: true });
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/admin/gebruikers");
  return { status: "success", message: "Account verwijderd." };
}
