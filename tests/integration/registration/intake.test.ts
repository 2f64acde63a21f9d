import { addDays, addHours, startOfHour } from "date-fns";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRegistration, declineRegistration } from "@/lib/registration/intake";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
// Whole hours: a calendar file keeps whole seconds.
const startsAt = startOfHour(addDays(new Date(), 30));
const meetingStarts = [0, 21, 42, 63, 84, 105].map((days) => addDays(startsAt, days));

function makeLeerkring(slug: string, overrides: Parameters<typeof makeEvent>[1] = {}) {
  return makeEvent(db, {
    slug,
    title: "Leerkring collectief werken",
    format: "leerkring",
    startsAt,
    endsAt: addHours(meetingStarts.at(-1)!, 2),
    attendanceMode: "hybrid",
    capacityPhysical: 2,
    capacityOnline: 0,
    registersTeams: true,
    requiresApproval: true,
    meetings: meetingStarts.map((start, index) => ({
      number: index + 1,
      startsAt: start,
      endsAt: addHours(start, 2),
      mode: index % 2 === 0 ? ("physical" as const) : ("online" as const),
      place: index % 2 === 0 ? "Movisie, Utrecht" : "Microsoft Teams",
    })),
    ...overrides,
  });
}

async function registerTeam(slug: string, index: number) {
  const outcome = await registerForEvent(
      slug,
    {
      name: `Contact ${index}`,
      email: `contact${index}@example.org`,
      consent: true,
      team: {
        organisation: `Gemeente ${index}`,
        name: `Wijkteam ${index}`,
        participants: [{ name: `Deelnemer ${index}`, email: `deelnemer${index}@example.org` }],
      },
    },
    { baseUrl },
  );
  if (outcome.kind !== "registered") throw new Error(`registration refused: ${outcome.kind}`);
  return outcome;
}

describe("intake: accepting and declining", () => {
  it("accepts a pending team: confirmed, with a mail holding a calendar file of every meeting", async () => {
    await makeLeerkring("kring");
    const { registrationId } = await registerTeam("kring", 1);
    const organiser = await db.user.create({
      data: { id: "organiser-1", name: "Silke van Arum", email: "s.vanarum@example.org", role: "redacteur" },
    });
    const outcome = await acceptRegistration(db, registrationId, { actorId: organiser.id, baseUrl });
    expect(outcome).toMatchObject({ kind: "accepted", registrationId });
    if (outcome.kind !== "accepted") return;

    const registration = await db.registration.findUniqueOrThrow({ where: { id: registrationId } });
    expect(registration).toMatchObject({ status: "confirmed", decidedById: "organiser-1" });
    expect(registration.decidedAt).toBeInstanceOf(Date);
    expect(await db.auditEntry.findMany({ select: { actorId: true, actorName: true, action: true, summary: true } })).toEqual([
      {
        actorId: "organiser-1",
        actorName: "Silke van Arum",
        action: "registration.accept",
        summary: "Team Wijkteam 1 (Gemeente 1) toegelaten na de intake.",
      },
    ]);

    const mail = await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } });
    expect(mail).toMatchObject({
      kind: "accepted",
      toEmail: "contact1@example.org",
      subject: "Jullie zijn toegelaten tot de leerkring: Leerkring collectief werken",
    });
    expect(mail.text).toContain("Wijkteam 1 (Gemeente 1) toegelaten");
    expect(mail.text).toContain("alle 6 bijeenkomsten");

    // Parsed back by ical.js: one entry per meeting, at the meetings' own times and places.
    const calendar = new ICAL.Component(ICAL.parse(mail.calendar!));
    const entries = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(entries).toHaveLength(6);
    expect(entries.map((entry) => entry.startDate.toJSDate().toISOString())).toEqual(meetingStarts.map((start) => start.toISOString()));
    expect(entries.map((entry) => entry.summary)).toEqual(
      meetingStarts.map((_, index) => `Leerkring collectief werken (bijeenkomst ${index + 1} van 6)`),
    );
    expect(entries[0]!.location).toBe("Movisie, Utrecht");
    expect(entries[1]!.location).toBe("Online via Microsoft Teams");
  });

  it("declines politely with the reason, frees the place and hands it to the first team waiting", async () => {
    await makeLeerkring("afwijzen", { capacityPhysical: 1, waitlistEnabled: true });
    const first = await registerTeam("afwijzen", 1);
    const second = await registerTeam("afwijzen", 2);
    expect(second.status).toBe("waitlisted");

    const outcome = await declineRegistration(db, first.registrationId, {
      reason: "  Jullie gemeente doet al mee aan een vergelijkbaar traject. ",
      baseUrl,
    });
    expect(outcome).toMatchObject({ kind: "declined", registrationId: first.registrationId });
    if (outcome.kind !== "declined") return;
    expect(await db.registration.findUniqueOrThrow({ where: { id: first.registrationId } })).toMatchObject({
      status: "rejected",
      activeEmail: null,
      declineReason: "Jullie gemeente doet al mee aan een vergelijkbaar traject.",
    });
    expect(await db.auditEntry.findFirst({ select: { actorName: true, action: true, summary: true } })).toEqual({
      actorName: "Systeem",
      action: "registration.decline",
      summary: "Team Wijkteam 1 (Gemeente 1) afgewezen na de intake.",
    });
    // The freed place goes to the waiting team, which then awaits its own intake.
    expect((await db.registration.findUniqueOrThrow({ where: { id: second.registrationId } })).status).toBe("pending");

    const mails = await db.outboxMessage.findMany({ where: { id: { in: outcome.mailIds } }, orderBy: { id: "asc" } });
    expect(mails.map((mail) => [mail.kind, mail.toEmail])).toEqual([
      ["declined", "contact1@example.org"],
      ["promoted", "contact2@example.org"],
    ]);
    expect(mails[0]!.subject).toBe("Over jullie aanvraag: Leerkring collectief werken");
    expect(mails[0]!.text).toContain("Helaas kunnen we Wijkteam 1 (Gemeente 1) deze keer geen plek in de kring bieden.");
    expect(mails[0]!.text).toContain("Toelichting van de organisatie: Jullie gemeente doet al mee aan een vergelijkbaar traject.");
    expect(mails[0]!.calendar).toBeNull();
    expect(mails[1]!.text).toContain("intakegesprek");

    // The team may register again now that its e-mail address is free.
    expect((await registerTeam("afwijzen", 1)).status).toBe("waitlisted");
  });

  it("decides once: a second accept or decline says it was already decided", async () => {
    await makeLeerkring("eenmaal");
    const { registrationId } = await registerTeam("eenmaal", 1);
    expect((await acceptRegistration(db, registrationId, { baseUrl })).kind).toBe("accepted");
    expect(await acceptRegistration(db, registrationId, { baseUrl })).toMatchObject({ kind: "already_decided", status: "confirmed" });
    expect(await declineRegistration(db, registrationId, { baseUrl })).toMatchObject({ kind: "already_decided", status: "confirmed" });
    expect(await acceptRegistration(db, 999_999, { baseUrl })).toMatchObject({ kind: "not_found" });
    expect(await declineRegistration(db, registrationId, { reason: "x".repeat(2001), baseUrl })).toMatchObject({ kind: "invalid" });
    expect(await db.outboxMessage.count({ where: { kind: { in: ["accepted", "declined"] } } })).toBe(1);
  });

  it("refuses to accept beyond the places, e.g. a waitlisted team or after the capacity was lowered", async () => {
    await makeLeerkring("vol", { capacityPhysical: 2, waitlistEnabled: true });
    const [a, b, c] = [await registerTeam("vol", 1), await registerTeam("vol", 2), await registerTeam("vol", 3)];
    expect(c.status).toBe("waitlisted");
    const refused = await acceptRegistration(db, c.registrationId, { baseUrl });
    expect(refused).toEqual({
      kind: "full",
      message: "Er is geen plek meer: alle 2 teams zijn bezet. Wijs eerst een andere aanmelding af of verhoog het aantal plekken.",
    });

    await db.event.update({ where: { slug: "vol" }, data: { capacityPhysical: 1 } });
    expect((await acceptRegistration(db, a.registrationId, { baseUrl })).kind).toBe("accepted");
    expect((await acceptRegistration(db, b.registrationId, { baseUrl })).kind).toBe("full");
    expect(await db.registration.count({ where: { event: { slug: "vol" }, status: "confirmed" } })).toBe(1);
  });

  it("never overbooks when accepts, declines and new registrations race", async () => {
    await makeLeerkring("race", { capacityPhysical: 3, waitlistEnabled: true });
    const early = [];
    for (let index = 0; index < 6; index += 1) early.push(await registerTeam("race", index));
    expect(early.map((outcome) => outcome.status)).toEqual(["pending", "pending", "pending", "waitlisted", "waitlisted", "waitlisted"]);

    await Promise.all([
      declineRegistration(db, early[0]!.registrationId, { baseUrl }),
      declineRegistration(db, early[1]!.registrationId, { baseUrl }),
      ...early.slice(2).map((outcome) => acceptRegistration(db, outcome.registrationId, { baseUrl })),
      ...Array.from({ length: 10 }, (_, index) => registerTeam("race", 100 + index).catch(() => null)),
    ]);
    const holding = await db.registration.count({ where: { event: { slug: "race" }, status: { in: ["pending", "confirmed"] } } });
    expect(holding).toBe(3);
  });

  it("works for a person's registration under intake too", async () => {
    await makeEvent(db, { slug: "leercafe", startsAt, requiresApproval: true, capacityPhysical: 5 });
    const outcome = await registerForEvent("leercafe", { name: "Iris Bakker", email: "iris@example.org", consent: true }, { baseUrl });
    if (outcome.kind !== "registered") throw new Error(outcome.kind);
    expect(outcome.status).toBe("pending");
    const accepted = await acceptRegistration(db, outcome.registrationId, { baseUrl });
    if (accepted.kind !== "accepted") throw new Error(accepted.kind);
    const mail = await db.outboxMessage.findUniqueOrThrow({ where: { id: accepted.mailIds[0]! } });
    expect(mail.subject).toMatch(/^Je bent toegelaten: Testbijeenkomst \d+$/);
    expect(mail.calendar).toContain("BEGIN:VEVENT");
  });
});
