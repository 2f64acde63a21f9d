import { describe, expect, it } from "vitest";
import { cachedListingKey, filtersOfCachedListingKey } from "@/lib/events/listing-cache-key";

describe("the cache key of a filtered listing", () => {
  it("is one safe path segment that gives back the same filters", () => {
    const key = cachedListingKey(new URLSearchParams({ q: "zorg / welzijn & meer", mode: "online", page: "3" }))!;
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    const filters = filtersOfCachedListingKey(key)!;
    expect(Object.fromEntries(filters)).toEqual({ q: "zorg / welzijn & meer", mode: "online", page: "3" });
  });

  it("is the same however the filters were written", () => {
    const keys = ["format=leercafe&format=congrestival", "format=congrestival,leercafe", "format=congrestival&format=leercafe&utm_source=nieuwsbrief", "format=leercafe&format=congrestival&format=leercafe"].map((query) =>
      cachedListingKey(new URLSearchParams(query)),
    );
    expect(new Set(keys).size).toBe(1);
  });

  it("is none for a refused filter, empty fields or no filter", () => {
    for (const query of ["page=0", "from=2026-13-01", "mode=ergens", "q=", "format=leercafe&q=", "page=1", "", "utm_source=x"]) {
      expect(cachedListingKey(new URLSearchParams(query)), query).toBeNull();
    }
  });

  it("refuses a segment that is not the canonical key of valid filters", () => {
    const valid = cachedListingKey(new URLSearchParams("format=leercafe"))!;
    expect(filtersOfCachedListingKey(valid)).not.toBeNull();
    for (const segment of [Buffer.from("format=congrestival,leercafe").toString("base64url"), Buffer.from("page=0").toString("base64url"), "niet/een/sleutel", "%%%", "x".repeat(2000), ""]) {
      expect(filtersOfCachedListingKey(segment), segment).toBeNull();
    }
  });
});
