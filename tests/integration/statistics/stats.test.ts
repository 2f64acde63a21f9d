import { addDays, addHours, subDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { eventStatistics, overallStatistics } from "@/lib/statistics/stats";
import { makeEvent, registrationData } from "@/tests/factories";

describe("statistics", () => {
  it("counts registrations per day, fill, the waitlist over time, cancellations, presence and no-shows", async () => {
    const startsAt = subDays(new Date(), 1);
    const event = await makeEvent(db, { slug: "voorbij", startsAt, endsAt: addHours(startsAt, 3), capacityPhysical: 2, waitlistEnabled: true });
    const day = (n: number) => addDays(subDays(new Date(), 10), n);
    const a = await db.registration.create({ data: registrationData(event.id, "a@voorbeeld.nl", { createdAt: day(0) }) });
    await db.registration.create({ data: registrationData(event.id, "b@voorbeeld.nl", { createdAt: day(0), promotedAt: day(2) }) });
    await db.registration.create({ data: registrationData(event.id, "c@voorbeeld.nl", { createdAt: day(1), status: "cancelled", activeEmail: null, cancelledAt: day(2) }) });
    await db.checkIn.create({ data: { registrationId: a.id, eventId: event.id, byName: "Deur" } });

    const stats = (await eventStatistics(db, event.id))!;
    expect(stats.perDay.map((row) => row.count)).toEqual([2, 1]);
    expect(stats.modes).toEqual([{ label: "Op locatie", taken: 2, capacity: 2 }]);
    expect(stats.totals).toMatchObject({ registrations: 3, confirmed: 2, cancelled: 1 });
    expect(stats.presence).toEqual({ present: 1, noShows: 1 });
    // b waited from day 0 until promoted on day 2.
    expect(stats.waitlistPerDay.slice(0, 3).map((row) => row.count)).toEqual([1, 1, 0]);

    const overall = await overallStatistics(db);
    expect(overall.rows).toEqual([expect.objectContaining({ title: event.title, registrations: 3, present: 1, past: true })]);
  });

  it("names workshops by their round in the order of the day, an activities round by its title", async () => {
    const startsAt = addDays(new Date(), 5);
    const event = await makeEvent(db, {
      slug: "rondes-statistiek",
      startsAt,
      endsAt: addHours(startsAt, 6),
      rounds: [
        { number: 1, startsAt: addHours(startsAt, 1), endsAt: addHours(startsAt, 2), workshops: [{ number: 1, title: "Ochtend", capacity: 5 }] },
        { number: 2, startsAt: addHours(startsAt, 4), endsAt: addHours(startsAt, 5), workshops: [{ number: 1, title: "Middag", capacity: 5 }] },
        { number: 3, kind: "activities", title: "Wijkwandeling of posters", startsAt: addHours(startsAt, 2.5), endsAt: addHours(startsAt, 3.5), workshops: [{ number: 1, title: "Wandeling", capacity: 5 }] },
      ],
    });
    const stats = (await eventStatistics(db, event.id))!;
    expect(stats.workshops.map((workshop) => workshop.label)).toEqual(["Ronde 1, workshop 1: Ochtend", "Wijkwandeling of posters, workshop 1: Wandeling", "Ronde 2, workshop 1: Middag"]);
  });
});
