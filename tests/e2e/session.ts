import { createHmac, randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A signed-in organiser without the sign-in form: a Session row as better-auth stores it, and its cookie
// signed as better-auth signs it (better-call's signed cookies: the token, a dot, and the HMAC-SHA256 of the
// token under AUTH_SECRET in base64, URL-encoded). tests/unit/auth/session-cookie.test.ts checks this
// against better-call itself, so an upgrade that changes the format fails there first.

export const SESSION_COOKIE = "bijeen.session_token";
const SESSION_HOURS = 12;

export function signedSessionCookieValue(token: string, secret: string): string {
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return encodeURIComponent(`${token}.${signature}`);
}

/** The secret the test server signs with: playwright.config.ts sets it for the server and for the tests alike. */
export function testAuthSecret(): string {
  const secret = process.env.BIJEEN_E2E_AUTH_SECRET;
  if (!secret) throw new Error("BIJEEN_E2E_AUTH_SECRET is not set: run the browser tests through playwright.config.ts.");
  return secret;
}

/** Stores a session for the user and gives the browser context its cookie; returns the session's token. */
export async function signInWithSession(db: PrismaClient, context: BrowserContext, userId: string): Promise<string> {
  const token = randomBytes(24).toString("hex");
  await db.session.create({
    data: { id: randomBytes(16).toString("hex"), token, userId, expiresAt: new Date(Date.now() + SESSION_HOURS * 60 * 60 * 1000), userAgent: "Playwright" },
  });
  await context.addCookies([
    { name: SESSION_COOKIE, value: signedSessionCookieValue(token, testAuthSecret()), url: process.env.BIJEEN_E2E_BASE_URL, httpOnly: true, sameSite: "Lax" },
  ]);
  return token;
}
