import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { EVENT_FORMATS } from "@/lib/events/formats";
import { listUpcomingEvents } from "@/lib/events/queries";
import { seedDemoContent } from "@/prisma/seed";

const today = new Date("2026-11-23T10:00:00Z");

describe("demo seed", () => {
  it("offers all five formats as upcoming events, plus their original editions as archive", async () => {
    await seedDemoContent(db, { today });
    const upcoming = await listUpcomingEvents(today);
    expect(upcoming.map((event) => event.format).sort()).toEqual([...EVENT_FORMATS].sort());
    expect(await db.event.count({ where: { endsAt: { lt: today } } })).toBe(5);
  });

  it("is idempotent", async () => {
    const first = await seedDemoContent(db, { today });
    const counts = { events: await db.event.count(), registrations: await db.registration.count() };
    const second = await seedDemoContent(db, { today });
    expect(first.created).toHaveLength(10);
    expect(second.created).toEqual([]);
    expect({ events: await db.event.count(), registrations: await db.registration.count() }).toEqual(counts);
  });

  it("carries the facts of the source pages", async () => {
    await seedDemoContent(db, { today });
    const leercafe = await db.event.findUniqueOrThrow({ where: { slug: "leercafe-blik-op-samenlevingsopbouw" } });
    expect(leercafe).toMatchObject({ venueName: "Buurtcentrum Filmwijk", venuePostcode: "1325 SX", venueCity: "Almere", waitlistEnabled: false });
    expect(await db.registration.count({ where: { eventId: leercafe.id, status: "confirmed" } })).toBe(leercafe.capacityPhysical);

    const leerkring = await db.event.findUniqueOrThrow({ where: { slug: "leerkring-collectief-preventief-werken" }, include: { meetings: true } });
    expect(leerkring.meetings).toHaveLength(6);
    expect(leerkring).toMatchObject({ capacityPhysical: 10, requiresApproval: true, registersTeams: true });
    const teams = await db.registration.findMany({ where: { eventId: leerkring.id }, include: { participants: true }, orderBy: { id: "asc" } });
    expect(teams.map((team) => [team.status, team.participants.length, team.teamName !== null])).toEqual([
      ["confirmed", 2, true],
      ["pending", 2, true],
      ["confirmed", 2, true],
      ["pending", 2, true],
    ]);

    const minisymposium = await db.event.findUniqueOrThrow({ where: { slug: "minisymposium-grote-zorgen-grote-kansen" } });
    expect(minisymposium).toMatchObject({ attendanceMode: "online", onlinePlatform: "Microsoft Teams", acceptsQuestions: true });

    const themabijeenkomst = await db.event.findUniqueOrThrow({ where: { slug: "themabijeenkomst-hindernissen-community-building" } });
    expect(themabijeenkomst).toMatchObject({ venueName: null, venueCity: "Utrecht", lunchProvided: true, priceCents: 0 });

    const workshopSix = await db.workshop.findFirstOrThrow({
      where: { number: 6, round: { number: 1, event: { slug: "congrestival-back-to-basics" } } },
    });
    expect(workshopSix.title).toBe("Sociaal professionals. Handen ineen");
  });
});
