import { addDays, addHours, subMonths } from "date-fns";
import PgBoss from "pg-boss";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { purgeExpiredPersonalData } from "@/lib/privacy/retention";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import { makeEvent, registrationData } from "@/tests/factories";
import { findEverywhere, searchedColumnCount } from "./search";

const baseUrl = "https://bijeen.example.org";
const NAME = "Ferdinand Zwartveldhuis";
const EMAIL = "Ferdinand.Zwartveldhuis@voorbeeld.nl";
const PARTICIPANT = "Gerdientje Oosterkamp-Vlietstra";
const PARTICIPANT_EMAIL = "g.oosterkamp@voorbeeld.nl";
const REGISTER_NUMBER = "110099887766";

function evaluationTextQuestion(eventId: number) {
  return db.evaluationQuestion.create({ data: { eventId, kind: "text", label: "Wat neem je mee?" } });
}

/** A person with data in every place Bijeen keeps it: registration, answers, workshop, question, team, mail, log, rate limit, queue. */
async function personWithTracesEverywhere(eventId: number, { team = false }: { team?: boolean } = {}) {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, include: { rounds: { include: { workshops: true } }, questions: true } });
  const round = event.rounds[0]!;
  const registration = await db.registration.create({
    data: registrationData(eventId, EMAIL, {
      name: NAME,
      organisation: "Wijkteam Zwartveldhuis & Co",
      role: "Opbouwwerker",
      dietaryWishes: `Geen noten (${NAME})`,
      answers: { [String(event.questions[0]!.id)]: `Ik ben ${NAME}, bereikbaar op ${EMAIL}` },
      checkInCode: "ABCD-1234-EFGH",
      registerBody: "skj",
      registerNumber: REGISTER_NUMBER,
      ...(team && { teamName: `Team ${NAME}` }),
      ...(team && { participants: { create: [{ name: PARTICIPANT, email: PARTICIPANT_EMAIL, role: "Jongerenwerker" }] } }),
    }),
  });
  await db.registrationWorkshop.create({ data: { registrationId: registration.id, eventId, roundId: round.id, workshopId: round.workshops[0]!.id } });
  await db.submittedQuestion.create({ data: { registrationId: registration.id, eventId, text: `Vraag van ${NAME}: hoe werkt dit in onze wijk?`, showName: true, status: "approved" } });
  await db.evaluationResponse.create({
    data: {
      eventId,
      registrationId: registration.id,
      answers: { create: [{ questionId: (await evaluationTextQuestion(eventId)).id, text: `Groet van ${NAME}: neem contact op via ${EMAIL}` }] },
    },
  });
  await db.checkIn.create({ data: { registrationId: registration.id, eventId, byName: "Organisator Test", source: "door" } });
  await db.$transaction(async (tx) => {
    const loaded = await loadRegistrationEvent(tx, { id: eventId });
    const full = await tx.registration.findUniqueOrThrow({ where: { id: registration.id }, include: registrationWithChoices });
    await queueRegistrationMail(tx, "confirmed", { ...mailContext(loaded!, full, baseUrl), registrationId: registration.id, toEmail: EMAIL });
    await recordAudit(tx, { actor: null, eventId, action: "registration.add", summary: `${NAME} toegevoegd door de organisator.`, details: { registrationId: registration.id, email: EMAIL } });
  });
  await db.$executeRaw`INSERT INTO rate_limits (key, points, expire) VALUES (${`login:email:${EMAIL.toLowerCase()}`}, 1, ${Date.now() + 60_000})`;
  return registration;
}

async function jobOnTheQueue(data: object) {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, supervise: false, schedule: false });
  await boss.start();
  await boss.createQueue("privacy-test", { name: "privacy-test" });
  await boss.send("privacy-test", data);
  await boss.stop({ graceful: false, wait: true });
}

async function counts(eventId: number) {
  const [byStatus, workshops, checkIns, questions, mails] = await Promise.all([
    db.registration.groupBy({ by: ["status", "attendanceMode"], where: { eventId }, _count: { _all: true }, orderBy: { status: "asc" } }),
    db.registrationWorkshop.groupBy({ by: ["workshopId"], where: { eventId }, _count: { _all: true } }),
    db.checkIn.count({ where: { eventId } }),
    db.submittedQuestion.count({ where: { eventId } }),
    db.outboxMessage.count({ where: { eventId } }),
  ]);
  return { byStatus, workshops, checkIns, questions, mails };
}

function pastEvent(slug: string, monthsAgo: number, extra: Parameters<typeof makeEvent>[1] = {}) {
  const startsAt = subMonths(new Date(), monthsAgo);
  return makeEvent(db, {
    slug,
    startsAt,
    endsAt: addHours(startsAt, 3),
    acceptsQuestions: true,
    questions: [{ label: "Wat wil je inbrengen?" }],
    rounds: [{ number: 1, startsAt, endsAt: addHours(startsAt, 1), workshops: [{ number: 1, title: "Samen sterk", capacity: 10 }] }],
    ...extra,
  });
}

describe("retention (AVG)", () => {
  it("after the term, leaves no trace of the person's name or address in any text or JSON column of any table, with every count unchanged", async () => {
    const event = await pastEvent("jaar-geleden", 13, { registersTeams: true });
    await personWithTracesEverywhere(event.id, { team: true });
    await db.registration.create({ data: registrationData(event.id, "ander@voorbeeld.nl", { name: "Andere Deelnemer", status: "cancelled", activeEmail: null }) });
    await jobOnTheQueue({ to: EMAIL, name: NAME, participant: PARTICIPANT_EMAIL });
    const needles = [EMAIL, NAME, "Zwartveldhuis", PARTICIPANT, PARTICIPANT_EMAIL, REGISTER_NUMBER];
    expect((await findEverywhere(needles)).length).toBeGreaterThan(10);
    const before = await counts(event.id);

    const report = await purgeExpiredPersonalData(db, { defaultMonths: 12 });

    expect(report.registrationsAnonymised).toBe(2);
    expect(await findEverywhere(needles)).toEqual([]);
    expect(await searchedColumnCount()).toBeGreaterThan(50);
    expect(await counts(event.id)).toEqual(before);
    const kept = await db.registration.findFirstOrThrow({ where: { eventId: event.id, status: "confirmed" } });
    expect(kept).toMatchObject({ name: "Verwijderd", organisation: null, dietaryWishes: null, answers: {}, teamName: "Team (verwijderd)" });
    expect(kept.email).toBe(`verwijderd-r${kept.id}@example.invalid`);
    expect(kept.activeEmail).toBe(kept.email);
    expect(kept.anonymisedAt).not.toBeNull();
    // The log says it happened, without anyone's name.
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "privacy.retention" } })).toMatchObject({ summary: "Bewaartermijn verstreken: de persoonsgegevens van 2 aanmeldingen zijn verwijderd." });

    // A second run finds nothing left to do.
    expect(await purgeExpiredPersonalData(db, { defaultMonths: 12 })).toEqual({ dietaryWishesCleared: 0, registrationsAnonymised: 0 });
  });

  it("keeps registrations within their term, clears dietary wishes right after the event, and honours an event's own term", async () => {
    const recent = await pastEvent("vorige-maand", 1);
    const ownTerm = await pastEvent("eigen-termijn", 4, { retentionMonths: 3 });
    const coming = await makeEvent(db, { slug: "komend", startsAt: addDays(new Date(), 10) });
    const a = await db.registration.create({ data: registrationData(recent.id, "a@voorbeeld.nl", { name: "Anna Recent", dietaryWishes: "Vegetarisch" }) });
    const b = await db.registration.create({ data: registrationData(ownTerm.id, "b@voorbeeld.nl", { name: "Bert Eigen" }) });
    const c = await db.registration.create({ data: registrationData(coming.id, "c@voorbeeld.nl", { name: "Carla Komend", dietaryWishes: "Halal" }) });

    expect(await purgeExpiredPersonalData(db, { defaultMonths: 12 })).toEqual({ dietaryWishesCleared: 1, registrationsAnonymised: 1 });

    expect(await db.registration.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "Anna Recent", email: "a@voorbeeld.nl", dietaryWishes: null, anonymisedAt: null });
    expect(await db.registration.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ name: "Verwijderd" });
    expect(await db.registration.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ name: "Carla Komend", dietaryWishes: "Halal" });
  });
});
