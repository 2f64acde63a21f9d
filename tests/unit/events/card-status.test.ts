import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { cardStatus } from "@/lib/events/card-status";

const now = new Date("2026-12-01T12:00:00Z");
const event = {
  status: "published" as const,
  attendanceMode: "physical" as const,
  startsAt: addDays(now, 10),
  endsAt: addHours(addDays(now, 10), 3),
  registrationOpensAt: null,
  registrationClosesAt: null,
  capacityPhysical: 40,
  capacityOnline: null,
  waitlistEnabled: false,
  registersTeams: false,
};
const taken = (physical: number) => ({ physical, online: 0 });

describe("what a listing card says about registering", () => {
  it("says how few places are left when almost full", () => {
    expect(cardStatus(event, taken(36), now)).toEqual({ tone: "scarce", label: "Nog 4 plekken" });
    expect(cardStatus(event, taken(39), now)?.label).toBe("Nog 1 plek");
  });

  it("says Vol, or Wachtlijst when one can still join the waitlist", () => {
    expect(cardStatus(event, taken(40), now)?.label).toBe("Vol");
    expect(cardStatus({ ...event, waitlistEnabled: true }, taken(40), now)?.label).toBe("Wachtlijst");
  });

  it("says registration is closed after the deadline, and Afgelopen once the event is over", () => {
    expect(cardStatus({ ...event, registrationClosesAt: addDays(now, -1) }, taken(0), now)?.label).toBe("Aanmelding gesloten");
    expect(cardStatus({ ...event, startsAt: addDays(now, -30), endsAt: addDays(now, -30) }, taken(0), now)?.label).toBe("Afgelopen");
  });

  it("counts teams for a team event and leaves cancelled events to the card's own mark", () => {
    expect(cardStatus({ ...event, registersTeams: true, capacityPhysical: 6 }, taken(5), now)?.label).toBe("Nog ruimte voor 1 team");
    expect(cardStatus({ ...event, status: "cancelled" }, taken(0), now)).toBeNull();
    expect(cardStatus(event, taken(0), now)).toEqual({ tone: "open", label: "Aanmelden kan" });
  });
});
