/**
 * No route lives here, so Next answers it with app/not-found.tsx inside the root layout: real HTML and a 404,
 * also without JavaScript (docs/decisions/004). The proxy rewrites unreadable paths to it; lib/not-found.ts
 * sends visitors of a record that does not exist there.
 */
export const NOT_FOUND_PATH = "/niet-gevonden";

// Control characters (C0, DEL, C1): PostgreSQL refuses NUL in text, and none of them belongs in a slug, a token or a name.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Whether every segment of a request path decodes to text without control characters. Next's router throws on
 * a malformed percent-encoding (`/evenementen/%ff`) and answers a bare 500; a NUL (`%00`) would reach the
 * database. Such a path names nothing we have, so it is answered as not found before any route runs.
 */
export function isReadablePath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    if (CONTROL_CHARACTER.test(decoded)) return false;
  }
  return true;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a write to a page (a server action: the forms, with or without JavaScript) comes from another site.
 * Next refuses those itself, but by throwing, which answers 500; this is the same comparison Next makes
 * (the Origin's host against X-Forwarded-Host or Host; no Origin, or "null", is left to Next), so it can be
 * answered 403. The JSON API under /api/ is meant to be called from elsewhere and is not checked.
 */
export function isCrossOriginPageWrite(request: { method: string; pathname: string; origin: string | null; host: string | null }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || request.pathname.startsWith("/api/")) return false;
  if (!request.origin || request.origin === "null" || !request.host) return false;
  let originHost: string;
  try {
    originHost = new URL(request.origin).host;
  } catch {
    return true;
  }
  return originHost.toLowerCase() !== request.host.toLowerCase();
}
