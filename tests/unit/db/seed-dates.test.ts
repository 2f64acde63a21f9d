import { getDay } from "date-fns";
import { describe, expect, it } from "vitest";
import { formatDutchTime, inAmsterdam, weeksUntilOnOrAfter } from "@/lib/dates";
import { dutchPublicHoliday } from "@/lib/holidays";
import { shiftByWeeks, upcomingWeeks } from "@/prisma/seed";
import { demoEvents } from "@/prisma/seed-data";

// The seed must put every format in the future on whatever day it runs, as the same kind of day and hour.
const seedDays = ["2026-11-23T12:00:00Z", "2027-03-27T23:30:00Z", "2027-10-30T22:00:00Z", "2030-02-28T06:00:00Z"].map((iso) => new Date(iso));

describe.each(demoEvents.map((event) => [event.upcomingSlug, event] as const))("seeded copy of %s", (_slug, event) => {
  it.each(seedDays.map((day) => [day.toISOString(), day] as const))("is upcoming and keeps weekday, time and length when seeded on %s", (_label, today) => {
    const weeks = weeksUntilOnOrAfter(event.startsAt, new Date(today.getTime() + event.leadDays * 86_400_000));
    const copy = shiftByWeeks(event, weeks);
    expect(copy.startsAt > today).toBe(true);
    expect(getDay(inAmsterdam(copy.startsAt))).toBe(getDay(inAmsterdam(event.startsAt)));
    expect(formatDutchTime(copy.startsAt)).toBe(formatDutchTime(event.startsAt));
    expect(formatDutchTime(copy.endsAt)).toBe(formatDutchTime(event.endsAt));
    for (const [index, meeting] of (copy.meetings ?? []).entries()) {
      expect(formatDutchTime(meeting.startsAt)).toBe(formatDutchTime(event.meetings![index]!.startsAt));
    }
  });
});

describe("seeded dates", () => {
  // Every day of two years as the day the seed runs: the congrestival's Friday once landed on 1 January.
  const runDays = Array.from({ length: 730 }, (_, index) => new Date(Date.UTC(2026, 10, 1 + index, 9)));

  it.each(demoEvents.map((event) => [event.upcomingSlug, event] as const))("keep %s and its meetings off Dutch public holidays", (_slug, event) => {
    for (const today of runDays) {
      const copy = shiftByWeeks(event, upcomingWeeks(event, today, event.leadDays));
      const days = [copy.startsAt, ...(copy.meetings ?? []).map((meeting) => meeting.startsAt)];
      expect(days.filter((day) => dutchPublicHoliday(day)).map((day) => `${today.toISOString()}: ${day.toISOString()}`)).toEqual([]);
      expect(copy.startsAt.getTime()).toBeGreaterThanOrEqual(today.getTime() + event.leadDays * 86_400_000 - 86_400_000);
    }
  });

  it("moves the congrestival past Christmas and New Year when seeded on 1 December 2026", () => {
    const congrestival = demoEvents.find((event) => event.format === "congrestival")!;
    const naive = shiftByWeeks(congrestival, weeksUntilOnOrAfter(congrestival.startsAt, new Date(Date.UTC(2026, 11, 1 + congrestival.leadDays))));
    expect(dutchPublicHoliday(naive.startsAt)).not.toBeNull();
    expect(dutchPublicHoliday(shiftByWeeks(congrestival, upcomingWeeks(congrestival, new Date(Date.UTC(2026, 11, 1)), congrestival.leadDays)).startsAt)).toBeNull();
  });
});
