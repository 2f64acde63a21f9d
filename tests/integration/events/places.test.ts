import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { eventDetailJson } from "@/lib/events/api-json";
import { findPublicEventWithPlaces } from "@/lib/events/queries";
import { makeEvent, registrationData } from "@/tests/factories";

describe("places left", () => {
  it("counts confirmed and pending registrations per mode and per workshop, not waitlisted or cancelled ones", async () => {
    const startsAt = addDays(new Date(), 20);
    const event = await makeEvent(db, {
      slug: "hybride-dag",
      attendanceMode: "hybrid",
      capacityPhysical: 5,
      capacityOnline: 50,
      waitlistEnabled: true,
      rounds: [{ number: 1, startsAt, endsAt: addHours(startsAt, 1), workshops: [{ number: 1, title: "Eén", capacity: 3 }, { number: 2, title: "Twee", capacity: null }] }],
    });
    const round = event.rounds[0]!;
    const [first, second] = round.workshops.sort((a, b) => a.number - b.number);
    const register = async (email: string, status: "confirmed" | "pending" | "waitlisted" | "cancelled", attendanceMode: "physical" | "online", workshopId?: number) => {
      const registration = await db.registration.create({
        data: registrationData(event.id, email, { status, attendanceMode, activeEmail: status === "cancelled" ? null : email }),
      });
      if (workshopId) await db.registrationWorkshop.create({ data: { registrationId: registration.id, eventId: event.id, roundId: round.id, workshopId } });
    };
    await register("a@example.org", "confirmed", "physical", first!.id);
    await register("b@example.org", "pending", "physical", first!.id);
    await register("c@example.org", "waitlisted", "physical", first!.id);
    await register("d@example.org", "cancelled", "physical", first!.id);
    await register("e@example.org", "confirmed", "online", second!.id);

    const found = await findPublicEventWithPlaces("hybride-dag");
    const json = eventDetailJson(found!.event, found!.taken, "https://bijeen.example.org");
    expect(json.capacity).toEqual({ physical: { total: 5, remaining: 3 }, online: { total: 50, remaining: 49 } });
    expect(json.rounds[0]!.workshops).toMatchObject([
      { number: 1, capacity: 3, remaining: 1 },
      { number: 2, capacity: null, remaining: null },
    ]);
    expect(json.registration.state).toBe("open");
    expect(json.url).toBe("https://bijeen.example.org/evenementen/hybride-dag");
  });
});
