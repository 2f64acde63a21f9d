import { describe, expect, it } from "vitest";
import { cleanQuery, listingOutcome } from "@/lib/events/listing";

describe("the listing's message", () => {
  it("says a page past the end does not exist instead of 'no events planned'", () => {
    expect(listingOutcome({ shown: 0, total: 5, page: 99, pageCount: 1, filtered: false })).toEqual({
      kind: "page_out_of_range",
      pageCount: 1,
    });
  });

  it("tells no matches from an empty agenda", () => {
    expect(listingOutcome({ shown: 0, total: 0, page: 1, pageCount: 1, filtered: true })).toEqual({ kind: "no_matches" });
    expect(listingOutcome({ shown: 0, total: 0, page: 1, pageCount: 1, filtered: false })).toEqual({ kind: "empty" });
    expect(listingOutcome({ shown: 5, total: 5, page: 1, pageCount: 1, filtered: false })).toEqual({ kind: "results" });
  });
});

describe("clean listing URLs", () => {
  it("drops the empty fields a GET form sends", () => {
    expect(cleanQuery(new URLSearchParams("q=hindernis&mode=&from=&to="))).toBe("?q=hindernis");
    expect(cleanQuery({ format: ["leercafe", ""], q: " ", page: "1" })).toBe("?format=leercafe");
    expect(cleanQuery({ mode: "", q: "" })).toBe("");
  });

  it("leaves a clean query alone, bad values included (the page explains those)", () => {
    expect(cleanQuery(new URLSearchParams("q=hindernis&format=leercafe&page=2"))).toBeNull();
    expect(cleanQuery(new URLSearchParams("from=2026-02-30"))).toBeNull();
  });
});
