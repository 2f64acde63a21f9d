import type { EventStatus, RegistrationStatus, SubmittedQuestionStatus } from "@/lib/generated/prisma/enums";

// The rules of submitted questions as plain functions: who may vote on what and until when, and how the
// event page shows approved questions with the ones merged into them.

/** Registrations whose holder may vote, and whose votes count: every one that is still active. */
export const VOTING_STATUSES = ["confirmed", "waitlisted", "pending"] as const satisfies readonly RegistrationStatus[];

export type VoteRefusal = "not_found" | "closed" | "not_votable" | "already_voted";

export const voteRefusalMessages: Record<VoteRefusal, string> = {
  not_found: "Deze aanmelding bestaat niet (meer) of is geannuleerd; stemmen kan alleen met een actieve aanmelding.",
  closed: "Stemmen is gesloten: de bijeenkomst is begonnen.",
  not_votable: "Op deze vraag kun je niet (meer) stemmen.",
  already_voted: "Je hebt al op deze vraag gestemd.",
};

export type Voter = { id: number; eventId: number; status: RegistrationStatus };
export type VotedQuestion = {
  eventId: number;
  status: SubmittedQuestionStatus;
  mergedIntoId: number | null;
  event: { status: EventStatus; startsAt: Date; acceptsQuestions: boolean };
};

/** Voting is open until the event starts, for a published event that takes questions. */
export function votingOpen(event: VotedQuestion["event"], now: Date): boolean {
  return event.status === "published" && event.acceptsQuestions && now < event.startsAt;
}

/** Why this registration may not vote on this question now, or null when it may. */
export function voteRefusal(voter: Voter | null, question: VotedQuestion | null, now: Date): Exclude<VoteRefusal, "already_voted"> | null {
  if (!voter || !(VOTING_STATUSES as readonly string[]).includes(voter.status)) return "not_found";
  if (!question || question.eventId !== voter.eventId) return "not_votable";
  if (!votingOpen(question.event, now)) return "closed";
  if (question.status !== "approved" || question.mergedIntoId !== null) return "not_votable";
  return null;
}

/** Why the registrant may not withdraw a vote now, or null. Withdrawing closes with voting. */
export function withdrawRefusal(voter: Voter | null, event: VotedQuestion["event"] | null, now: Date): "not_found" | "closed" | null {
  if (!voter || !(VOTING_STATUSES as readonly string[]).includes(voter.status) || !event) return "not_found";
  if (!votingOpen(event, now)) return "closed";
  return null;
}

export type AskedQuestion = { id: number; text: string; showName: boolean; askerName: string };

/** The asker's name only where they agreed to show it. */
export function askedBy(question: Pick<AskedQuestion, "showName" | "askerName">): string | null {
  return question.showName ? question.askerName : null;
}

export type BoardQuestion = {
  id: number;
  text: string;
  askedBy: string | null;
  votes: number;
  chosenForPanel: boolean;
  /** Questions merged into this one, shown folded under it. */
  alsoAsked: { id: number; text: string; askedBy: string | null }[];
};

export type BoardSource = AskedQuestion & {
  votes: number;
  chosenForPanel: boolean;
  merged: (AskedQuestion & { status: SubmittedQuestionStatus })[];
};

/**
 * The event page's list: approved questions that were not merged away, most votes first (ties: first asked
 * first), each with the questions merged into it that the organiser did not hide.
 */
export function questionBoard(approvedRoots: BoardSource[]): BoardQuestion[] {
  return approvedRoots
    .map((question) => ({
      id: question.id,
      text: question.text,
      askedBy: askedBy(question),
      votes: question.votes,
      chosenForPanel: question.chosenForPanel,
      alsoAsked: question.merged
        .filter((merged) => merged.status !== "hidden")
        .sort((a, b) => a.id - b.id)
        .map((merged) => ({ id: merged.id, text: merged.text, askedBy: askedBy(merged) })),
    }))
    .sort((a, b) => b.votes - a.votes || a.id - b.id);
}

/** "1 stem", "12 stemmen". */
export function votesLabel(votes: number): string {
  return votes === 1 ? "1 stem" : `${votes} stemmen`;
}
