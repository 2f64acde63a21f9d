import "server-only";
import type { AuditInput } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SubmittedQuestionStatus } from "@/lib/generated/prisma/enums";

// What the organiser does with submitted questions: approve, hide, merge into another question of the same
// event, and choose for the panel. Every function is scoped to one event in its `where`, so the caller's
// authorisation for that event covers exactly these rows, and writes its audit entry in the same
// transaction. The question's row lock orders a moderation against votes on it (lib/questions/voting.ts).

export type ModerationOutcome = { kind: "done" } | { kind: "refused"; message: string } | { kind: "not_found" };

type Target = { eventId: number; questionId: number };
type Options = { now?: Date; actor?: AuditInput["actor"] };

export async function approveQuestion(db: PrismaClient, target: Target, options: Options = {}): Promise<ModerationOutcome> {
  return setStatus(db, target, "approved", options);
}

/** Hidden questions leave the event page; a hidden question's merged ones go with it. */
export async function hideQuestion(db: PrismaClient, target: Target, options: Options = {}): Promise<ModerationOutcome> {
  return setStatus(db, target, "hidden", options);
}

const statusWords: Record<SubmittedQuestionStatus, string> = { approved: "goedgekeurd", hidden: "verborgen", pending: "terug naar te beoordelen" };

async function setStatus(db: PrismaClient, { eventId, questionId }: Target, status: SubmittedQuestionStatus, { now = new Date(), actor = null }: Options): Promise<ModerationOutcome> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.submittedQuestion.updateMany({ where: { id: questionId, eventId }, data: { status, moderatedAt: now } });
    if (count === 0) return { kind: "not_found" };
    await audit(tx, actor, eventId, `question.${status === "approved" ? "approve" : status === "hidden" ? "hide" : "reset"}`, `Vraag ${questionId} ${statusWords[status]}.`, { questionId });
    return { kind: "done" };
  });
}

/** Chosen for the panel: on or off. A merged question is represented by the one it was merged into. */
export async function setChosenForPanel(db: PrismaClient, { eventId, questionId }: Target, chosen: boolean, { now = new Date(), actor = null }: Options = {}): Promise<ModerationOutcome> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.submittedQuestion.updateMany({ where: { id: questionId, eventId, mergedIntoId: null }, data: { chosenForPanel: chosen, moderatedAt: now } });
    if (count === 0) {
      const exists = await tx.submittedQuestion.count({ where: { id: questionId, eventId } });
      return exists ? { kind: "refused", message: "Deze vraag is samengevoegd; kies de vraag waarin hij is opgegaan." } : { kind: "not_found" };
    }
    const summary = chosen ? `Vraag ${questionId} gekozen voor het panel.` : `Vraag ${questionId} niet meer voor het panel.`;
    await audit(tx, actor, eventId, chosen ? "question.panel" : "question.unpanel", summary, { questionId });
    return { kind: "done" };
  });
}

/**
 * Merges a question into another question of the same event. Its votes move to the target, except those of
 * registrants who already voted on the target (one vote each); questions merged into it earlier move along,
 * so a merge never leaves a chain; "chosen for the panel" goes over to the target.
 */
export async function mergeQuestion(db: PrismaClient, { eventId, questionId, intoId }: Target & { intoId: number }, { now = new Date(), actor = null }: Options = {}): Promise<ModerationOutcome> {
  if (questionId === intoId) return { kind: "refused", message: "Een vraag kan niet met zichzelf worden samengevoegd." };
  return db.$transaction(async (tx) => {
    const locked = await lockForMerge(tx, [questionId, intoId]);
    const source = locked.find((row) => row.id === questionId);
    const target = locked.find((row) => row.id === intoId);
    if (!source || source.eventId !== eventId) return { kind: "not_found" };
    if (!target || target.eventId !== eventId) return { kind: "refused", message: "Kies een vraag van dezelfde bijeenkomst om mee samen te voegen." };
    if (source.mergedIntoId !== null) return { kind: "refused", message: "Deze vraag is al samengevoegd." };
    if (target.mergedIntoId !== null) return { kind: "refused", message: "Die vraag is zelf al samengevoegd; kies de vraag waarin hij is opgegaan." };

    await tx.submittedQuestion.updateMany({ where: { mergedIntoId: questionId }, data: { mergedIntoId: intoId } });
    await tx.$executeRaw`
      INSERT INTO "QuestionVote" ("questionId", "registrationId", "createdAt")
      SELECT ${intoId}, "registrationId", "createdAt" FROM "QuestionVote" WHERE "questionId" = ${questionId}
      ON CONFLICT DO NOTHING`;
    await tx.questionVote.deleteMany({ where: { questionId } });
    await tx.submittedQuestion.update({ where: { id: questionId }, data: { mergedIntoId: intoId, chosenForPanel: false, moderatedAt: now } });
    if (source.chosenForPanel) await tx.submittedQuestion.update({ where: { id: intoId }, data: { chosenForPanel: true, moderatedAt: now } });
    await audit(tx, actor, eventId, "question.merge", `Vraag ${questionId} samengevoegd met vraag ${intoId}.`, { questionId, intoId });
    return { kind: "done" };
  });
}

/** Both rows FOR UPDATE, in id order, so two merges of the same pair cannot deadlock. */
async function lockForMerge(tx: Prisma.TransactionClient, ids: number[]) {
  return tx.$queryRaw<{ id: number; eventId: number; mergedIntoId: number | null; chosenForPanel: boolean }[]>`
    SELECT id, "eventId", "mergedIntoId", "chosenForPanel" FROM "SubmittedQuestion"
    WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

function audit(tx: Prisma.TransactionClient, actor: AuditInput["actor"], eventId: number, action: string, summary: string, details: { questionId: number; intoId?: number }) {
  return recordAudit(tx, { actor, eventId, action, summary, details });
}
