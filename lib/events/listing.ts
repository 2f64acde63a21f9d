import type { SearchParamsInput } from "@/lib/events/filters";

// What the listing says above its cards, and the clean form of its URL.

export type ListingOutcome =
  | { kind: "results" }
  /** A page number past the last page: say so and link to page 1, instead of "no events planned" under a count of five. */
  | { kind: "page_out_of_range"; pageCount: number }
  | { kind: "no_matches" }
  | { kind: "empty" };

export function listingOutcome({
  shown,
  total,
  page,
  pageCount,
  filtered,
}: {
  shown: number;
  total: number;
  page: number;
  pageCount: number;
  filtered: boolean;
}): ListingOutcome {
  if (shown > 0) return { kind: "results" };
  if (total > 0 && page > pageCount) return { kind: "page_out_of_range", pageCount };
  return filtered ? { kind: "no_matches" } : { kind: "empty" };
}

/**
 * The query without its empty fields and page 1 ("?q=hindernis&mode=&from=&to=" becomes "?q=hindernis"), or null when
 * it is clean already. A GET form sends every field, filled or not; the server redirects to the clean URL.
 */
export function cleanQuery(input: SearchParamsInput): string | null {
  const entries =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((item) => [key, item] as [string, string]),
        );
  const kept = entries.filter(([key, value]) => value.trim() !== "" && !(key === "page" && value === "1"));
  if (kept.length === entries.length) return null;
  const query = new URLSearchParams(kept).toString();
  return query ? `?${query}` : "";
}
