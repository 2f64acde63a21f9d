import { DATABASE_RETRY_SECONDS, isDatabaseUnreachableError, noteDatabaseAway } from "@/lib/db/availability";

export const DATABASE_AWAY_MESSAGE = "Bijeen is even niet bereikbaar, probeer het over een minuut opnieuw.";

const retryAfter = { "Retry-After": String(DATABASE_RETRY_SECONDS), "Cache-Control": "no-store" };

export function databaseAwayJson(): Response {
  return Response.json({ reason: "unavailable", message: DATABASE_AWAY_MESSAGE }, { status: 503, headers: retryAfter });
}

// A page of its own, without the layout: the layout's components are not available outside React here.
const page = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Even niet bereikbaar | Bijeen</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1c1917; line-height: 1.5">
<p style="font-size: 1.5rem; font-weight: 700; color: #0b564f; margin: 0 0 2rem">Bijeen</p>
<h1 style="font-size: 1.75rem; margin: 0 0 0.75rem">Even niet bereikbaar</h1>
<p>${DATABASE_AWAY_MESSAGE}</p>
<p><a href="" style="color: #0b564f">Probeer opnieuw</a></p>
</body>
</html>`;

export function databaseAwayPage(): Response {
  return new Response(page, { status: 503, headers: { ...retryAfter, "Content-Type": "text/html; charset=utf-8" } });
}

/** The proxy's answer while the database is away: JSON under /api/, the Dutch page elsewhere. */
export function databaseAwayResponse(pathname: string): Response {
  return pathname.startsWith("/api/") ? databaseAwayJson() : databaseAwayPage();
}

/**
 * Wraps a JSON route handler: the request that finds the database away answers 503 like the proxy does for
 * the requests after it, instead of 500.
 */
export function answeringDatabaseAway<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnreachableError(error)) throw error;
      noteDatabaseAway();
      return databaseAwayJson();
    }
  };
}
