import { describe, expect, it } from "vitest";
import {
  addWeeksInAmsterdam,
  amsterdamTime,
  formatDutchDateTimeRange,
  formatDutchTime,
  formatDutchTimeRange,
  weeksUntilOnOrAfter,
} from "@/lib/dates";

describe("Dutch dates in Europe/Amsterdam", () => {
  it("formats a winter afternoon as on the leercafé page", () => {
    expect(formatDutchDateTimeRange(amsterdamTime("2022-11-22 14:00"), amsterdamTime("2022-11-22 18:00"))).toBe(
      "dinsdag 22 november 2022, 14.00\u2013\u206018.00\u00a0uur",
    );
  });

  it("reads summer time correctly: 10.00 in September is 08.00 UTC", () => {
    const start = amsterdamTime("2022-09-23 10:00");
    expect(start.toISOString()).toBe("2022-09-23T08:00:00.000Z");
    expect(formatDutchDateTimeRange(start, amsterdamTime("2022-09-23 16:00"))).toBe("vrijdag 23 september 2022, 10.00\u2013\u206016.00\u00a0uur");
  });

  it("writes a time range with an en dash that no line can break", () => {
    const range = formatDutchTimeRange(amsterdamTime("2022-11-22 14:00"), amsterdamTime("2022-11-22 16:00"));
    expect(range).toBe("14.00\u2013\u206016.00\u00a0uur");
    expect(range).not.toMatch(/[- ]/);
  });

  it("reads winter time correctly: 14.00 in November is 13.00 UTC", () => {
    expect(amsterdamTime("2022-11-22 14:00").toISOString()).toBe("2022-11-22T13:00:00.000Z");
  });

  it("spells out both days when an event spans several", () => {
    expect(formatDutchDateTimeRange(amsterdamTime("2021-09-23 14:00"), amsterdamTime("2023-01-26 16:00"))).toBe(
      "donderdag 23 september 2021, 14.00\u00a0uur \u2013 donderdag 26 januari 2023, 16.00\u00a0uur",
    );
  });

  it("does not depend on the server's own time zone", () => {
    const original = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(formatDutchTime(new Date("2026-07-01T08:30:00Z"))).toBe("10.30");
    } finally {
      process.env.TZ = original;
    }
  });
});

describe("moving an event by whole weeks", () => {
  it("keeps the wall-clock time across the switch to winter time", () => {
    const beforeSwitch = amsterdamTime("2026-10-20 14:00");
    const moved = addWeeksInAmsterdam(beforeSwitch, 1);
    expect(moved.toISOString()).toBe("2026-10-27T13:00:00.000Z");
    expect(formatDutchTime(moved)).toBe("14.00");
  });

  it("finds the fewest weeks that reach a date", () => {
    const start = amsterdamTime("2022-11-22 14:00");
    const earliest = new Date("2026-12-01T00:00:00Z");
    const weeks = weeksUntilOnOrAfter(start, earliest);
    expect(addWeeksInAmsterdam(start, weeks) >= earliest).toBe(true);
    expect(addWeeksInAmsterdam(start, weeks - 1) < earliest).toBe(true);
  });
});
