import { filtersToQuery, parseEventFilters, type SearchParamsInput } from "@/lib/events/filters";
import { cleanQuery } from "@/lib/events/listing";

// A filtered listing (`/?format=leercafe`, `/archief?q=buurt&page=2`) is cached as a page of its own:
// proxy.ts rewrites it to app/lijst/[scope]/[filters], whose last segment is this key (docs/decisions/006).
// Pure, for the proxy and the page.

/** base64url of a query of at most a few hundred characters (q is at most 200). */
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,1200}$/;

/**
 * The filters as one path segment: the canonical query (formats sorted, defaults and unknown parameters left
 * out) in base64url, so each set of filters is one cache entry however it was written. Null when the listing must
 * be rendered per request: a refused filter (the page shows why), a query with empty fields (the page redirects
 * to the clean address), or no filter at all (the unfiltered page is cached already).
 */
export function cachedListingKey(input: SearchParamsInput): string | null {
  if (cleanQuery(input) !== null) return null;
  const { filters, errors } = parseEventFilters(input);
  if (Object.keys(errors).length > 0) return null;
  const query = filtersToQuery({ ...filters, format: [...filters.format].sort() }).slice(1);
  return query ? Buffer.from(query, "utf8").toString("base64url") : null;
}

/** The filters a key stands for; null for a segment that is not the canonical key of valid filters. */
export function filtersOfCachedListingKey(key: string): URLSearchParams | null {
  if (!KEY_PATTERN.test(key)) return null;
  const params = new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"));
  return cachedListingKey(params) === key ? params : null;
}
