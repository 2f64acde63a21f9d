import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Attempt counters in PostgreSQL (rate-limiter-flexible's table `rate_limits`), so a limit holds across every
// server. One limiter per purpose and size, made on first use.

const globalForLimits = globalThis as unknown as { bijeenRateLimiters?: Map<string, RateLimiterPostgres>; bijeenRateLimitPool?: pg.Pool };

export function attemptLimiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  const cache = (globalForLimits.bijeenRateLimiters ??= new Map());
  const key = `${keyPrefix}:${points}:${durationSeconds}`;
  let found = cache.get(key);
  if (!found) {
    const storeClient = (globalForLimits.bijeenRateLimitPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 }));
    found = new RateLimiterPostgres({ storeClient, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, keyPrefix, points, duration: durationSeconds });
    cache.set(key, found);
  }
  return found;
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number; message: string };

/** Takes one attempt from each limiter with its key; the first that is used up refuses with a Dutch message. */
export async function consumeAttempts(checks: { limiter: RateLimiterPostgres; key: string }[], what: string): Promise<RateLimitResult> {
  try {
    for (const { limiter, key } of checks) await limiter.consume(key);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return { ok: false, retryAfterSeconds, message: `Te veel ${what} achter elkaar. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.` };
  }
}

/** The visitor's address as the reverse proxy reports it; behind no proxy all share one key per header value. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
