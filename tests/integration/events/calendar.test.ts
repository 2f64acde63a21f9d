import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/calendar/ics";
import { db } from "@/lib/db/client";
import { amsterdamTime, formatDutchTime } from "@/lib/dates";
import { findCalendarEvent, listCalendarEvents } from "@/lib/events/queries";
import { makeEvent } from "@/tests/factories";

// Parsed back by ical.js (Mozilla's parser, used by Thunderbird) rather than compared as text.
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component)) };
}

describe("calendar files", () => {
  it("give Amsterdam wall-clock times that are right in summer and in winter", async () => {
    await makeEvent(db, { slug: "zomer", title: "Zomerbijeenkomst", startsAt: amsterdamTime("2027-06-15 10:00"), endsAt: amsterdamTime("2027-06-15 16:00") });
    await makeEvent(db, { slug: "winter", title: "Winterbijeenkomst", startsAt: amsterdamTime("2027-01-12 14:00"), endsAt: amsterdamTime("2027-01-12 18:00") });
    const ics = buildCalendar({ name: "Bijeen", events: await listCalendarEvents(new Date("2026-11-23T00:00:00Z")), baseUrl: "https://bijeen.example.org" });

    const { events } = parse(ics);
    expect(ics).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r?$/m);
    const summer = events.find((event) => event.summary === "Zomerbijeenkomst")!;
    const winter = events.find((event) => event.summary === "Winterbijeenkomst")!;
    expect(summer.startDate.zone?.tzid).toBe("UTC");
    expect(formatDutchTime(summer.startDate.toJSDate())).toBe("10.00");
    expect(formatDutchTime(winter.startDate.toJSDate())).toBe("14.00");
    expect(summer.startDate.toJSDate().toISOString()).toBe("2027-06-15T08:00:00.000Z");
    expect(winter.startDate.toJSDate().toISOString()).toBe("2027-01-12T13:00:00.000Z");
    expect(winter.endDate.toJSDate().toISOString()).toBe("2027-01-12T17:00:00.000Z");
    expect(summer.location).toBe("Buurthuis De Linde, Utrecht");
    expect(summer.uid).toMatch(/^evenement-\d+@bijeen\.example\.org$/);
    expect(summer.component.getFirstPropertyValue("url")).toBe("https://bijeen.example.org/evenementen/zomer");
  });

  it("gives a series one entry per meeting, and marks a cancelled event", async () => {
    await makeEvent(db, {
      slug: "reeks",
      title: "Leerkring",
      format: "leerkring",
      startsAt: amsterdamTime("2027-02-04 14:00"),
      endsAt: amsterdamTime("2027-04-01 16:00"),
      meetings: [
        { number: 1, startsAt: amsterdamTime("2027-02-04 14:00"), endsAt: amsterdamTime("2027-02-04 16:00"), mode: "physical", place: "Movisie, Utrecht" },
        { number: 2, startsAt: amsterdamTime("2027-04-01 14:00"), endsAt: amsterdamTime("2027-04-01 16:00"), mode: "online", place: "Microsoft Teams" },
      ],
    });
    await makeEvent(db, { slug: "afgelast", title: "Afgelast", status: "cancelled", startsAt: amsterdamTime("2027-03-01 10:00") });

    const series = parse(buildCalendar({ name: "Leerkring", events: [(await findCalendarEvent("reeks"))!], baseUrl: "https://bijeen.example.org" }));
    expect(series.events.map((event) => event.summary)).toEqual(["Leerkring (bijeenkomst 1 van 2)", "Leerkring (bijeenkomst 2 van 2)"]);
    expect(series.events[1]!.startDate.toJSDate().toISOString()).toBe("2027-04-01T12:00:00.000Z");
    expect(series.events[1]!.location).toBe("Online via Microsoft Teams");

    const cancelled = parse(buildCalendar({ name: "x", events: [(await findCalendarEvent("afgelast"))!], baseUrl: "https://bijeen.example.org" }));
    expect(cancelled.events[0]!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
