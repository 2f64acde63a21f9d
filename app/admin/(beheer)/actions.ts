"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/admin/sign-in";
import { requireAdmin, SIGN_IN_PATH } from "@/lib/admin/session";

export async function signOutAction(): Promise<void> {
  await requireAdmin();
  await signOut(await headers());
  redirect(SIGN_IN_PATH);
}
