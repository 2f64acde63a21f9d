import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SubmittedQuestionStatus } from "@/lib/generated/prisma/enums";
import { questionBoard, VOTING_STATUSES, type BoardQuestion } from "@/lib/questions/rules";

// Read models of submitted questions: the public board (event page, JSON API), what one registrant sees on
// their manage page, and the organiser's moderation list. Votes count only while their registration is active.

const countedVotes = { votes: { where: { registration: { status: { in: [...VOTING_STATUSES] } } } } } satisfies Prisma.SubmittedQuestionCountOutputTypeSelect;
const asker = { select: { name: true } } satisfies Prisma.RegistrationDefaultArgs;

/** Approved questions of an event with their votes, merged questions folded in. */
export async function findQuestionBoard(db: PrismaClient, eventId: number): Promise<BoardQuestion[]> {
  const roots = await db.submittedQuestion.findMany({
    where: { eventId, status: "approved", mergedIntoId: null },
    select: {
      id: true,
      text: true,
      showName: true,
      chosenForPanel: true,
      registration: asker,
      _count: { select: countedVotes },
      merged: { select: { id: true, text: true, showName: true, status: true, registration: asker } },
    },
  });
  return questionBoard(
    roots.map((root) => ({
      id: root.id,
      text: root.text,
      showName: root.showName,
      askerName: root.registration.name,
      chosenForPanel: root.chosenForPanel,
      votes: root._count.votes,
      merged: root.merged.map((merged) => ({ id: merged.id, text: merged.text, showName: merged.showName, askerName: merged.registration.name, status: merged.status })),
    })),
  );
}

export type OwnQuestion = { id: number; text: string; showName: boolean; status: SubmittedQuestionStatus; merged: boolean };

/** For the manage page: the board, which of its questions this registration voted on, and its own questions. */
export async function findVotingView(db: PrismaClient, registration: { id: number; eventId: number }) {
  const [board, votes, own] = await Promise.all([
    findQuestionBoard(db, registration.eventId),
    db.questionVote.findMany({ where: { registrationId: registration.id }, select: { questionId: true } }),
    db.submittedQuestion.findMany({
      where: { registrationId: registration.id },
      orderBy: { id: "asc" },
      select: { id: true, text: true, showName: true, status: true, mergedIntoId: true },
    }),
  ]);
  return {
    board,
    votedOn: new Set(votes.map((vote) => vote.questionId)),
    own: own.map(({ mergedIntoId, ...question }): OwnQuestion => ({ ...question, merged: mergedIntoId !== null })),
  };
}

/** For the organiser: every question of the event, oldest first, with its asker, votes and merge target. */
export async function listQuestionsForModeration(db: PrismaClient, eventId: number) {
  const rows = await db.submittedQuestion.findMany({
    where: { eventId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      text: true,
      showName: true,
      status: true,
      mergedIntoId: true,
      chosenForPanel: true,
      createdAt: true,
      moderatedAt: true,
      registration: { select: { name: true, email: true, organisation: true, status: true } },
      _count: { select: countedVotes },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, votes: _count.votes }));
}

export type ModerationQuestion = Awaited<ReturnType<typeof listQuestionsForModeration>>[number];

/** The event a moderation screen is about, drafts included; null when there is none. */
export async function findModerationEvent(db: PrismaClient, eventId: number) {
  return db.event.findUnique({ where: { id: eventId }, select: { id: true, slug: true, title: true, acceptsQuestions: true, startsAt: true, endsAt: true, status: true } });
}
