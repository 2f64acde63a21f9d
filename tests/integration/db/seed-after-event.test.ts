import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { afterEventOverview } from "@/lib/evaluation/after-event";
import { evaluationResults } from "@/lib/evaluation/results";
import { inAmsterdam } from "@/lib/dates";
import { listAccreditations } from "@/lib/accreditation/store";
import { RECENT_EDITION_SLUG, seedRecentEdition } from "@/prisma/seed-after-event";

const today = new Date("2026-12-01T10:00:00Z");

describe("the recently ended edition in the seed", () => {
  it("ended three days before the seed runs, accredited, with check-ins, no-shows, register numbers, answers and materials", async () => {
    expect(await seedRecentEdition(db, { today })).toEqual({ created: true });
    const event = await db.event.findUniqueOrThrow({ where: { slug: RECENT_EDITION_SLUG } });
    expect(inAmsterdam(event.endsAt).getDate()).toBe(28);
    expect(inAmsterdam(event.endsAt).getMonth()).toBe(10);
    const overview = (await afterEventOverview(db, event.id))!;
    expect(overview.total.present).toBeGreaterThan(overview.total.noShow);
    expect(overview.total.noShow).toBeGreaterThan(0);
    expect(overview.rounds.some((round) => round.recorded)).toBe(true);
    const results = (await evaluationResults(db, event.id))!;
    expect(results.responses).toBeGreaterThan(10);
    expect(results.grades[0]?.average).not.toBeNull();
    expect((await listAccreditations(db, event.id)).map(({ body, number, points, scope }) => ({ body, number, points, scope }))).toEqual([
      { body: "registerplein", number: "RP-2026-0412", points: 4, scope: "whole_event" },
    ]);
    expect(await db.registration.count({ where: { eventId: event.id, registerBody: "registerplein", registerNumber: { not: null }, checkIn: { isNot: null } } })).toBeGreaterThan(5);
    expect(await db.eventMaterial.count({ where: { eventId: event.id, data: { not: null } } })).toBe(1);
    // The follow-up went out already: a first start mails nobody.
    expect(await db.registration.count({ where: { eventId: event.id, followUpSentAt: null, checkIn: { isNot: null } } })).toBe(0);
    expect(await seedRecentEdition(db, { today })).toEqual({ created: false });
  });
});
