import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkIn, doorCounts, doorRoster, searchDoor, undoCheckIn } from "@/lib/check-in/check-in";
import { formatCheckInCode } from "@/lib/check-in/code";
import { checkInBatchSchema, syncCheckIns } from "@/lib/check-in/sync";
import { addRegistrationByHand } from "@/lib/registration/add-by-hand";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent, makeOrganiser, registrationData } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 1);

async function setup() {
  const event = await makeEvent(db, {
    startsAt,
    rounds: [
      { number: 1, startsAt: addHours(startsAt, 1), endsAt: addHours(startsAt, 2), workshops: [{ number: 1, title: "Wijkgericht werken", capacity: 10, room: "Zaal 2" }, { number: 2, title: "Schulden", capacity: null }] },
    ],
  });
  const round = await db.workshopRound.findFirstOrThrow({ where: { eventId: event.id }, include: { workshops: { orderBy: { number: "asc" } } } });
  const anna = await db.registration.create({ data: registrationData(event.id, "anna@example.org", { name: "Anna de Vries", organisation: "Wijkteam Noord", workshops: { create: [{ roundId: round.id, workshopId: round.workshops[0]!.id }] } }) });
  const door1 = await makeOrganiser(db, { name: "Dirk Deur", role: "ontvangst" });
  const door2 = await makeOrganiser(db, { name: "Els Entree", role: "ontvangst" });
  return { event, round, anna, door1, door2, room: { roundId: round.id, workshopId: round.workshops[0]!.id } };
}

describe("checking in at the door", () => {
  it("gives every registration a check-in code of its own, also on the hot path and by hand", async () => {
    const event = await makeEvent(db, { slug: "codes", startsAt, capacityPhysical: 1, waitlistEnabled: true });
    const first = await registerForEvent("codes", { name: "Een", email: "een@example.org", consent: true }, { baseUrl });
    const second = await registerForEvent("codes", { name: "Twee", email: "twee@example.org", consent: true }, { baseUrl });
    const organiser = await makeOrganiser(db);
    const byHand = await addRegistrationByHand(db, event.id, { name: "Drie", email: "drie@example.org", overCapacity: true }, { actor: organiser, baseUrl });
    expect(byHand.kind).toBe("added");
    const rows = await db.registration.findMany({ where: { eventId: event.id }, select: { checkInCode: true, status: true, manageToken: true } });
    expect(rows.map((row) => row.status).sort()).toEqual(["confirmed", "confirmed", "waitlisted"]);
    expect(first.kind === "registered" && second.kind === "registered").toBe(true);
    for (const row of rows) {
      expect(row.checkInCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      expect(row.manageToken).not.toContain(row.checkInCode);
    }
    expect(new Set(rows.map((row) => row.checkInCode)).size).toBe(3);
  });

  it("checks a person in by the code as typed, and says who did it the second time", async () => {
    const { event, anna, door1, door2 } = await setup();
    const typed = formatCheckInCode(anna.checkInCode!).toLowerCase().replace("0", "o");
    const first = await checkIn(db, event.id, { code: typed }, { actor: door1 });
    expect(first).toMatchObject({ changed: true, answer: { kind: "welcome", person: { name: "Anna de Vries", organisation: "Wijkteam Noord", workshops: ["Workshop ronde 1: Wijkgericht werken (Zaal 2)"] } } });
    const second = await checkIn(db, event.id, { registrationId: anna.id }, { actor: door2 });
    expect(second).toMatchObject({ changed: false, answer: { kind: "already", byName: "Dirk Deur" } });
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { eventId: event.id, action: "check_in.door" } })).toBe(1);
  });

  it("makes one check-in when two devices check the same person in at once", async () => {
    const { event, anna, door1, door2 } = await setup();
    const answers = await Promise.all([
      checkIn(db, event.id, { code: anna.checkInCode! }, { actor: door1 }),
      checkIn(db, event.id, { code: anna.checkInCode! }, { actor: door2 }),
      checkIn(db, event.id, { registrationId: anna.id }, { actor: door2 }),
    ]);
    expect(await db.checkIn.count({ where: { registrationId: anna.id } })).toBe(1);
    expect(answers.filter((answer) => answer.changed)).toHaveLength(1);
    expect(answers.map((answer) => answer.answer.kind).sort()).toEqual(["already", "already", "welcome"]);
  });

  it("makes one check-in when a queued batch is sent twice", async () => {
    const { event, anna, door1 } = await setup();
    const bea = await db.registration.create({ data: registrationData(event.id, "bea@example.org", { name: "Bea Bakker" }) });
    const batch = checkInBatchSchema.parse({
      checkIns: [
        { code: anna.checkInCode, at: new Date(Date.now() - 60_000).toISOString() },
        { registrationId: bea.id },
        { code: "ZZZZ-ZZZZ" },
      ],
    });
    const firstTime = await syncCheckIns(db, event.id, batch, { actor: door1 });
    const secondTime = await Promise.all([syncCheckIns(db, event.id, batch, { actor: door1 }), syncCheckIns(db, event.id, batch, { actor: door1 })]);
    expect(firstTime.map((answer) => answer.kind)).toEqual(["welcome", "welcome", "unknown"]);
    for (const answers of secondTime) expect(answers.map((answer) => answer.kind)).toEqual(["already", "already", "unknown"]);
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(2);
    const annaIn = await db.checkIn.findUniqueOrThrow({ where: { registrationId: anna.id } });
    // The queued time is kept: the moment at the door, not the moment the connection came back.
    expect(annaIn.at.getTime()).toBeLessThan(Date.now() - 50_000);
  });

  it("refuses bad batches with Dutch messages", () => {
    const bad = checkInBatchSchema.safeParse({ checkIns: [{ at: "gisteren" }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(expect.arrayContaining([expect.stringContaining("ISO-datum"), "Geef een code of een aanmeldingsnummer."]));
    expect(checkInBatchSchema.safeParse({ checkIns: [] }).error?.issues[0]?.message).toBe("Stuur minstens één check-in.");
  });

  it("says who cannot come in, and lets no one in from another event", async () => {
    const { event, door1 } = await setup();
    const other = await makeEvent(db, { startsAt });
    const cancelled = await db.registration.create({ data: registrationData(event.id, "weg@example.org", { name: "Wim Weg", status: "cancelled", activeEmail: null }) });
    const waiting = await db.registration.create({ data: registrationData(event.id, "wacht@example.org", { name: "Wil Wacht", status: "waitlisted" }) });
    const elsewhere = await db.registration.create({ data: registrationData(other.id, "elders@example.org") });
    expect((await checkIn(db, event.id, { code: cancelled.checkInCode! }, { actor: door1 })).answer.kind).toBe("cancelled");
    expect((await checkIn(db, event.id, { code: waiting.checkInCode! }, { actor: door1 })).answer.kind).toBe("waitlisted");
    expect((await checkIn(db, event.id, { code: elsewhere.checkInCode! }, { actor: door1 })).answer).toEqual({ kind: "unknown", code: formatCheckInCode(elsewhere.checkInCode!) });
    expect((await checkIn(db, event.id, { code: "niet" }, { actor: door1 })).answer).toEqual({ kind: "unknown", code: null });
    expect(await db.checkIn.count({ where: { eventId: { in: [event.id, other.id] } } })).toBe(0);
  });

  it("undoes a check-in, with an audit entry", async () => {
    const { event, anna, door1 } = await setup();
    await checkIn(db, event.id, { registrationId: anna.id }, { actor: door1 });
    const undone = await undoCheckIn(db, event.id, anna.id, { actor: door1 });
    expect(undone).toMatchObject({ changed: true, answer: { kind: "undone" } });
    expect(await db.checkIn.count({ where: { registrationId: anna.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { eventId: event.id, action: "check_in.undo" } })).toBe(1);
    expect((await checkIn(db, event.id, { registrationId: anna.id }, { actor: door1 })).answer.kind).toBe("welcome");
  });

  it("records presence per round in the chosen room, once, and counts it", async () => {
    const { event, anna, door1, door2, room } = await setup();
    const first = await checkIn(db, event.id, { code: anna.checkInCode! }, { actor: door1, room });
    expect(first.answer).toMatchObject({ kind: "welcome", room: "Wijkgericht werken (Zaal 2)" });
    const again = await Promise.all([checkIn(db, event.id, { code: anna.checkInCode! }, { actor: door2, room }), checkIn(db, event.id, { code: anna.checkInCode! }, { actor: door2, room })]);
    expect(again.map((answer) => answer.answer.kind)).toEqual(["already", "already"]);
    expect(await db.roundPresence.findMany({ where: { registrationId: anna.id } })).toMatchObject([{ roundId: room.roundId, workshopId: room.workshopId, byName: "Dirk Deur" }]);
    // In a room means at the event.
    expect(await db.checkIn.count({ where: { registrationId: anna.id } })).toBe(1);
    expect(await doorCounts(db, event.id, room)).toEqual({ present: 1, expected: 1, room: { present: 1, expected: 1 } });
    await undoCheckIn(db, event.id, anna.id, { actor: door1, room });
    expect(await db.roundPresence.count({ where: { registrationId: anna.id } })).toBe(0);
    expect(await db.checkIn.count({ where: { registrationId: anna.id } })).toBe(1);
    const wrongRoom = await checkIn(db, event.id, { registrationId: anna.id }, { actor: door1, room: { roundId: room.roundId, workshopId: 999_999 } });
    expect(wrongRoom.answer.kind).toBe("unknown");
  });

  it("gives the browser the list of codes, names and statuses, and finds people by name or organisation", async () => {
    const { event, anna, door1 } = await setup();
    await checkIn(db, event.id, { registrationId: anna.id }, { actor: door1 });
    const roster = await doorRoster(db, event.id);
    expect(roster).toEqual([expect.objectContaining({ id: anna.id, code: anna.checkInCode, status: "confirmed", checkIn: { at: expect.any(String), byName: "Dirk Deur" } })]);
    expect((await searchDoor(db, event.id, "noord")).map((entry) => entry.name)).toEqual(["Anna de Vries"]);
    expect((await searchDoor(db, event.id, "vries")).map((entry) => entry.name)).toEqual(["Anna de Vries"]);
    expect(await searchDoor(db, event.id, "niemand")).toEqual([]);
  });
});
