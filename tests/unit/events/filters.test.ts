import { describe, expect, it } from "vitest";
import { filtersToQuery, parseEventFilters, periodPresets, startOfAmsterdamDay } from "@/lib/events/filters";

describe("listing filters from the URL", () => {
  it("reads every filter with the API's names", () => {
    const { filters, errors } = parseEventFilters(
      new URLSearchParams("format=leercafe&format=congrestival&mode=online&q=+eenzaamheid+&from=2026-12-01&to=2026-12-31&page=2"),
    );
    expect(errors).toEqual({});
    expect(filters).toEqual({ format: ["leercafe", "congrestival"], mode: "online", q: "eenzaamheid", from: "2026-12-01", to: "2026-12-31", page: 2 });
  });

  it("accepts formats separated by commas and ignores empty fields", () => {
    const { filters, errors } = parseEventFilters({ format: "leercafe,leerkring", mode: "", q: "", from: "" });
    expect(errors).toEqual({});
    expect(filters).toEqual({ format: ["leercafe", "leerkring"], page: 1 });
  });

  it("drops bad values and says why, in Dutch", () => {
    const { filters, errors } = parseEventFilters(new URLSearchParams("format=borrel&mode=teleport&from=2026-02-30&page=nul"));
    expect(filters).toEqual({ format: [], page: 1 });
    expect(errors.format).toEqual(["Onbekende vorm."]);
    expect(errors.mode).toEqual(["Kies op locatie, online of hybride."]);
    expect(errors.from).toEqual(["Deze datum bestaat niet."]);
    expect(errors.page?.[0]).toMatch(/Paginanummer/);
  });

  it("refuses an end before the start", () => {
    const { filters, errors } = parseEventFilters(new URLSearchParams("from=2026-12-10&to=2026-12-01"));
    expect(filters.from).toBe("2026-12-10");
    expect(filters.to).toBeUndefined();
    expect(errors.to).toEqual(["De einddatum ligt voor de begindatum."]);
  });

  it("writes filters back to a URL, leaving out defaults", () => {
    expect(filtersToQuery({ format: ["leercafe"], mode: "physical", q: "buurt werk", page: 1 })).toBe("?format=leercafe&mode=physical&q=buurt+werk");
    expect(filtersToQuery({ format: [], page: 3 })).toBe("?page=3");
    expect(filtersToQuery({ format: [], page: 1 })).toBe("");
  });

  it("takes a day as an Amsterdam day, summer or winter", () => {
    expect(startOfAmsterdamDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfAmsterdamDay("2026-12-01").toISOString()).toBe("2026-11-30T23:00:00.000Z");
  });
});

describe("period presets", () => {
  const now = new Date("2026-12-01T12:00:00Z");

  it("look ahead on the agenda", () => {
    expect(periodPresets("upcoming", now).map((preset) => preset.label)).toEqual(["Deze maand", "Komende drie maanden"]);
  });

  it("look back in the archive, ending today", () => {
    const presets = periodPresets("archive", now);
    expect(presets.map((preset) => preset.label)).not.toContain("Deze maand");
    expect(presets).toEqual([
      { label: "Afgelopen drie maanden", from: "2026-09-02", to: "2026-12-01" },
      { label: "Dit jaar", from: "2026-01-01", to: "2026-12-01" },
      { label: "Vorig jaar", from: "2025-01-01", to: "2025-12-31" },
    ]);
  });
});
