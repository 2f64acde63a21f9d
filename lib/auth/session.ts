import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/better-auth";

// Every admin page, server action and route handler asks here who is calling: a page guard in a layout is
// not enough, because a server action is a public POST endpoint of its own.

export type AdminRole = "beheerder" | "redacteur" | "ontvangst";
export type AdminUser = { id: string; name: string; email: string; role: AdminRole };

export const SIGN_IN_PATH = "/admin/inloggen";

function toAdminUser(user: { id: string; name: string; email: string; role?: unknown } | undefined): AdminUser | null {
  if (!user) return null;
  return { id: user.id, name: user.name, email: user.email, role: asAdminRole(user.role) };
}

// Each role may do what the roles below it may: door staff (ontvangst) only check people in, an editor
// (redacteur) also makes events and handles registrations, a beheerder also manages accounts.
const ROLE_RANK: Record<AdminRole, number> = { ontvangst: 0, redacteur: 1, beheerder: 2 };

/** An unknown stored role gets the least rights, never more. */
export function asAdminRole(role: unknown): AdminRole {
  return role === "beheerder" || role === "redacteur" || role === "ontvangst" ? role : "ontvangst";
}

export async function adminFromHeaders(requestHeaders: Headers): Promise<AdminUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  return toAdminUser(session?.user);
}

/** The signed-in organiser of this request, or null; asked once per request however often it is called. */
export const currentAdmin = cache(async (): Promise<AdminUser | null> => adminFromHeaders(await headers()));

/** The check-in list of events, where door staff start. */
export const CHECK_IN_HOME = "/admin/inchecken";

/** Where an organiser lands after signing in: door staff cannot open the dashboard. */
export function adminHome(role: AdminRole): string {
  return role === "ontvangst" ? CHECK_IN_HOME : "/admin";
}

export function mayActAs(user: AdminUser, role: AdminRole): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK[role];
}

/**
 * For pages and server actions: the signed-in organiser with at least `role`. Without a session it redirects
 * to the sign-in page; with too small a role to their start page (adminHome) with a message. Both end the request.
 */
export async function requireAdmin(role: AdminRole = "redacteur"): Promise<AdminUser> {
  const user = await currentAdmin();
  if (!user) redirect(SIGN_IN_PATH);
  // Door staff go back to their own start page: the dashboard would send them on again, in a loop.
  if (!mayActAs(user, role)) redirect(`${adminHome(user.role)}?melding=geen-toegang`);
  return user;
}

/** For route handlers (exports): the organiser, or a Dutch refusal to send back as it is. */
export async function requireAdminForRequest(request: Request, role: AdminRole = "redacteur"): Promise<AdminUser | Response> {
  const user = await adminFromHeaders(request.headers);
  if (!user) return new Response("Log eerst in als organisator.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!mayActAs(user, role)) return new Response("Hiervoor heb je niet de juiste rechten.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  return user;
}
