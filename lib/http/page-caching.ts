// Which answers browsers and proxies may keep, and which visitors get the cached public pages
// (docs/decisions/006-page-cache-isr.md). Pure, so proxy.ts and its tests share it.

import { cachedListingKey } from "@/lib/events/listing-cache-key";

/** Cached public pages: a proxy or browser may store them, but must ask the server every time. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";
/** Pages about one person or for organisers: nobody stores them. */
export const PRIVATE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/** better-auth's session cookie (cookiePrefix "bijeen" in lib/auth/better-auth.ts), over http and https. */
const SESSION_COOKIES = ["bijeen.session_token", "__Secure-bijeen.session_token"];

const EVENT_PAGE = /^\/evenementen\/([^/]+)\/?$/;
/** The registration form: rendered per request, never cached. */
const REGISTRATION_FORM = /^\/evenementen\/[^/]+\/aanmelden\/?$/;
// "/" and "/archief" without filters are rewritten (next.config.js) to the cached /lijst pages after this runs;
// those can be asked for directly too, and get the same header.
const CACHED_LISTINGS = new Set(["/", "/archief", "/lijst/agenda", "/lijst/archief"]);
/** A filtered listing's own cached page (app/lijst/[scope]/[filters]). */
const CACHED_FILTERED_LISTING = /^\/lijst\/(agenda|archief)\/[^/]+\/?$/;
const LISTING_SCOPES: Record<string, string> = { "/": "agenda", "/archief": "archief" };
const PRIVATE_PREFIXES = ["/admin", "/aanmelding/"];

/** `renderedPerRequest`: the page is never a cached render, so its scripts can carry a per-request nonce. */
export type PageCaching = { cacheControl?: string; rewriteTo?: string; renderedPerRequest?: true };

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIES.includes(name)) return true;
  return false;
}

/**
 * What proxy.ts does about caching for a request: a signed-in organiser reading an event page gets the
 * per-request preview (which shows drafts) instead of the cached page; a filtered listing is rewritten to its own
 * cached page; the cached pages say
 * `PUBLIC_CACHE_CONTROL` so no proxy keeps them longer than the server does; admin and manage pages say
 * `PRIVATE_CACHE_CONTROL`.
 */
export function pageCaching({ method, pathname, search = "", signedIn }: { method: string; pathname: string; search?: string; signedIn: boolean }): PageCaching {
  if (PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`))) {
    return { cacheControl: PRIVATE_CACHE_CONTROL, renderedPerRequest: true };
  }
  if (REGISTRATION_FORM.test(pathname)) return { renderedPerRequest: true };
  if (method !== "GET" && method !== "HEAD") return {};
  const event = EVENT_PAGE.exec(pathname);
  if (event) {
    if (signedIn) return { cacheControl: PRIVATE_CACHE_CONTROL, rewriteTo: `/evenementen/${event[1]}/voorbeeld`, renderedPerRequest: true };
    return { cacheControl: PUBLIC_CACHE_CONTROL };
  }
  const cacheControl = signedIn ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL;
  if (CACHED_LISTINGS.has(pathname)) {
    // With filters the listing is a cached page of its own; a refused filter stays per request, with its error.
    const key = search && search !== "?" ? cachedListingKey(new URLSearchParams(search)) : null;
    return key ? { cacheControl, rewriteTo: `/lijst/${LISTING_SCOPES[pathname] ?? pathname.slice("/lijst/".length)}/${key}` } : { cacheControl };
  }
  if (CACHED_FILTERED_LISTING.test(pathname)) return { cacheControl };
  return {};
}
