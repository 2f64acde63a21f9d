import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { evaluationQuestions } from "@/lib/evaluation/questions";
import { findEvaluation, submitEvaluation } from "@/lib/evaluation/respond";
import { evaluationCsv } from "@/lib/evaluation/results-csv";
import { evaluationResults } from "@/lib/evaluation/results";
import { answerField, followUpDueAt } from "@/lib/evaluation/rules";
import { followUpFormSchema, setFollowUp } from "@/lib/evaluation/follow-up-settings";
import { queueFollowUps } from "@/lib/mail/follow-up";
import { saveTemplate } from "@/lib/mail/templates/admin";
import { mailKindLabel } from "@/lib/mail/templates/registry";
import { makeEvent, makeOrganiser, registrationData } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";

/** An event that ended yesterday afternoon, with two present registrants and one no-show. */
async function endedEvent(overrides: Parameters<typeof makeEvent>[1] = {}) {
  const startsAt = addHours(addDays(new Date(), -1), -4);
  const event = await makeEvent(db, {
    startsAt,
    endsAt: addHours(startsAt, 3),
    rounds: [{ number: 1, startsAt: addHours(startsAt, 1), endsAt: addHours(startsAt, 2), workshops: [{ number: 1, title: "Buurtverbinders" }, { number: 2, title: "Wijkwandeling" }] }],
    ...overrides,
  });
  const [round] = event.rounds;
  const [first, second] = round!.workshops;
  const make = (email: string, name: string, workshopId: number) =>
    db.registration.create({ data: { ...registrationData(event.id, email, { name, organisation: "Gemeente Utrecht" }), workshops: { create: [{ roundId: round!.id, workshopId }] } } });
  const noor = await make("noor@example.org", "Noor de Vries", first!.id);
  const bram = await make("bram@example.org", "Bram Jansen", second!.id);
  const absent = await make("sanne@example.org", "Sanne Visser", first!.id);
  for (const registration of [noor, bram]) await db.checkIn.create({ data: { registrationId: registration.id, eventId: event.id, byName: "Ontvangst" } });
  // Noor was seen in the other room than she chose.
  await db.roundPresence.create({ data: { registrationId: noor.id, roundId: round!.id, eventId: event.id, workshopId: second!.id, byName: "Zaal" } });
  return { event, noor, bram, absent, workshops: { first: first!, second: second! } };
}

async function answers(eventId: number, workshopId: number, grade: string, takeAway: string) {
  const questions = await evaluationQuestions(db, eventId);
  const byKind = (kind: string) => questions.filter((question) => question.kind === kind);
  return {
    [answerField(byKind("grade_1_10")[0]!.id)]: grade,
    [answerField(byKind("text")[0]!.id)]: takeAway,
    [answerField(byKind("workshop_grade")[0]!.id, workshopId)]: "9",
  };
}

describe("the follow-up mail", () => {
  it("goes to those present only, at the default moment, and never twice", async () => {
    const { event, noor, bram } = await endedEvent();
    await db.eventMaterial.create({ data: { eventId: event.id, title: "Opname van de talkshow", url: "https://video.example.org/talkshow" } });
    await db.eventMaterial.create({ data: { eventId: event.id, title: "Verslag", url: "https://wiki.example.org/Verslag_(2026)", position: 1 } });
    const due = followUpDueAt({ endsAt: event.endsAt, followUpAt: null });
    const dayAfter = new Date(due.getTime() + 60_000);
    // Before the next morning at 09:00 nothing goes.
    expect(await queueFollowUps(db, { baseUrl, now: new Date(due.getTime() - 60_000) })).toEqual([]);

    const [firstRun, secondRun] = await Promise.all([queueFollowUps(db, { baseUrl, now: dayAfter }), queueFollowUps(db, { baseUrl, now: dayAfter })]);
    const mailIds = [...firstRun, ...secondRun];
    expect(mailIds).toHaveLength(2);
    const mails = await db.outboxMessage.findMany({ where: { id: { in: mailIds } }, orderBy: { toEmail: "asc" } });
    expect(mails.map((mail) => [mail.toEmail, mail.kind])).toEqual([
      ["bram@example.org", "follow_up"],
      ["noor@example.org", "follow_up"],
    ]);
    const mail = mails.find((candidate) => candidate.registrationId === noor.id)!;
    expect(mail.text).toContain(`${baseUrl}/aanmelding/${noor.manageToken}/bewijs.pdf`);
    expect(mail.text).toContain(`${baseUrl}/aanmelding/${noor.manageToken}/evaluatie`);
    expect(mail.text).toContain("Opname van de talkshow: https://video.example.org/talkshow");
    expect(mail.html).toContain('<a href="https://video.example.org/talkshow">Opname van de talkshow</a>');
    // Brackets in an organiser's link do not break the Markdown link.
    expect(mail.html).toContain('<a href="https://wiki.example.org/Verslag_%282026%29">Verslag</a>');
    expect(mail.html).toContain(`href="${baseUrl}/aanmelding/${noor.manageToken}/evaluatie"`);
    expect(mail.html).toContain(`href="${baseUrl}/aanmelding/${noor.manageToken}/bewijs.pdf"`);
    expect(mail.subject).toBe(`Bedankt voor je komst: ${event.title}`);
    expect(mail.text).toContain("Beste Noor de Vries,");
    expect(mail.calendar).toBeNull();
    expect(mailKindLabel(mail.kind)).toBe("Na afloop");

    expect(await queueFollowUps(db, { baseUrl, now: addDays(dayAfter, 1) })).toEqual([]);
    expect(await db.outboxMessage.count({ where: { eventId: event.id, kind: "follow_up" } })).toBe(2);
    expect((await db.registration.findUniqueOrThrow({ where: { id: bram.id } })).followUpSentAt).not.toBeNull();
  });

  it("goes to nobody when the organiser switched it off, and again once switched on", async () => {
    const { event } = await endedEvent();
    const admin = await makeOrganiser(db);
    const actor = { id: admin.id, name: admin.name, email: admin.email, role: "redacteur" as const };
    const dayAfter = addHours(followUpDueAt({ endsAt: event.endsAt, followUpAt: null }), 1);
    const off = followUpFormSchema.parse({ followUpAt: "" });
    expect(off).toEqual({ followUpEnabled: false, followUpAt: null });
    expect(await setFollowUp(db, event.id, off, { actor })).toEqual({ kind: "done" });
    expect(await queueFollowUps(db, { baseUrl, now: dayAfter })).toEqual([]);
    expect(await db.auditEntry.findFirstOrThrow({ where: { eventId: event.id, action: "event.follow_up" } })).toMatchObject({ summary: "Mail na afloop uitgezet." });

    expect(await setFollowUp(db, event.id, followUpFormSchema.parse({ followUpEnabled: "on", followUpAt: "" }), { actor })).toEqual({ kind: "done" });
    expect(await queueFollowUps(db, { baseUrl, now: dayAfter })).toHaveLength(2);
  });

  it("waits for the organiser's moment when set", async () => {
    const { event } = await endedEvent();
    const later = addDays(new Date(), 2);
    await db.event.update({ where: { id: event.id }, data: { followUpAt: later } });
    expect(await queueFollowUps(db, { baseUrl })).toEqual([]);
    expect(await queueFollowUps(db, { baseUrl, now: addHours(later, 1) })).toHaveLength(2);
  });

  it("is written in the organiser's wording of the follow_up template, which cannot lose the two links", async () => {
    const { event, noor } = await endedEvent();
    const user = await makeOrganiser(db, { email: `org-${event.id}@example.org` });
    const actor = { id: user.id, name: user.name, email: user.email, role: "redacteur" as const };
    const scope = { eventId: event.id };
    const withoutLinks = await saveTemplate(db, "follow_up", scope, { subject: "Dank!", body: "Beste {{ naam }}, [evaluatie]({{ evaluatielink }})" }, actor);
    expect(withoutLinks.kind === "invalid" && withoutLinks.errors.body?.[0]).toContain("{{ bewijslink }}");
    const own = { subject: "Dank voor {{ evenement }}", body: "Hoi {{ naam }}!\n\n[Je bewijs]({{ bewijslink }}) en [de vragen]({{ evaluatielink }})." };
    expect((await saveTemplate(db, "follow_up", scope, own, actor)).kind).toBe("saved");

    const mailIds = await queueFollowUps(db, { baseUrl, now: addHours(followUpDueAt({ endsAt: event.endsAt, followUpAt: null }), 1) });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { id: { in: mailIds }, registrationId: noor.id } });
    expect(mail.kind).toBe("follow_up");
    expect(mail.subject).toBe(`Dank voor ${event.title}`);
    expect(mail.text).toContain("Hoi Noor de Vries!");
    expect(mail.text).toContain(`Je bewijs:\n${baseUrl}/aanmelding/${noor.manageToken}/bewijs.pdf`);
    expect(mail.html).toContain(`href="${baseUrl}/aanmelding/${noor.manageToken}/evaluatie"`);
  });
});

describe("answering the evaluation", () => {
  it("is refused to a no-show and before the end", async () => {
    const { absent } = await endedEvent();
    expect((await findEvaluation(db, absent.manageToken))?.access).toEqual({ kind: "refused", reason: "not_present" });
    const upcoming = await makeEvent(db);
    const registration = await db.registration.create({ data: registrationData(upcoming.id, "kim@example.org") });
    await db.checkIn.create({ data: { registrationId: registration.id, eventId: upcoming.id, byName: "Ontvangst" } });
    expect((await findEvaluation(db, registration.manageToken))?.access).toEqual({ kind: "refused", reason: "not_ended" });
    expect(await submitEvaluation(db, registration.manageToken, {})).toMatchObject({ kind: "refused" });
  });

  it("asks a grade for the workshop the person was seen in", async () => {
    const { noor, bram, workshops } = await endedEvent();
    expect((await findEvaluation(db, noor.manageToken))?.workshops.map((workshop) => workshop.id)).toEqual([workshops.second.id]);
    expect((await findEvaluation(db, bram.manageToken))?.workshops.map((workshop) => workshop.id)).toEqual([workshops.second.id]);
  });

  it("keeps one answer per registration when two submits race", async () => {
    const { event, noor, workshops } = await endedEvent();
    const form = await answers(event.id, workshops.second.id, "8", "De wijkwandeling");
    const outcomes = await Promise.all([submitEvaluation(db, noor.manageToken, form), submitEvaluation(db, noor.manageToken, form), submitEvaluation(db, noor.manageToken, form)]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["already_answered", "already_answered", "saved"]);
    expect(await db.evaluationResponse.count({ where: { registrationId: noor.id } })).toBe(1);
    expect((await findEvaluation(db, noor.manageToken))?.access).toEqual({ kind: "answered" });
  });
});

describe("the results", () => {
  it("carry no names, e-mail addresses or times when anonymous, in the data and in the CSV", async () => {
    const { event, noor, bram, workshops } = await endedEvent();
    await db.event.update({ where: { id: event.id }, data: { evaluationAnonymous: true } });
    await submitEvaluation(db, noor.manageToken, await answers(event.id, workshops.second.id, "8", "Meer tijd om te netwerken"));
    await submitEvaluation(db, bram.manageToken, await answers(event.id, workshops.second.id, "6", "Een goed gesprek"));
    const results = (await evaluationResults(db, event.id))!;
    expect(results.responses).toBe(2);
    expect(results.responseRate).toBe(100);
    expect(results.grades[0]).toMatchObject({ average: 7, count: 2 });
    expect(results.workshopGrades[0]?.workshops).toEqual([{ id: workshops.second.id, title: "Wijkwandeling", average: 9, count: 2 }]);
    const serialised = JSON.stringify(results, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
    const csv = evaluationCsv(results);
    for (const secret of ["Noor", "Bram", "noor@example.org", "bram@example.org", "Gemeente Utrecht"]) {
      expect(serialised).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
    expect(csv).toContain("Meer tijd om te netwerken");
    expect(csv.split("\r\n")[0]).not.toContain("Naam");
  });

  it("name the respondents when not anonymous", async () => {
    const { event, noor, workshops } = await endedEvent();
    await submitEvaluation(db, noor.manageToken, await answers(event.id, workshops.second.id, "8", "Meer tijd om te netwerken"));
    const results = (await evaluationResults(db, event.id))!;
    expect(results.texts[0]?.answers).toEqual([{ text: "Meer tijd om te netwerken", respondent: "Noor de Vries (Gemeente Utrecht)" }]);
    expect(evaluationCsv(results)).toContain("Noor de Vries;noor@example.org;Gemeente Utrecht");
    expect(results.responseRate).toBe(50);
  });
});
