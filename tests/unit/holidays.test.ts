import { describe, expect, it } from "vitest";
import { amsterdamTime } from "@/lib/dates";
import { dutchPublicHoliday, dutchPublicHolidays, easterSunday } from "@/lib/holidays";

describe("Easter (computus)", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("falls in %i on %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("Dutch public holidays", () => {
  it("lists the ten days of 2026 with their Dutch names", () => {
    expect(Object.fromEntries(dutchPublicHolidays(2026))).toEqual({
      "2026-01-01": "Nieuwjaarsdag",
      "2026-04-05": "Eerste Paasdag",
      "2026-04-06": "Tweede Paasdag",
      "2026-04-27": "Koningsdag",
      "2026-05-05": "Bevrijdingsdag",
      "2026-05-14": "Hemelvaartsdag",
      "2026-05-24": "Eerste Pinksterdag",
      "2026-05-25": "Tweede Pinksterdag",
      "2026-12-25": "Eerste Kerstdag",
      "2026-12-26": "Tweede Kerstdag",
    });
  });

  it("moves Koningsdag to the 26th when the 27th is a Sunday", () => {
    expect(dutchPublicHolidays(2025).get("2025-04-26")).toBe("Koningsdag");
    expect(dutchPublicHolidays(2025).has("2025-04-27")).toBe(false);
  });

  it("does not count Goede Vrijdag", () => {
    expect(dutchPublicHoliday(amsterdamTime("2026-04-03 10:00"))).toBeNull();
  });

  it("reads the day in Amsterdam: 1 January 00.30 there is still 31 December in UTC", () => {
    expect(dutchPublicHoliday(amsterdamTime("2027-01-01 00:30"))).toBe("Nieuwjaarsdag");
    expect(dutchPublicHoliday(amsterdamTime("2026-12-31 23:30"))).toBeNull();
  });
});
