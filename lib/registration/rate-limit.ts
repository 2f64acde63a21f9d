import "server-only";
import { env } from "@/lib/env";
import { attemptLimiter, consumeAttempts, type RateLimitResult } from "@/lib/rate-limit";

// Registration attempts per IP address (REGISTRATION_RATE_LIMIT per 10 minutes; 0 is off) and per e-mail
// address (five per 10 minutes).

const WINDOW_SECONDS = 10 * 60;
export const ATTEMPTS_PER_EMAIL = 5;

export { clientIp, type RateLimitResult } from "@/lib/rate-limit";

export async function consumeRegistrationAttempt(
  { ip, email }: { ip: string; email?: string },
  { perIpLimit = env().REGISTRATION_RATE_LIMIT }: { perIpLimit?: number } = {},
): Promise<RateLimitResult> {
  if (perIpLimit === 0) return { ok: true };
  const normalised = email?.trim().toLowerCase();
  return consumeAttempts(
    [
      { limiter: attemptLimiter("registration-ip", perIpLimit, WINDOW_SECONDS), key: ip },
      ...(normalised ? [{ limiter: attemptLimiter("registration-email", ATTEMPTS_PER_EMAIL, WINDOW_SECONDS), key: normalised }] : []),
    ],
    "aanmeldpogingen",
  );
}
