import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Registration attempts per IP address (REGISTRATION_RATE_LIMIT per 10 minutes; 0 is off) and per e-mail
// address (five per 10 minutes), counted in PostgreSQL by rate-limiter-flexible so the limit holds across
// every server.

const WINDOW_SECONDS = 10 * 60;
export const ATTEMPTS_PER_EMAIL = 5;

type Limiters = { ip: RateLimiterPostgres; email: RateLimiterPostgres };
const globalForLimits = globalThis as unknown as { bijeenRateLimiters?: Map<number, Limiters>; bijeenRateLimitPool?: pg.Pool };

function limiters(perIp: number): Limiters {
  const cache = (globalForLimits.bijeenRateLimiters ??= new Map());
  let found = cache.get(perIp);
  if (!found) {
    const storeClient = (globalForLimits.bijeenRateLimitPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 }));
    const common = { storeClient, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, duration: WINDOW_SECONDS };
    found = {
      ip: new RateLimiterPostgres({ ...common, keyPrefix: "registration-ip", points: perIp }),
      email: new RateLimiterPostgres({ ...common, keyPrefix: "registration-email", points: ATTEMPTS_PER_EMAIL }),
    };
    cache.set(perIp, found);
  }
  return found;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number; message: string };

export async function consumeRegistrationAttempt(
  { ip, email }: { ip: string; email?: string },
  { perIpLimit = env().REGISTRATION_RATE_LIMIT }: { perIpLimit?: number } = {},
): Promise<RateLimitResult> {
  if (perIpLimit === 0) return { ok: true };
  const { ip: perIp, email: perEmail } = limiters(perIpLimit);
  try {
    await perIp.consume(ip);
    const normalised = email?.trim().toLowerCase();
    if (normalised) await perEmail.consume(normalised);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return { ok: false, retryAfterSeconds, message: `Te veel aanmeldpogingen achter elkaar. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.` };
  }
}

/** The visitor's address as the reverse proxy reports it; behind no proxy all share one key per header value. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
