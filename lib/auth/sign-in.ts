import "server-only";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { adminHome, asAdminRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { attemptLimiter, consumeAttempts, type RateLimitResult } from "@/lib/rate-limit";

// Sign-in for organisers: limited per IP address and per e-mail address in PostgreSQL, then better-auth
// checks the password and sets the session cookie (its nextCookies plugin writes it into the response).

const WINDOW_SECONDS = 15 * 60;
const ATTEMPTS_PER_EMAIL = 5;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Vul je e-mailadres in, bijvoorbeeld naam@organisatie.nl.")),
  password: z.string().min(1, "Vul je wachtwoord in."),
});

function signInLimiters({ ip, email }: { ip: string; email: string }) {
  const perIp = env().LOGIN_RATE_LIMIT;
  if (perIp === 0) return [];
  return [
    { limiter: attemptLimiter("login-ip", perIp, WINDOW_SECONDS), key: ip },
    { limiter: attemptLimiter("login-email", ATTEMPTS_PER_EMAIL, WINDOW_SECONDS), key: email },
  ];
}

/** Counts an attempt before the password is checked, so parallel guesses cannot slip past the limit. */
export async function consumeSignInAttempt(who: { ip: string; email: string }): Promise<RateLimitResult> {
  return consumeAttempts(signInLimiters(who), "inlogpogingen");
}

/** A successful sign-in gives its attempt back: only wrong passwords use the limit up. */
export async function forgiveSignInAttempt(who: { ip: string; email: string }): Promise<void> {
  await Promise.all(signInLimiters(who).map(({ limiter, key }) => limiter.reward(key, 1)));
}

/** home: where this organiser starts (door staff on the check-in list). */
export type SignInResult = { ok: true; home: string } | { ok: false; message: string };

export async function signIn(email: string, password: string, requestHeaders: Headers): Promise<SignInResult> {
  try {
    const { user } = await auth().api.signInEmail({ body: { email, password, rememberMe: false }, headers: requestHeaders });
    return { ok: true, home: adminHome(asAdminRole((user as { role?: unknown }).role)) };
  } catch (error) {
    if (error instanceof APIError) return { ok: false, message: "Deze combinatie van e-mailadres en wachtwoord kennen we niet." };
    throw error;
  }
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  await auth().api.signOut({ headers: requestHeaders });
}
