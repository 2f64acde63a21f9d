import { describe, expect, it } from "vitest";
import { isAlmostFull, places, placesLeftLabel, publicStatus, registrationState, TEAM_NOUNS, type AvailabilityInput } from "@/lib/events/availability";

const now = new Date("2026-11-23T12:00:00Z");
const event = (overrides: Partial<AvailabilityInput> = {}): AvailabilityInput => ({
  status: "published",
  attendanceMode: "physical",
  startsAt: new Date("2026-12-15T13:00:00Z"),
  registrationOpensAt: null,
  registrationClosesAt: null,
  capacityPhysical: 30,
  capacityOnline: null,
  waitlistEnabled: false,
  registersTeams: false,
  ...overrides,
});
const taken = (physical: number, online = 0) => ({ physical, online });

describe("registration state", () => {
  it("is open while places are left", () => {
    expect(registrationState(event(), taken(29), now)).toBe("open");
  });
  it("is full, or waitlist when the organiser keeps one", () => {
    expect(registrationState(event(), taken(30), now)).toBe("full");
    expect(registrationState(event({ waitlistEnabled: true }), taken(30), now)).toBe("waitlist");
  });
  it("stays open for a hybrid event while one mode has places", () => {
    const hybrid = event({ attendanceMode: "hybrid", capacityPhysical: 10, capacityOnline: 50 });
    expect(registrationState(hybrid, taken(10, 3), now)).toBe("open");
    expect(registrationState(hybrid, taken(10, 50), now)).toBe("full");
  });
  it("treats a missing capacity as unlimited", () => {
    expect(registrationState(event({ capacityPhysical: null }), taken(5000), now)).toBe("open");
  });
  it("is closed after the deadline, once the event started, or when not published", () => {
    expect(registrationState(event({ registrationClosesAt: new Date("2026-11-23T11:59:59Z") }), taken(0), now)).toBe("closed");
    expect(registrationState(event({ startsAt: new Date("2026-11-23T11:00:00Z") }), taken(0), now)).toBe("closed");
    expect(registrationState(event({ status: "cancelled" }), taken(0), now)).toBe("closed");
    expect(registrationState(event({ status: "draft" }), taken(0), now)).toBe("closed");
  });
  it("is not yet open before the window opens", () => {
    expect(registrationState(event({ registrationOpensAt: new Date("2026-11-24T08:00:00Z") }), taken(0), now)).toBe("not_yet_open");
  });
  it("counts only the physical places of a team event", () => {
    expect(registrationState(event({ registersTeams: true, attendanceMode: "hybrid", capacityPhysical: 10 }), taken(10), now)).toBe("full");
  });
});

describe("what visitors read", () => {
  it("labels each status in Dutch", () => {
    expect(publicStatus(event(), taken(0), now).label).toBe("Open");
    expect(publicStatus(event(), taken(27), now).label).toBe("Bijna vol");
    expect(publicStatus(event({ waitlistEnabled: true }), taken(30), now).label).toBe("Vol - wachtlijst");
    expect(publicStatus(event(), taken(30), now).label).toBe("Vol - aanmelden niet meer mogelijk");
    expect(publicStatus(event({ registrationClosesAt: now }), taken(0), now).label).toBe("Aanmelding gesloten");
    expect(publicStatus(event({ status: "cancelled" }), taken(0), now).label).toBe("Geannuleerd");
    expect(publicStatus(event({ status: "postponed" }), taken(0), now).label).toBe("Verplaatst");
  });
  it("says how many places are left", () => {
    expect(placesLeftLabel(places(30, 26))).toBe("nog 4 plekken");
    expect(placesLeftLabel(places(30, 29))).toBe("nog 1 plek");
    expect(placesLeftLabel(places(30, 31))).toBe("vol");
    expect(placesLeftLabel(places(null, 12))).toBeNull();
    expect(placesLeftLabel(places(10, 2), TEAM_NOUNS)).toBe("nog 8 teams");
  });
  it("calls an event almost full only near the end of limited places", () => {
    expect(isAlmostFull([places(100, 95)])).toBe(true);
    expect(isAlmostFull([places(100, 90)])).toBe(false);
    expect(isAlmostFull([places(30, 27)])).toBe(true);
    expect(isAlmostFull([places(30, 30)])).toBe(false);
    expect(isAlmostFull([places(null, 0)])).toBe(false);
  });
});
