import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { outboxContent } from "@/lib/mail/render";
import { registerForEvent, type RegistrationOutcome } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 30);
const person = (index: number, extra: Record<string, unknown> = {}) => ({
  name: `Deelnemer ${index}`,
  email: `deelnemer${index}@example.org`,
  consent: true,
  ...extra,
});
const register = (slug: string, input: unknown) => registerForEvent(slug, input, { baseUrl });
const tally = (outcomes: RegistrationOutcome[]) =>
  outcomes.reduce<Record<string, number>>((counts, outcome) => {
    const key = outcome.kind === "registered" ? outcome.status : outcome.kind === "refused" ? outcome.reason : outcome.kind;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

const twoRounds = [1, 2].map((number) => ({
  number,
  startsAt: addHours(startsAt, number),
  endsAt: addHours(startsAt, number + 1),
  workshops: [
    { number: 1, title: `Ronde ${number} workshop 1`, capacity: 5 },
    { number: 2, title: `Ronde ${number} workshop 2`, capacity: null },
  ],
}));

describe("registering for an event", () => {
  it("confirms a registration with a workshop per round and queues its mail with the manage link", async () => {
    await makeEvent(db, { slug: "dag", startsAt, rounds: twoRounds });
    const outcome = await register("dag", person(1, { workshops: { "1": 1, "2": 2 } }));
    expect(outcome).toMatchObject({ kind: "registered", status: "confirmed" });
    if (outcome.kind !== "registered") return;
    expect(outcome.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const registration = await db.registration.findUniqueOrThrow({ where: { id: outcome.registrationId }, include: { workshops: { include: { workshop: true } } } });
    expect(registration.workshops.map((choice) => choice.workshop.title).sort()).toEqual(["Ronde 1 workshop 1", "Ronde 2 workshop 2"]);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } });
    expect(row).toMatchObject({ kind: "confirmed", toEmail: "deelnemer1@example.org", status: "queued", registrationId: outcome.registrationId });
    const mail = await db.$transaction((tx) => outboxContent(tx, row, baseUrl));
    expect(mail?.subject).toMatch(/^Aanmelding bevestigd: Testbijeenkomst \d+$/);
    expect(mail?.text).toContain(`${baseUrl}/aanmelding/${outcome.manageToken}`);
    expect(mail?.text).toContain("Workshop ronde 1: nr. 1: Ronde 1 workshop 1");
    expect(mail?.calendar).toContain("BEGIN:VEVENT");
  });

  it("fills the last places exactly under a rush, never beyond", async () => {
    await makeEvent(db, { slug: "vol", startsAt, capacityPhysical: 12 });
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, index) => register("vol", person(index))));
    expect(tally(outcomes)).toEqual({ confirmed: 12, full: 28 });
    expect(await db.registration.count({ where: { event: { slug: "vol" }, status: "confirmed" } })).toBe(12);
  });

  it("fills a popular workshop exactly and tells the rest to choose another", async () => {
    await makeEvent(db, { slug: "workshop", startsAt, capacityPhysical: 100, rounds: twoRounds });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, index) => register("workshop", person(index, { workshops: { "1": 1 } }))));
    expect(tally(outcomes)).toEqual({ confirmed: 5, workshop_full: 15 });
    const refusal = outcomes.find((outcome) => outcome.kind === "refused");
    expect(refusal).toMatchObject({ fieldErrors: { "workshops.1": ["De gekozen workshop is inmiddels vol. Kies een andere workshop."] } });
    const taken = await db.registrationWorkshop.count({ where: { workshop: { number: 1, round: { number: 1, event: { slug: "workshop" } } } } });
    expect(taken).toBe(5);
  });

  it("keeps separate places on site and online for a hybrid event", async () => {
    await makeEvent(db, { slug: "hybride", startsAt, attendanceMode: "hybrid", capacityPhysical: 5, capacityOnline: 7 });
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, index) => register("hybride", person(index, { attendanceMode: index % 2 === 0 ? "physical" : "online" }))),
    );
    expect(tally(outcomes)).toEqual({ confirmed: 12, full: 18 });
    const perMode = await db.registration.groupBy({ by: ["attendanceMode"], where: { event: { slug: "hybride" }, status: "confirmed" }, _count: { _all: true } });
    expect(Object.fromEntries(perMode.map((row) => [row.attendanceMode, row._count._all]))).toEqual({ physical: 5, online: 7 });
  });

  it("puts latecomers on the waitlist when the organiser keeps one", async () => {
    await makeEvent(db, { slug: "wachtlijst", startsAt, capacityPhysical: 3, waitlistEnabled: true });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, index) => register("wachtlijst", person(index))));
    expect(tally(outcomes)).toEqual({ confirmed: 3, waitlisted: 3 });
    const mails = await db.outboxMessage.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(Object.fromEntries(mails.map((row) => [row.kind, row._count._all]))).toEqual({ confirmed: 3, waitlisted: 3 });
  });

  it("registers an e-mail once per event, mails the link again, and shows nothing of the first registration", async () => {
    await makeEvent(db, { slug: "dubbel", startsAt });
    const first = await register("dubbel", person(1, { organisation: "Geheim BV" }));
    expect(first.kind).toBe("registered");
    const again = await register("dubbel", person(1, { email: "  Deelnemer1@Example.org " }));
    expect(again).toMatchObject({ kind: "refused", reason: "already_registered" });
    expect(JSON.stringify(again)).not.toContain("Geheim");
    const resent = await db.outboxMessage.findFirstOrThrow({ where: { kind: "already_registered" } });
    expect(resent.toEmail).toBe("deelnemer1@example.org");
    expect(resent.text).toContain((first as { manageToken: string }).manageToken);

    const rush = await Promise.all(Array.from({ length: 6 }, () => register("dubbel", person(2))));
    expect(tally(rush)).toEqual({ confirmed: 1, already_registered: 5 });
  });

  it("refuses when registration is closed, not yet open, or the event is not published", async () => {
    await makeEvent(db, { slug: "gesloten", startsAt, registrationClosesAt: addDays(new Date(), -1) });
    await makeEvent(db, { slug: "nog-niet", startsAt, registrationOpensAt: addDays(new Date(), 2) });
    await makeEvent(db, { slug: "afgelast", startsAt, status: "cancelled" });
    await makeEvent(db, { slug: "concept", startsAt, status: "draft" });
    expect(await register("gesloten", person(1))).toMatchObject({ kind: "refused", reason: "closed" });
    expect(await register("nog-niet", person(1))).toMatchObject({ kind: "refused", reason: "closed" });
    expect(await register("afgelast", person(1))).toMatchObject({ kind: "refused", reason: "closed" });
    expect(await register("concept", person(1))).toEqual({ kind: "not_found" });
    expect(await register("bestaat-niet", person(1))).toEqual({ kind: "not_found" });
  });

  it("explains bad input per field in Dutch", async () => {
    await makeEvent(db, { slug: "fouten", startsAt, attendanceMode: "hybrid", capacityOnline: 10, rounds: twoRounds, questions: [{ label: "Welke kwestie?", required: true }] });
    const noInput = await register("fouten", { name: "", email: "geen-adres", consent: false });
    expect(noInput).toMatchObject({
      kind: "invalid",
      errors: {
        name: ["Vul je naam in."],
        email: ["Vul een geldig e-mailadres in, zoals naam@organisatie.nl."],
        consent: ["Geef toestemming om je gegevens voor deze bijeenkomst te gebruiken."],
      },
    });
    const questionId = (await db.registrationQuestion.findFirstOrThrow()).id;
    const eventErrors = await register("fouten", person(1, { workshops: { "1": 9 } }));
    expect(eventErrors).toEqual({
      kind: "invalid",
      errors: {
        attendanceMode: ["Kies of je op locatie of online meedoet."],
        "workshops.1": ["Deze workshop bestaat niet (meer); kies een andere."],
        [`answers.${questionId}`]: ["Beantwoord deze vraag."],
      },
    });
    expect(await register("fouten", person(1, { website: "http://spam.example" }))).toEqual({ kind: "spam" });
  });

  it("finds every error in one pass: the schema's and the event's together", async () => {
    await makeEvent(db, { slug: "alles-tegelijk", startsAt, attendanceMode: "hybrid", capacityOnline: 10, rounds: twoRounds, questions: [{ label: "Welke kwestie?", required: true }] });
    const questionId = (await db.registrationQuestion.findFirstOrThrow({ where: { event: { slug: "alles-tegelijk" } } })).id;
    const empty = await register("alles-tegelijk", { name: "", email: "", consent: false, workshops: { "2": 9 } });
    expect(empty).toEqual({
      kind: "invalid",
      errors: {
        name: ["Vul je naam in."],
        email: ["Vul je e-mailadres in."],
        consent: ["Geef toestemming om je gegevens voor deze bijeenkomst te gebruiken."],
        attendanceMode: ["Kies of je op locatie of online meedoet."],
        "workshops.2": ["Deze workshop bestaat niet (meer); kies een andere."],
        [`answers.${questionId}`]: ["Beantwoord deze vraag."],
      },
    });
  });

  it("starts an intake registration as pending, holding a place", async () => {
    await makeEvent(db, { slug: "intake", startsAt, requiresApproval: true, capacityPhysical: 1 });
    expect(await register("intake", person(1))).toMatchObject({ kind: "registered", status: "pending" });
    expect(await register("intake", person(2))).toMatchObject({ kind: "refused", reason: "full" });
  });
});
