import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Effects } from "@/lib/effects";
import type { EventStatus, SubmittedQuestionStatus } from "@/lib/generated/prisma/enums";
import { voteRefusal, voteRefusalMessages, withdrawRefusal, type VoteRefusal } from "@/lib/questions/rules";

// A registrant votes on an approved question through their manage link, once per question (the vote's
// primary key), until the event starts. The question's row is read FOR SHARE, so a vote and a merge or
// hide of that question run one after the other: no vote lands on a question that was just merged away.

// A vote changes the counts on the event's public page: the outcome reports the event for afterCommit.
export type VoteOutcome = ({ kind: "done" } & Effects) | { kind: "refused"; reason: VoteRefusal; message: string };

const counted = (eventId: number): VoteOutcome => ({ kind: "done", mailIds: [], eventSlugs: [], eventIds: [eventId] });

type Options = { now?: Date };

export async function castVote(db: PrismaClient, token: string, questionId: number, { now = new Date() }: Options = {}): Promise<VoteOutcome> {
  return db.$transaction(async (tx) => {
    const voter = await tx.registration.findUnique({ where: { manageToken: token }, select: { id: true, eventId: true, status: true } });
    const question = voter ? await lockQuestion(tx, questionId) : null;
    const refusal = voteRefusal(voter, question, now);
    if (refusal || !voter) return refused(refusal ?? "not_found");
    // A double click sends two of these at once: the key lets one in, the other inserts nothing.
    const inserted = await tx.$executeRaw`
      INSERT INTO "QuestionVote" ("questionId", "registrationId", "createdAt") VALUES (${questionId}, ${voter.id}, ${now})
      ON CONFLICT DO NOTHING`;
    return inserted === 1 ? counted(voter.eventId) : refused("already_voted");
  });
}

/** Takes back a vote; doing it twice is harmless. Closes with voting, when the event starts. */
export async function withdrawVote(db: PrismaClient, token: string, questionId: number, { now = new Date() }: Options = {}): Promise<VoteOutcome> {
  const voter = await db.registration.findUnique({
    where: { manageToken: token },
    select: { id: true, eventId: true, status: true, event: { select: { status: true, startsAt: true, acceptsQuestions: true } } },
  });
  const refusal = withdrawRefusal(voter, voter?.event ?? null, now);
  if (refusal || !voter) return refused(refusal ?? "not_found");
  const { count } = await db.questionVote.deleteMany({ where: { questionId, registrationId: voter.id } });
  return count > 0 ? counted(voter.eventId) : { kind: "done", mailIds: [], eventSlugs: [] };
}

type LockedQuestion = {
  eventId: number;
  status: SubmittedQuestionStatus;
  mergedIntoId: number | null;
  event: { status: EventStatus; startsAt: Date; acceptsQuestions: boolean };
};

async function lockQuestion(tx: Prisma.TransactionClient, questionId: number): Promise<LockedQuestion | null> {
  const rows = await tx.$queryRaw<{ eventId: number; status: SubmittedQuestionStatus; mergedIntoId: number | null; eventStatus: EventStatus; startsAt: Date; acceptsQuestions: boolean }[]>`
    SELECT q."eventId", q.status, q."mergedIntoId", e.status AS "eventStatus", e."startsAt", e."acceptsQuestions"
    FROM "SubmittedQuestion" q JOIN "Event" e ON e.id = q."eventId"
    WHERE q.id = ${questionId}
    FOR SHARE OF q`;
  const row = rows[0];
  if (!row) return null;
  return {
    eventId: row.eventId,
    status: row.status,
    mergedIntoId: row.mergedIntoId,
    event: { status: row.eventStatus, startsAt: row.startsAt, acceptsQuestions: row.acceptsQuestions },
  };
}

function refused(reason: VoteRefusal): VoteOutcome {
  return { kind: "refused", reason, message: voteRefusalMessages[reason] };
}
