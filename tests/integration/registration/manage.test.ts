import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelRegistration, changeParticipation, changeWorkshops, findRegistrationByToken, switchAttendanceMode } from "@/lib/registration/manage";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 30);
const person = (index: number, extra: Record<string, unknown> = {}) => ({ name: `Deelnemer ${index}`, email: `d${index}@example.org`, consent: true, ...extra });

async function registered(slug: string, input: unknown) {
  const outcome = await registerForEvent(slug, input, { baseUrl });
  if (outcome.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(outcome)}`);
  return outcome;
}
const statusOf = async (id: number) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;

describe("managing a registration through its link", () => {
  it("cancels, frees the place, and gives it to the first person waiting, with mails to both", async () => {
    await makeEvent(db, { slug: "wacht", startsAt, capacityPhysical: 2, waitlistEnabled: true });
    const first = await registered("wacht", person(1));
    await registered("wacht", person(2));
    const waiting = await registered("wacht", person(3));
    const second = await registered("wacht", person(4));
    expect([waiting.status, second.status]).toEqual(["waitlisted", "waitlisted"]);

    expect(await cancelRegistration(db, first.manageToken, { baseUrl })).toMatchObject({ kind: "done" });
    expect(await statusOf(first.registrationId)).toBe("cancelled");
    expect(await statusOf(waiting.registrationId)).toBe("confirmed");
    expect(await statusOf(second.registrationId)).toBe("waitlisted");
    const promotedMail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "promoted" } });
    expect(promotedMail.toEmail).toBe("d3@example.org");
    expect(await db.outboxMessage.count({ where: { kind: "cancelled", toEmail: "d1@example.org" } })).toBe(1);

    expect(await cancelRegistration(db, first.manageToken, { baseUrl })).toEqual({ kind: "not_found" });
    expect(await registered("wacht", person(1))).toMatchObject({ status: "waitlisted" });
  });

  it("never promotes beyond the places, even when many cancel at once", async () => {
    await makeEvent(db, { slug: "golf", startsAt, capacityPhysical: 5, waitlistEnabled: true });
    const people = [];
    for (let index = 0; index < 12; index += 1) people.push(await registered("golf", person(index)));
    await Promise.all(people.slice(0, 4).map((registration) => cancelRegistration(db, registration.manageToken, { baseUrl })));
    expect(await db.registration.count({ where: { event: { slug: "golf" }, status: "confirmed" } })).toBe(5);
    expect(await db.registration.count({ where: { event: { slug: "golf" }, status: "waitlisted" } })).toBe(3);
  });

  it("changes workshops under the same rules, and frees the old one", async () => {
    const rounds = [{ number: 1, startsAt, endsAt: addHours(startsAt, 1), workshops: [{ number: 1, title: "Een", capacity: 1 }, { number: 2, title: "Twee", capacity: 1 }] }];
    await makeEvent(db, { slug: "wissel", startsAt, rounds });
    const anouk = await registered("wissel", person(1, { workshops: { "1": 1 } }));
    const bram = await registered("wissel", person(2, { workshops: { "1": 2 } }));

    expect(await changeWorkshops(db, anouk.manageToken, { "1": 2 }, { baseUrl })).toMatchObject({
      kind: "refused",
      fieldErrors: { "workshops.1": ["Deze workshop is vol. Kies een andere, of houd je huidige keuze."] },
    });
    expect(await changeWorkshops(db, bram.manageToken, {}, { baseUrl })).toMatchObject({ kind: "done" });
    expect(await changeWorkshops(db, anouk.manageToken, { "1": 2 }, { baseUrl })).toMatchObject({ kind: "done" });
    const choices = await db.registrationWorkshop.findMany({ include: { workshop: true } });
    expect(choices.map((choice) => [choice.registrationId, choice.workshop.title])).toEqual([[anouk.registrationId, "Twee"]]);
    expect(await changeWorkshops(db, anouk.manageToken, { "1": 7 }, { baseUrl })).toMatchObject({ kind: "invalid" });
  });

  it("keeps someone on site while they hold an activity that is only on site", async () => {
    await makeEvent(db, {
      slug: "wandeling",
      startsAt,
      attendanceMode: "hybrid",
      capacityPhysical: 10,
      capacityOnline: 10,
      rounds: [
        {
          number: 1,
          kind: "activities",
          startsAt: addHours(startsAt, 1),
          endsAt: addHours(startsAt, 2),
          workshops: [
            { number: 1, title: "Wijkwandeling", capacity: 20, onSiteOnly: true },
            { number: 2, title: "Speeddates", capacity: 20 },
          ],
        },
      ],
    });
    const walker = await registered("wandeling", person(1, { attendanceMode: "physical", workshops: { "1": 1 } }));
    const refused = await switchAttendanceMode(db, walker.manageToken, "online", { baseUrl });
    expect(refused).toMatchObject({ kind: "refused" });
    expect(refused.kind === "refused" && refused.message).toContain('"Wijkwandeling" is alleen op locatie');
    expect((await db.registration.findUniqueOrThrow({ where: { id: walker.registrationId } })).attendanceMode).toBe("physical");

    expect(await changeWorkshops(db, walker.manageToken, { "1": 2 }, { baseUrl })).toMatchObject({ kind: "done" });
    expect(await switchAttendanceMode(db, walker.manageToken, "online", { baseUrl })).toMatchObject({ kind: "done" });
    expect(await changeWorkshops(db, walker.manageToken, { "1": 1 }, { baseUrl })).toMatchObject({ kind: "invalid" });
  });

  it("changes mode and workshops in one go, refusing with one message and changing nothing", async () => {
    await makeEvent(db, {
      slug: "samen",
      startsAt,
      attendanceMode: "hybrid",
      capacityPhysical: 10,
      capacityOnline: 10,
      lunchProvided: true,
      rounds: [
        { number: 1, startsAt: addHours(startsAt, 1), endsAt: addHours(startsAt, 2), workshops: [{ number: 1, title: "Ochtend", capacity: 1 }, { number: 2, title: "Ochtend vol", capacity: 1 }] },
        {
          number: 2,
          kind: "activities",
          startsAt: addHours(startsAt, 3),
          endsAt: addHours(startsAt, 4),
          workshops: [
            { number: 1, title: "Wijkwandeling", capacity: 20, onSiteOnly: true },
            { number: 2, title: "Speeddates", capacity: 20 },
          ],
        },
      ],
    });
    await registered("samen", person(9, { attendanceMode: "physical", workshops: { "1": 2 } }));
    const walker = await registered("samen", person(1, { attendanceMode: "physical", dietaryWishes: "vegetarisch", workshops: { "1": 1, "2": 1 } }));
    const unchanged = async () => {
      const row = await db.registration.findUniqueOrThrow({ where: { id: walker.registrationId }, include: { workshops: { include: { workshop: true } } } });
      expect(row.attendanceMode).toBe("physical");
      expect(row.workshops.map((choice) => choice.workshop.title).sort()).toEqual(["Ochtend", "Wijkwandeling"]);
    };

    const keepsWalk = await changeParticipation(db, walker.manageToken, { attendanceMode: "online", workshops: { "1": 1, "2": 1 } }, { baseUrl });
    expect(keepsWalk).toEqual({ kind: "invalid", errors: { "workshops.2": ['"Wijkwandeling" is alleen op locatie. Kies iets anders, of doe op locatie mee.'] } });
    await unchanged();
    const fullWorkshop = await changeParticipation(db, walker.manageToken, { attendanceMode: "online", workshops: { "1": 2, "2": 2 } }, { baseUrl });
    expect(fullWorkshop).toMatchObject({ kind: "refused", fieldErrors: { "workshops.1": ["Deze workshop is vol. Kies een andere, of houd je huidige keuze."] } });
    expect(Object.keys(fullWorkshop.kind === "refused" ? (fullWorkshop.fieldErrors ?? {}) : {})).toEqual(["workshops.1"]);
    await unchanged();

    const both = await changeParticipation(db, walker.manageToken, { attendanceMode: "online", workshops: { "1": 1, "2": 2 } }, { baseUrl });
    expect(both).toMatchObject({ kind: "done", changed: { attendanceMode: "online", workshops: true } });
    const moved = await db.registration.findUniqueOrThrow({ where: { id: walker.registrationId }, include: { workshops: { include: { workshop: true } } } });
    expect(moved).toMatchObject({ attendanceMode: "online", dietaryWishes: null });
    expect(moved.workshops.map((choice) => choice.workshop.title).sort()).toEqual(["Ochtend", "Speeddates"]);
    expect(await db.outboxMessage.count({ where: { kind: "changed", toEmail: "d1@example.org" } })).toBe(1);

    expect(await changeParticipation(db, walker.manageToken, { attendanceMode: "online", workshops: { "1": 1, "2": 2 } }, { baseUrl })).toMatchObject({
      kind: "done",
      mailIds: [],
      changed: { attendanceMode: null, workshops: false },
    });
    expect(await db.outboxMessage.count({ where: { kind: "changed", toEmail: "d1@example.org" } })).toBe(1);
  });

  it("switches between on site and online when there is room", async () => {
    await makeEvent(db, { slug: "hybride", startsAt, attendanceMode: "hybrid", capacityPhysical: 1, capacityOnline: 10, lunchProvided: true });
    const onSite = await registered("hybride", person(1, { attendanceMode: "physical", dietaryWishes: "vegetarisch" }));
    const online = await registered("hybride", person(2, { attendanceMode: "online" }));
    expect(await switchAttendanceMode(db, online.manageToken, "physical", { baseUrl })).toMatchObject({ kind: "refused", message: "Op locatie is vol; je blijft online aangemeld." });
    expect(await switchAttendanceMode(db, onSite.manageToken, "online", { baseUrl })).toMatchObject({ kind: "done" });
    expect(await switchAttendanceMode(db, online.manageToken, "physical", { baseUrl })).toMatchObject({ kind: "done" });
    const moved = await db.registration.findUniqueOrThrow({ where: { id: onSite.registrationId } });
    expect(moved).toMatchObject({ attendanceMode: "online", dietaryWishes: null });
  });

  it("finds a registration only by its whole token", async () => {
    await makeEvent(db, { slug: "token", startsAt });
    const outcome = await registered("token", person(1));
    expect((await findRegistrationByToken(db, outcome.manageToken))?.registration.id).toBe(outcome.registrationId);
    expect(await findRegistrationByToken(db, outcome.manageToken.slice(0, 30))).toBeNull();
    expect(await findRegistrationByToken(db, "../../etc/passwd")).toBeNull();
  });
});

describe("managing a registration twice at once", () => {
  it("cancels once when the button is clicked twice", async () => {
    await makeEvent(db, { slug: "dubbelklik", startsAt, capacityPhysical: 1, waitlistEnabled: true });
    const first = await registered("dubbelklik", person(1));
    await registered("dubbelklik", person(2));
    const results = await Promise.all([1, 2, 3].map(() => cancelRegistration(db, first.manageToken, { baseUrl })));
    expect(results.map((result) => result.kind).sort()).toEqual(["done", "not_found", "not_found"]);
    expect(await db.outboxMessage.count({ where: { kind: "cancelled" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { kind: "promoted" } })).toBe(1);
  });
});
