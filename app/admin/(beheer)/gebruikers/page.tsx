import type { Metadata } from "next";
import { ActionButtonForm } from "@/components/admin/ActionButtonForm";
import { NewUserForm } from "@/components/admin/NewUserForm";
import { ADMIN_ROLES } from "@/lib/auth/roles";
import { requireAdmin } from "@/lib/auth/session";
import { ADMIN_ROLE_LABELS, listAdminUsers } from "@/lib/auth/users";
import { formatDutchDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { changeRoleAction, createUserAction, removeUserAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

export default async function UsersPage() {
  const me = await requireAdmin("beheerder");
  const users = await listAdminUsers(db);
  return (
    <TitledPage title={adminPageTitle("Gebruikers")}>
      <div className="space-y-8">
        <h1 className="text-3xl font-bold">Gebruikers</h1>
        <section aria-labelledby="accounts" className="space-y-4">
          <h2 id="accounts" className="text-xl font-semibold">
            Accounts
          </h2>
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {users.map((user) => (
              <li key={user.id} className="flex flex-col gap-3 p-4 md:flex-row md:items-start md:justify-between">
                <div>
                  <p className="font-semibold">
                    {user.name} {user.id === me.id && <span className="font-normal text-stone-600">(jij)</span>}
                  </p>
                  <p className="text-stone-700">{user.email}</p>
                  <p className="text-sm text-stone-600">
                    {ADMIN_ROLE_LABELS[user.role]} sinds {formatDutchDate(user.createdAt)}
                  </p>
                </div>
                <div className="flex flex-col gap-3">
                  <ActionButtonForm action={changeRoleAction.bind(null, user.id)} label="Rol opslaan" tone="secondary">
                    <label className="text-sm">
                      <span className="block font-semibold">Rol van {user.name}</span>
                      <select name="role" defaultValue={user.role} className="mt-1 rounded border border-stone-400 px-2 py-1.5">
                        {ADMIN_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {ADMIN_ROLE_LABELS[role]}
                          </option>
                        ))}
                      </select>
                    </label>
                  </ActionButtonForm>
                  {user.id !== me.id && (
                    <ActionButtonForm action={removeUserAction.bind(null, user.id)} label="Verwijderen" tone="danger">
                      <label className="flex items-center gap-2 text-sm">
                        <input type="checkbox" name="confirm" className="h-4 w-4 accent-red-700" />
                        Ja, verwijder het account van {user.name}
                      </label>
                    </ActionButtonForm>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="nieuw-account" className="space-y-4">
          <h2 id="nieuw-account" className="text-xl font-semibold">
            Nieuw account
          </h2>
          <NewUserForm action={createUserAction} />
        </section>
      </div>
    </TitledPage>
  );
}
