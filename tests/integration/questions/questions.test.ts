import { addDays, addHours, addMilliseconds } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SubmittedQuestionStatus } from "@/lib/generated/prisma/enums";
import { eventDetailJson } from "@/lib/events/api-json";
import { findPublicEventWithQuestions } from "@/lib/events/queries";
import { approveQuestion, hideQuestion, mergeQuestion, setChosenForPanel } from "@/lib/questions/moderation";
import { findQuestionBoard, findVotingView, listQuestionsForModeration } from "@/lib/questions/queries";
import { castVote, withdrawVote } from "@/lib/questions/voting";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent, makeSymposium, registrationData } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 10);

function symposium(slug: string, overrides: Parameters<typeof makeSymposium>[1] = {}) {
  return makeSymposium(db, { slug, startsAt, ...overrides });
}

let people = 0;
/** A registration with a question, straight in the database: the token and the question's id. */
async function asks(eventId: number, text: string, { showName = false, name = "Deelnemer", status = "approved" }: { showName?: boolean; name?: string; status?: SubmittedQuestionStatus } = {}) {
  people += 1;
  const registration = await db.registration.create({
    data: { ...registrationData(eventId, `vrager${people}@example.org`, { name, attendanceMode: "online" }), submittedQuestions: { create: { text, showName, status } } },
    include: { submittedQuestions: true },
  });
  return { token: registration.manageToken, registrationId: registration.id, questionId: registration.submittedQuestions[0]!.id };
}

/** A registration without a question, to vote with. */
async function voter(eventId: number, overrides: Record<string, unknown> = {}) {
  people += 1;
  const registration = await db.registration.create({ data: registrationData(eventId, `stemmer${people}@example.org`, { attendanceMode: "online", ...overrides }) });
  return { token: registration.manageToken, registrationId: registration.id };
}

const votesOn = (questionId: number) => db.questionVote.count({ where: { questionId } });

describe("submitting a question with a registration", () => {
  it("stores it as a pending question of the event, in the same statement as the registration, with the name choice", async () => {
    const event = await symposium("vragen");
    const outcome = await registerForEvent(
      "vragen",
      { name: "Noor de Vries", email: "noor@example.org", consent: true, question: "  Hoe houden we de sociale basis overeind?  ", showNameWithQuestion: true },
      { baseUrl },
    );
    expect(outcome).toMatchObject({ kind: "registered", status: "confirmed" });
    if (outcome.kind !== "registered") return;
    const questions = await db.submittedQuestion.findMany({ where: { eventId: event.id } });
    expect(questions).toEqual([
      expect.objectContaining({ registrationId: outcome.registrationId, text: "Hoe houden we de sociale basis overeind?", showName: true, status: "pending", mergedIntoId: null, chosenForPanel: false }),
    ]);
    // Not on the page until the organiser approves it.
    expect(await findQuestionBoard(db, event.id)).toEqual([]);

    const anonymous = await registerForEvent("vragen", { name: "Bram Visser", email: "bram@example.org", consent: true, question: "Wie betaalt?" }, { baseUrl });
    expect(anonymous).toMatchObject({ kind: "registered" });
    expect(await db.submittedQuestion.findFirst({ where: { text: "Wie betaalt?" } })).toMatchObject({ showName: false });
  });

  it("stores nothing without a question, for an event that takes none, or when the registration is refused", async () => {
    const event = await symposium("geen-vraag", { capacityOnline: 1 });
    await registerForEvent("geen-vraag", { name: "Een", email: "een@example.org", consent: true, question: "   " }, { baseUrl });
    const full = await registerForEvent("geen-vraag", { name: "Twee", email: "twee@example.org", consent: true, question: "Mag ik nog?" }, { baseUrl });
    expect(full).toMatchObject({ kind: "refused", reason: "full" });
    await makeEvent(db, { slug: "cafe" });
    await registerForEvent("cafe", { name: "Drie", email: "drie@example.org", consent: true, question: "Iets?" }, { baseUrl });
    expect(await db.submittedQuestion.count()).toBe(0);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("keeps the last place exact under a rush of registrations with questions", async () => {
    const event = await symposium("druk", { capacityOnline: 5 });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        registerForEvent("druk", { name: `Deelnemer ${index}`, email: `d${index}@example.org`, consent: true, question: `Vraag ${index}` }, { baseUrl }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.kind === "registered")).toHaveLength(5);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(5);
    expect(await db.submittedQuestion.count({ where: { eventId: event.id } })).toBe(5);
  });
});

describe("moderating questions", () => {
  it("approves, hides and chooses for the panel, only within the event it is asked for", async () => {
    const event = await symposium("moderatie");
    const other = await symposium("andere");
    const { questionId } = await asks(event.id, "Wat doen we met de bezuinigingen?", { status: "pending" });
    expect(await approveQuestion(db, { eventId: other.id, questionId })).toEqual({ kind: "not_found" });
    expect(await findQuestionBoard(db, event.id)).toEqual([]);

    expect(await approveQuestion(db, { eventId: event.id, questionId })).toEqual({ kind: "done" });
    expect((await findQuestionBoard(db, event.id)).map((question) => question.text)).toEqual(["Wat doen we met de bezuinigingen?"]);

    expect(await setChosenForPanel(db, { eventId: event.id, questionId }, true)).toEqual({ kind: "done" });
    expect(await findQuestionBoard(db, event.id)).toMatchObject([{ chosenForPanel: true }]);
    expect(await setChosenForPanel(db, { eventId: event.id, questionId }, false)).toEqual({ kind: "done" });
    expect(await findQuestionBoard(db, event.id)).toMatchObject([{ chosenForPanel: false }]);
    expect(await setChosenForPanel(db, { eventId: other.id, questionId }, true)).toEqual({ kind: "not_found" });

    const organiser = await db.user.create({ data: { id: "organisator-1", name: "Olga Organisator", email: "olga@example.org" } });
    expect(await hideQuestion(db, { eventId: event.id, questionId }, { actor: organiser })).toEqual({ kind: "done" });
    expect(await findQuestionBoard(db, event.id)).toEqual([]);
    expect(await listQuestionsForModeration(db, event.id)).toMatchObject([{ id: questionId, status: "hidden", moderatedAt: expect.any(Date) }]);

    // Each change is in the audit log, written with it; refused ones are not.
    const log = await db.auditEntry.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } });
    expect(log.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["question.approve", "Systeem"],
      ["question.panel", "Systeem"],
      ["question.unpanel", "Systeem"],
      ["question.hide", "Olga Organisator"],
    ]);
    expect(log.at(-1)).toMatchObject({ actorId: "organisator-1", summary: `Vraag ${questionId} verborgen.` });
  });

  it("merges a question into another: votes move along without counting anyone twice", async () => {
    const event = await symposium("samenvoegen");
    const source = await asks(event.id, "Hoe betalen we de sociale basis?", { showName: true, name: "Chaima El Amrani" });
    const target = await asks(event.id, "Wie financiert de nulde lijn?");
    const [one, both, other] = [await voter(event.id), await voter(event.id), await voter(event.id)];
    for (const person of [one, both]) expect(await castVote(db, person.token, source.questionId)).toMatchObject({ kind: "done", eventIds: [event.id] });
    for (const person of [both, other]) expect(await castVote(db, person.token, target.questionId)).toMatchObject({ kind: "done", eventIds: [event.id] });
    await setChosenForPanel(db, { eventId: event.id, questionId: source.questionId }, true);

    expect(await mergeQuestion(db, { eventId: event.id, questionId: source.questionId, intoId: target.questionId })).toEqual({ kind: "done" });
    expect(await votesOn(source.questionId)).toBe(0);
    expect(await votesOn(target.questionId)).toBe(3);
    const board = await findQuestionBoard(db, event.id);
    expect(board).toEqual([
      {
        id: target.questionId,
        text: "Wie financiert de nulde lijn?",
        askedBy: null,
        votes: 3,
        chosenForPanel: true,
        alsoAsked: [{ id: source.questionId, text: "Hoe betalen we de sociale basis?", askedBy: "Chaima El Amrani" }],
      },
    ]);
    // The voter who had voted on both still has one vote, on the target, and cannot vote on it again.
    expect(await castVote(db, both.token, target.questionId)).toMatchObject({ kind: "refused", reason: "already_voted" });
    expect(await castVote(db, one.token, source.questionId)).toMatchObject({ kind: "refused", reason: "not_votable" });
  });

  it("moves earlier merges along, so no chain forms, and refuses merges that make no sense", async () => {
    const event = await symposium("ketens");
    const other = await symposium("ketens-elders");
    const [a, b, c] = [await asks(event.id, "Vraag A"), await asks(event.id, "Vraag B"), await asks(event.id, "Vraag C")];
    const elsewhere = await asks(other.id, "Vraag elders");
    const person = await voter(event.id);
    await castVote(db, person.token, a.questionId);
    await mergeQuestion(db, { eventId: event.id, questionId: a.questionId, intoId: b.questionId });
    await mergeQuestion(db, { eventId: event.id, questionId: b.questionId, intoId: c.questionId });
    const rows = await db.submittedQuestion.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" }, select: { id: true, mergedIntoId: true } });
    expect(rows).toEqual([
      { id: a.questionId, mergedIntoId: c.questionId },
      { id: b.questionId, mergedIntoId: c.questionId },
      { id: c.questionId, mergedIntoId: null },
    ]);
    expect(await votesOn(c.questionId)).toBe(1);
    expect((await findQuestionBoard(db, event.id))[0]?.alsoAsked.map((merged) => merged.text)).toEqual(["Vraag A", "Vraag B"]);

    const merge = (questionId: number, intoId: number) => mergeQuestion(db, { eventId: event.id, questionId, intoId });
    expect(await merge(c.questionId, c.questionId)).toMatchObject({ kind: "refused" });
    expect(await merge(c.questionId, a.questionId)).toMatchObject({ kind: "refused", message: expect.stringContaining("zelf al samengevoegd") });
    expect(await merge(a.questionId, c.questionId)).toMatchObject({ kind: "refused", message: "Deze vraag is al samengevoegd." });
    expect(await merge(c.questionId, elsewhere.questionId)).toMatchObject({ kind: "refused", message: expect.stringContaining("dezelfde bijeenkomst") });
    expect(await mergeQuestion(db, { eventId: other.id, questionId: c.questionId, intoId: elsewhere.questionId })).toEqual({ kind: "not_found" });
    expect(await setChosenForPanel(db, { eventId: event.id, questionId: a.questionId }, true)).toMatchObject({ kind: "refused" });
  });

  it("leaves no vote on a merged question when votes and the merge arrive at once", async () => {
    const event = await symposium("gelijktijdig");
    const source = await asks(event.id, "Bron");
    const target = await asks(event.id, "Doel");
    const voters = await Promise.all(Array.from({ length: 12 }, () => voter(event.id)));
    await Promise.all(voters.slice(0, 4).map((person) => castVote(db, person.token, target.questionId)));
    const outcomes = await Promise.all([
      ...voters.map((person) => castVote(db, person.token, source.questionId)),
      mergeQuestion(db, { eventId: event.id, questionId: source.questionId, intoId: target.questionId }),
    ]);
    expect(outcomes.at(-1)).toMatchObject({ kind: "done" });
    expect(await votesOn(source.questionId)).toBe(0);
    // Every vote that got in before the merge moved to the target, except those of the four who voted there
    // already; every vote after it was refused.
    const landedFromOthers = voters.slice(4).filter((_, index) => outcomes[index + 4]?.kind === "done").length;
    expect(await votesOn(target.questionId)).toBe(4 + landedFromOthers);
    for (const outcome of outcomes.slice(0, -1)) expect(outcome).toSatisfy((value: { kind: string; reason?: string }) => value.kind === "done" || value.reason === "not_votable");
  });
});

describe("voting", () => {
  it("counts one vote per registrant per question, lets them take it back, and shows it on their page", async () => {
    const event = await symposium("stemmen");
    const question = await asks(event.id, "Wat is de rol van het onderwijs?");
    const person = await voter(event.id);
    expect(await castVote(db, person.token, question.questionId)).toMatchObject({ kind: "done", eventIds: [event.id] });
    expect(await castVote(db, person.token, question.questionId)).toEqual({ kind: "refused", reason: "already_voted", message: "Je hebt al op deze vraag gestemd." });
    expect(await findQuestionBoard(db, event.id)).toMatchObject([{ votes: 1 }]);
    expect((await findVotingView(db, { id: person.registrationId, eventId: event.id })).votedOn).toEqual(new Set([question.questionId]));

    expect(await withdrawVote(db, person.token, question.questionId)).toMatchObject({ kind: "done", eventIds: [event.id] });
    expect(await withdrawVote(db, person.token, question.questionId)).toEqual({ kind: "done", mailIds: [], eventSlugs: [] });
    expect(await findQuestionBoard(db, event.id)).toMatchObject([{ votes: 0 }]);
    expect(await castVote(db, person.token, question.questionId)).toMatchObject({ kind: "done" });
    expect(await votesOn(question.questionId)).toBe(1);
  });

  it("stores a single vote when the same registrant votes many times at once (a double click)", async () => {
    const event = await symposium("dubbelklik");
    const question = await asks(event.id, "Dubbel?");
    const person = await voter(event.id);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => castVote(db, person.token, question.questionId)));
    expect(outcomes.filter((outcome) => outcome.kind === "done")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === "refused" && outcome.reason === "already_voted")).toHaveLength(9);
    expect(await votesOn(question.questionId)).toBe(1);
  });

  it("closes when the event starts, for voting and for taking a vote back", async () => {
    const event = await symposium("sluiting");
    const question = await asks(event.id, "Tot wanneer?");
    const person = await voter(event.id);
    const late = await voter(event.id);
    expect(await castVote(db, person.token, question.questionId, { now: addMilliseconds(startsAt, -1) })).toMatchObject({ kind: "done" });
    expect(await castVote(db, late.token, question.questionId, { now: startsAt })).toMatchObject({ kind: "refused", reason: "closed", message: "Stemmen is gesloten: de bijeenkomst is begonnen." });
    expect(await withdrawVote(db, person.token, question.questionId, { now: addHours(startsAt, 1) })).toMatchObject({ kind: "refused", reason: "closed" });
    expect(await votesOn(question.questionId)).toBe(1);
    // Without a given time the server's clock decides: an event that has started takes no votes.
    await db.event.update({ where: { id: event.id }, data: { startsAt: addHours(new Date(), -1), endsAt: addHours(new Date(), 1) } });
    expect(await castVote(db, late.token, question.questionId)).toMatchObject({ kind: "refused", reason: "closed" });
  });

  it("takes votes only from active registrations of the same event, only on approved questions, and stops counting cancelled ones", async () => {
    const event = await symposium("wie-stemt");
    const other = await symposium("wie-stemt-elders");
    const approved = await asks(event.id, "Goedgekeurd");
    const pending = await asks(event.id, "In behandeling", { status: "pending" });
    const hidden = await asks(event.id, "Verborgen", { status: "hidden" });
    const stranger = await voter(other.id);
    const cancelled = await voter(event.id, { status: "cancelled", activeEmail: null, cancelledAt: new Date() });
    const person = await voter(event.id);

    expect(await castVote(db, "onbekend-token-onbekend-token", approved.questionId)).toMatchObject({ reason: "not_found" });
    expect(await castVote(db, cancelled.token, approved.questionId)).toMatchObject({ reason: "not_found" });
    expect(await castVote(db, stranger.token, approved.questionId)).toMatchObject({ reason: "not_votable" });
    expect(await castVote(db, person.token, pending.questionId)).toMatchObject({ reason: "not_votable" });
    expect(await castVote(db, person.token, hidden.questionId)).toMatchObject({ reason: "not_votable" });
    expect(await castVote(db, person.token, 999_999)).toMatchObject({ reason: "not_votable" });

    expect(await castVote(db, person.token, approved.questionId)).toMatchObject({ kind: "done" });
    expect(await findQuestionBoard(db, event.id)).toMatchObject([{ votes: 1 }]);
    await db.registration.update({ where: { id: person.registrationId }, data: { status: "cancelled", activeEmail: null } });
    expect(await findQuestionBoard(db, event.id)).toMatchObject([{ votes: 0 }]);
  });
});

describe("showing questions", () => {
  it("lists approved questions by votes, names only where the asker agreed, merged ones folded in, in the page's data and the API", async () => {
    const event = await symposium("bord");
    const quiet = await asks(event.id, "Minder stemmen", { showName: false, name: "Geheim Persoon" });
    const popular = await asks(event.id, "Meeste stemmen", { showName: true, name: "Noor de Vries" });
    const hiddenMerged = await asks(event.id, "Samengevoegd maar verborgen", { showName: true, name: "Bram Visser" });
    await asks(event.id, "Nog niet bekeken", { status: "pending" });
    for (const _ of [1, 2]) await castVote(db, (await voter(event.id)).token, popular.questionId);
    await mergeQuestion(db, { eventId: event.id, questionId: hiddenMerged.questionId, intoId: quiet.questionId });
    await hideQuestion(db, { eventId: event.id, questionId: hiddenMerged.questionId });
    await setChosenForPanel(db, { eventId: event.id, questionId: quiet.questionId }, true);

    const found = await findPublicEventWithQuestions("bord");
    expect(found?.questions).toEqual([
      { id: popular.questionId, text: "Meeste stemmen", askedBy: "Noor de Vries", votes: 2, chosenForPanel: false, alsoAsked: [] },
      { id: quiet.questionId, text: "Minder stemmen", askedBy: null, votes: 0, chosenForPanel: true, alsoAsked: [] },
    ]);
    const json = eventDetailJson(found!.event, found!.taken, baseUrl, new Date(), found!.questions);
    expect(json.questions).toEqual([
      { id: popular.questionId, text: "Meeste stemmen", askedBy: "Noor de Vries", votes: 2, chosenForPanel: false },
      { id: quiet.questionId, text: "Minder stemmen", askedBy: null, votes: 0, chosenForPanel: true },
    ]);
    expect(JSON.stringify(json)).not.toContain("Geheim Persoon");

    await makeEvent(db, { slug: "zonder-vragen" });
    const plain = await findPublicEventWithQuestions("zonder-vragen");
    expect(eventDetailJson(plain!.event, plain!.taken, baseUrl, new Date(), plain!.questions)).not.toHaveProperty("questions");
  });
});
