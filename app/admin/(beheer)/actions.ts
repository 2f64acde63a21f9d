"use server";

import { headers } from "next/headers";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { SIGN_IN_PATH } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/sign-in";

// Everyone with a session may sign out, door staff too.
const signOutOrganiser = adminAction({ role: "ontvangst" }, async () => {
  await signOut(await headers());
  return committed({}, { redirectTo: SIGN_IN_PATH });
});

/** The header's sign-out button: a plain form, so it answers nothing but the redirect. */
export async function signOutAction(form: FormData): Promise<void> {
  await signOutOrganiser(form);
}
