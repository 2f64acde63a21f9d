"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/sign-in";
import { requireAdmin, SIGN_IN_PATH } from "@/lib/auth/session";

export async function signOutAction(): Promise<void> {
  await requireAdmin();
  await signOut(await headers());
  redirect(SIGN_IN_PATH);
}
