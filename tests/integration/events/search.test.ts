import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { amsterdamTime } from "@/lib/dates";
import { EVENTS_PER_PAGE, parseEventFilters } from "@/lib/events/filters";
import { prefixQuery, searchEvents } from "@/lib/events/search";
import { cardStatus } from "@/lib/events/card-status";
import { makeEvent, registrationData } from "@/tests/factories";

const now = new Date("2026-11-23T12:00:00Z");
const search = (query: string, scope: "upcoming" | "archive" = "upcoming") => searchEvents(parseEventFilters(new URLSearchParams(query)).filters, { scope, now });
const slugs = async (query: string, scope: "upcoming" | "archive" = "upcoming") => (await search(query, scope)).events.map((event) => event.slug);

describe("searching events", () => {
  it("finds 'hindernissen' when asked for 'hindernis', in titles, speakers and workshops", async () => {
    await makeEvent(db, { slug: "hindernissen", title: "Aan de slag met hindernissen", startsAt: addDays(now, 5) });
    await makeEvent(db, { slug: "spreker", speakers: [{ name: "Marcel Spierts" }], startsAt: addDays(now, 6) });
    await makeEvent(db, {
      slug: "workshop",
      startsAt: addDays(now, 7),
      rounds: [{ number: 1, startsAt: addDays(now, 7), endsAt: addDays(now, 7), workshops: [{ number: 1, title: "Mantelzorgers in beeld" }] }],
    });
    await makeEvent(db, { slug: "iets-anders", title: "Jongerenwerk", startsAt: addDays(now, 8) });

    expect(await slugs("q=hindernis")).toEqual(["hindernissen"]);
    expect(await slugs("q=spierts")).toEqual(["spreker"]);
    expect(await slugs("q=mantelzorger")).toEqual(["workshop"]);
    expect(await slugs("q=%22%27%3B+drop+table")).toEqual([]);
  });

  it("brings each listed event's places held, per mode, for the cards", async () => {
    const full = await makeEvent(db, { slug: "vol-cafe", format: "leercafe", attendanceMode: "hybrid", capacityPhysical: 2, capacityOnline: 2, startsAt: addDays(now, 4) });
    await makeEvent(db, { slug: "leeg-cafe", format: "leercafe", startsAt: addDays(now, 5) });
    await db.registration.createMany({
      data: [
        registrationData(full.id, "een@example.org"),
        registrationData(full.id, "twee@example.org", { status: "pending" }),
        registrationData(full.id, "drie@example.org", { attendanceMode: "online" }),
        registrationData(full.id, "vier@example.org", { status: "waitlisted" }),
        registrationData(full.id, "vijf@example.org", { status: "cancelled", activeEmail: null }),
      ],
    });
    const { events } = await search("format=leercafe");
    expect(events.map((event) => [event.slug, event.placesTaken])).toEqual([
      ["vol-cafe", { physical: 2, online: 1 }],
      ["leeg-cafe", { physical: 0, online: 0 }],
    ]);
    expect(cardStatus(events[0]!, events[0]!.placesTaken, now)).toEqual({ tone: "scarce", label: "Nog 1 plek" });
  });

  it("keeps the search text current when a workshop is renamed", async () => {
    const event = await makeEvent(db, {
      slug: "hernoemd",
      startsAt: addDays(now, 3),
      rounds: [{ number: 1, startsAt: addDays(now, 3), endsAt: addDays(now, 3), workshops: [{ number: 1, title: "Buurtsport" }] }],
    });
    await db.workshop.update({ where: { id: event.rounds[0]!.workshops[0]!.id }, data: { title: "Wijkwandeling" } });
    expect(await slugs("q=wijkwandeling")).toEqual(["hernoemd"]);
    expect(await slugs("q=buurtsport")).toEqual([]);
  });

  it("combines format, mode and period, and counts each option", async () => {
    await makeEvent(db, { slug: "cafe-dec", format: "leercafe", attendanceMode: "physical", startsAt: amsterdamTime("2026-12-08 14:00") });
    await makeEvent(db, { slug: "symposium-dec", format: "minisymposium", attendanceMode: "online", startsAt: amsterdamTime("2026-12-10 10:00") });
    await makeEvent(db, { slug: "congres-jan", format: "congrestival", attendanceMode: "hybrid", startsAt: amsterdamTime("2027-01-15 10:00") });

    expect(await slugs("mode=online")).toEqual(["symposium-dec", "congres-jan"]);
    expect(await slugs("mode=physical")).toEqual(["cafe-dec", "congres-jan"]);
    expect(await slugs("mode=hybrid")).toEqual(["congres-jan"]);
    expect(await slugs("format=leercafe&format=congrestival")).toEqual(["cafe-dec", "congres-jan"]);
    expect(await slugs("from=2026-12-09&to=2026-12-31")).toEqual(["symposium-dec"]);
    expect(await slugs("to=2026-12-08")).toEqual(["cafe-dec"]);

    const { facets, total } = await search("mode=online");
    expect(total).toBe(2);
    expect(facets.format).toMatchObject({ minisymposium: 1, congrestival: 1, leercafe: 0 });
    expect(facets.mode).toEqual({ physical: 2, online: 2, hybrid: 1 });
  });

  it("pages through many events and knows the total", async () => {
    for (let index = 0; index < EVENTS_PER_PAGE + 3; index += 1) {
      await makeEvent(db, { slug: `reeks-${index}`, startsAt: addDays(now, index + 1) });
    }
    const second = await search("page=2");
    expect(second.total).toBe(EVENTS_PER_PAGE + 3);
    expect(second.pageCount).toBe(2);
    expect(second.events.map((event) => event.slug)).toEqual(["reeks-12", "reeks-13", "reeks-14"]);
    const beyond = await search("page=9");
    expect(beyond.events).toEqual([]);
    expect(beyond.total).toBe(EVENTS_PER_PAGE + 3);
  });

  it("lists the archive newest first, without drafts", async () => {
    await makeEvent(db, { slug: "oud", startsAt: addDays(now, -300) });
    await makeEvent(db, { slug: "recent", startsAt: addDays(now, -10) });
    await makeEvent(db, { slug: "oud-concept", startsAt: addDays(now, -20), status: "draft" });
    await makeEvent(db, { slug: "straks", startsAt: addDays(now, 10) });
    expect(await slugs("", "archive")).toEqual(["recent", "oud"]);
  });

  it("turns free text into prefix terms and nothing else", () => {
    expect(prefixQuery("Hindernis & <community>'")).toBe("hindernis:* & community:*");
    expect(prefixQuery("!!!")).toBe("");
  });
});
