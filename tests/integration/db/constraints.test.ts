import { addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeEvent, registrationData } from "@/tests/factories";

// What must always hold is enforced by the database itself, whatever code writes to it.

const round = (number: number, workshops: number[], startsAt = new Date("2030-05-01T09:00:00Z")) => ({
  number,
  startsAt,
  endsAt: addHours(startsAt, 1),
  workshops: workshops.map((workshopNumber) => ({ number: workshopNumber, title: `Workshop ${workshopNumber}`, capacity: 10 })),
});

describe("database constraints", () => {
  it("refuses negative capacities for an event and a workshop", async () => {
    await expect(makeEvent(db, { capacityPhysical: -1 })).rejects.toThrow(/Event_capacities_not_negative/);
    const event = await makeEvent(db, { rounds: [round(1, [1])] });
    await expect(
      db.workshop.update({ where: { id: event.rounds[0]!.workshops[0]!.id }, data: { capacity: -5 } }),
    ).rejects.toThrow(/Workshop_capacity_not_negative/);
  });

  it("allows one active registration per e-mail and event, whatever the capitals", async () => {
    const event = await makeEvent(db);
    await db.registration.create({ data: registrationData(event.id, "anouk@example.org") });
    await expect(
      db.registration.create({ data: registrationData(event.id, "Anouk@Example.org") }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("lets someone register again after cancelling", async () => {
    const event = await makeEvent(db);
    const first = await db.registration.create({ data: registrationData(event.id, "bram@example.org") });
    await db.registration.update({ where: { id: first.id }, data: { status: "cancelled", activeEmail: null, cancelledAt: new Date() } });
    await expect(db.registration.create({ data: registrationData(event.id, "bram@example.org") })).resolves.toBeTruthy();
  });

  it("refuses a cancelled registration that still holds the e-mail, or an active one that does not", async () => {
    const event = await makeEvent(db);
    await expect(
      db.registration.create({ data: registrationData(event.id, "chaima@example.org", { status: "cancelled" }) }),
    ).rejects.toThrow(/Registration_active_email_consistent/);
    await expect(
      db.registration.create({ data: registrationData(event.id, "daan@example.org", { activeEmail: null }) }),
    ).rejects.toThrow(/Registration_active_email_consistent/);
  });

  it("allows one workshop per round", async () => {
    const event = await makeEvent(db, { rounds: [round(1, [1, 2])] });
    const [first, second] = event.rounds[0]!.workshops;
    const registration = await db.registration.create({ data: registrationData(event.id, "esra@example.org") });
    await db.registrationWorkshop.create({
      data: { registrationId: registration.id, eventId: event.id, roundId: event.rounds[0]!.id, workshopId: first!.id },
    });
    await expect(
      db.registrationWorkshop.create({
        data: { registrationId: registration.id, eventId: event.id, roundId: event.rounds[0]!.id, workshopId: second!.id },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("refuses a workshop of another event's round", async () => {
    const mine = await makeEvent(db, { rounds: [round(1, [1])] });
    const other = await makeEvent(db, { rounds: [round(1, [1])] });
    const registration = await db.registration.create({ data: registrationData(mine.id, "floor@example.org") });
    const otherRound = other.rounds[0]!;
    await expect(
      db.registrationWorkshop.create({
        data: { registrationId: registration.id, eventId: mine.id, roundId: otherRound.id, workshopId: otherRound.workshops[0]!.id },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
  });

  it("refuses a workshop filed under a round it does not belong to", async () => {
    const event = await makeEvent(db, { rounds: [round(1, [1]), round(2, [1], new Date("2030-05-01T11:00:00Z"))] });
    const [roundOne, roundTwo] = event.rounds.sort((a, b) => a.number - b.number);
    const registration = await db.registration.create({ data: registrationData(event.id, "gijs@example.org") });
    await expect(
      db.registrationWorkshop.create({
        data: { registrationId: registration.id, eventId: event.id, roundId: roundOne!.id, workshopId: roundTwo!.workshops[0]!.id },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
  });

  it("refuses a short, guessable manage token", async () => {
    const event = await makeEvent(db);
    await expect(
      db.registration.create({ data: registrationData(event.id, "hanna@example.org", { manageToken: "abc" }) }),
    ).rejects.toThrow(/Registration_manage_token_long_enough/);
  });
});
