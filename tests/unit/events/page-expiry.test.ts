import { describe, expect, it } from "vitest";
import { eventPageChangesAt, lifetimeSeconds, nextAmsterdamMidnight } from "@/lib/events/page-expiry";

const at = (iso: string) => new Date(iso);

describe("when a cached page changes by itself", () => {
  const event = {
    registrationOpensAt: at("2026-12-10T09:00:00+01:00"),
    registrationClosesAt: at("2026-12-14T17:00:00+01:00"),
    startsAt: at("2026-12-15T13:00:00+01:00"),
    endsAt: at("2026-12-15T17:00:00+01:00"),
  };

  it("is the next of registration opening or closing, the start, the end and Amsterdam midnight", () => {
    expect(eventPageChangesAt(event, at("2026-12-10T08:59:59+01:00"))).toEqual(event.registrationOpensAt);
    expect(eventPageChangesAt(event, at("2026-12-14T12:00:00+01:00"))).toEqual(event.registrationClosesAt);
    expect(eventPageChangesAt(event, at("2026-12-15T12:00:00+01:00"))).toEqual(event.startsAt);
    expect(eventPageChangesAt(event, at("2026-12-15T14:00:00+01:00"))).toEqual(event.endsAt);
    expect(eventPageChangesAt(event, at("2026-12-11T10:00:00+01:00"))).toEqual(at("2026-12-12T00:00:00+01:00"));
  });

  it("starts a new day at Amsterdam midnight, also in summer time", () => {
    expect(nextAmsterdamMidnight(at("2026-07-01T23:30:00+02:00"))).toEqual(at("2026-07-02T00:00:00+02:00"));
  });

  it("gives a page at least a second and at most a day", () => {
    const now = at("2026-12-10T08:00:00Z");
    expect(lifetimeSeconds(now, at("2026-12-10T08:00:00.200Z"))).toBe(1);
    expect(lifetimeSeconds(now, at("2026-12-10T08:01:30Z"))).toBe(90);
    expect(lifetimeSeconds(now, null)).toBe(86400);
    expect(lifetimeSeconds(now, at("2027-01-10T08:00:00Z"))).toBe(86400);
  });
});
