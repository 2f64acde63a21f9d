import { addMinutes } from "date-fns";
import { describe, expect, it } from "vitest";
import { questionBoard, voteRefusal, votesLabel, votingOpen, withdrawRefusal, type BoardSource } from "@/lib/questions/rules";
import { voteFormSchema } from "@/lib/questions/schema";
import { checkAgainstEvent } from "@/lib/registration/rules";
import { registrationInputFromForm, registrationInputSchema } from "@/lib/registration/schema";

const startsAt = new Date("2026-07-10T08:00:00Z");
const event = { status: "published" as const, startsAt, acceptsQuestions: true };
const voter = { id: 1, eventId: 7, status: "confirmed" as const };
const question = { eventId: 7, status: "approved" as const, mergedIntoId: null, event };
const before = addMinutes(startsAt, -1);

describe("who may vote on what, until when", () => {
  it("lets an active registrant vote on an approved question of their event until it starts", () => {
    expect(voteRefusal(voter, question, before)).toBeNull();
    expect(voteRefusal({ ...voter, status: "waitlisted" }, question, before)).toBeNull();
    expect(voteRefusal(voter, question, startsAt)).toBe("closed");
    expect(votingOpen(event, before)).toBe(true);
    expect(votingOpen(event, startsAt)).toBe(false);
  });

  it("refuses cancelled registrations, other events, unapproved or merged questions, and events that are not on", () => {
    expect(voteRefusal(null, question, before)).toBe("not_found");
    expect(voteRefusal({ ...voter, status: "cancelled" }, question, before)).toBe("not_found");
    expect(voteRefusal({ ...voter, status: "rejected" }, question, before)).toBe("not_found");
    expect(voteRefusal(voter, null, before)).toBe("not_votable");
    expect(voteRefusal(voter, { ...question, eventId: 8 }, before)).toBe("not_votable");
    expect(voteRefusal(voter, { ...question, status: "pending" }, before)).toBe("not_votable");
    expect(voteRefusal(voter, { ...question, status: "hidden" }, before)).toBe("not_votable");
    expect(voteRefusal(voter, { ...question, mergedIntoId: 3 }, before)).toBe("not_votable");
    expect(voteRefusal(voter, { ...question, event: { ...event, status: "cancelled" } }, before)).toBe("closed");
    expect(voteRefusal(voter, { ...question, event: { ...event, acceptsQuestions: false } }, before)).toBe("closed");
  });

  it("closes taking a vote back at the same moment", () => {
    expect(withdrawRefusal(voter, event, before)).toBeNull();
    expect(withdrawRefusal(voter, event, startsAt)).toBe("closed");
    expect(withdrawRefusal({ ...voter, status: "cancelled" }, event, before)).toBe("not_found");
  });
});

describe("the question board", () => {
  const source = (overrides: Partial<BoardSource>): BoardSource => ({ id: 1, text: "Vraag", showName: false, askerName: "Noor", votes: 0, chosenForPanel: false, merged: [], ...overrides });

  it("orders by votes then by age, shows names only where agreed, and folds in merged questions that are not hidden", () => {
    const board = questionBoard([
      source({ id: 1, text: "Oud", votes: 2 }),
      source({ id: 2, text: "Populair", votes: 5, showName: true, askerName: "Noor de Vries", chosenForPanel: true }),
      source({
        id: 3,
        text: "Ook 2",
        votes: 2,
        merged: [
          { id: 9, text: "Verborgen", showName: true, askerName: "X", status: "hidden" },
          { id: 5, text: "Samengevoegd", showName: true, askerName: "Bram", status: "pending" },
          { id: 4, text: "Anoniem", showName: false, askerName: "Geheim", status: "approved" },
        ],
      }),
    ]);
    expect(board.map((question) => question.id)).toEqual([2, 1, 3]);
    expect(board[0]).toMatchObject({ askedBy: "Noor de Vries", chosenForPanel: true });
    expect(board[1]?.askedBy).toBeNull();
    expect(board[2]?.alsoAsked).toEqual([
      { id: 4, text: "Anoniem", askedBy: null },
      { id: 5, text: "Samengevoegd", askedBy: "Bram" },
    ]);
  });

  it("says votes in Dutch", () => {
    expect(votesLabel(0)).toBe("0 stemmen");
    expect(votesLabel(1)).toBe("1 stem");
    expect(votesLabel(12)).toBe("12 stemmen");
  });
});

describe("forms", () => {
  it("reads the name checkbox from the registration form, off unless ticked", () => {
    const form = new FormData();
    form.set("question", "Hoe verder?");
    expect(registrationInputSchema.parse({ ...registrationInputFromForm(form), name: "Noor", email: "noor@example.org", consent: true }).showNameWithQuestion).toBe(false);
    form.set("showNameWithQuestion", "on");
    expect(registrationInputFromForm(form).showNameWithQuestion).toBe(true);
  });

  it("keeps the name choice only with a question for an event that takes questions", () => {
    const event = { attendanceMode: "online" as const, registersTeams: false, acceptsQuestions: true, lunchProvided: false, rounds: [], questions: [] };
    const input = { workshops: {}, answers: {}, showNameWithQuestion: true };
    expect(checkAgainstEvent({ ...input, question: "Vraag" }, event)).toMatchObject({ ok: true, value: { question: "Vraag", showNameWithQuestion: true } });
    expect(checkAgainstEvent(input, event)).toMatchObject({ ok: true, value: { showNameWithQuestion: false } });
    expect(checkAgainstEvent({ ...input, question: "Vraag" }, { ...event, acceptsQuestions: false })).toMatchObject({ ok: true, value: { question: undefined, showNameWithQuestion: false } });
  });

  it("validates the vote form", () => {
    expect(voteFormSchema.parse({ questionId: "12", intent: "vote" })).toEqual({ questionId: 12, intent: "vote" });
    expect(voteFormSchema.safeParse({ questionId: "x", intent: "vote" }).success).toBe(false);
    expect(voteFormSchema.safeParse({ questionId: "3", intent: "twice" }).success).toBe(false);
  });
});
