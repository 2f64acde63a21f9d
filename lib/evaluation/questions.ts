import "server-only";
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine } from "@/lib/forms/plain-text";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_EVALUATION_QUESTIONS, MAX_QUESTION_LABEL, byPosition, evaluationKindLabels, type EvaluationQuestionDef } from "@/lib/evaluation/rules";

// An event's evaluation questions: the default set to start from, and the organiser's changes to it.

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The event's questions; an event without any gets the default set first. Idempotent under concurrency:
 * an advisory lock per event makes two first visitors write the defaults once.
 */
export async function evaluationQuestions(db: PrismaClient, eventId: number): Promise<EvaluationQuestionDef[]> {
  const found = await db.evaluationQuestion.findMany({ where: { eventId } });
  if (found.length > 0) return found.sort(byPosition);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('evaluation-questions'), ${eventId})`;
    const again = await tx.evaluationQuestion.findMany({ where: { eventId } });
    if (again.length > 0) return again.sort(byPosition);
    await tx.evaluationQuestion.createMany({ data: DEFAULT_EVALUATION_QUESTIONS.map((question, position) => ({ ...question, eventId, position })) });
    return (await tx.evaluationQuestion.findMany({ where: { eventId } })).sort(byPosition);
  });
}

const label = z
  .string()
  .trim()
  .min(1, "Vul de vraag in.")
  .max(MAX_QUESTION_LABEL, `De vraag mag ${MAX_QUESTION_LABEL} tekens zijn.`)
  .refine(isPlainLine, CONTROL_CHARACTER_MESSAGE);

/** The editor's form: one schema for add, save, move and delete (the pressed button's intent says which). */
export const evaluationQuestionFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), kind: z.enum(["grade_1_10", "text", "workshop_grade"], { error: "Kies het soort vraag." }), label, required: z.literal("on").optional() }),
  z.object({ intent: z.literal("save"), questionId: z.coerce.number().int().positive(), label, required: z.literal("on").optional() }),
  z.object({ intent: z.enum(["up", "down", "delete"]), questionId: z.coerce.number().int().positive() }),
]);
export type EvaluationQuestionForm = z.infer<typeof evaluationQuestionFormSchema>;

export const evaluationSettingsSchema = z.object({ anonymous: z.literal("on").optional() });

export type QuestionEditOutcome = { kind: "done"; message: string } | { kind: "not_found" } | { kind: "refused"; message: string; field?: string };

export async function editEvaluationQuestion(db: PrismaClient, eventId: number, input: EvaluationQuestionForm, { actor }: { actor: AdminUser }): Promise<QuestionEditOutcome> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('evaluation-questions'), ${eventId})`;
    const questions = (await tx.evaluationQuestion.findMany({ where: { eventId }, include: { _count: { select: { answers: true } } } })).sort(byPosition);
    const audit = (summary: string) => recordAudit(tx, { actor, eventId, action: "evaluation.question", summary });
    if (input.intent === "add") {
      if (input.kind === "workshop_grade" && questions.some((question) => question.kind === "workshop_grade"))
        return { kind: "refused", message: "Er is al een vraag met een cijfer per workshop.", field: "kind" };
      const position = (questions.at(-1)?.position ?? -1) + 1;
      await tx.evaluationQuestion.create({ data: { eventId, kind: input.kind, label: input.label, required: input.required === "on", position } });
      await audit(`Evaluatievraag toegevoegd (${evaluationKindLabels[input.kind].toLowerCase()}): ${input.label}`);
      return { kind: "done", message: "De vraag is toegevoegd." };
    }
    const index = questions.findIndex((question) => question.id === input.questionId);
    const question = questions[index];
    if (!question) return { kind: "not_found" };
    if (input.intent === "save") {
      await tx.evaluationQuestion.update({ where: { id: question.id }, data: { label: input.label, required: input.required === "on" } });
      await audit(`Evaluatievraag gewijzigd: ${input.label}`);
      return { kind: "done", message: "De vraag is opgeslagen." };
    }
    if (input.intent === "delete") {
      if (question._count.answers > 0) return { kind: "refused", message: "Deze vraag is al beantwoord en kan niet meer weg; pas eventueel de tekst aan." };
      await tx.evaluationQuestion.delete({ where: { id: question.id } });
      await audit(`Evaluatievraag verwijderd: ${question.label}`);
      return { kind: "done", message: "De vraag is verwijderd." };
    }
    const other = questions[input.intent === "up" ? index - 1 : index + 1];
    if (!other) return { kind: "done", message: "De vraag staat al bovenaan of onderaan." };
    // Renumber the whole list so equal positions cannot make a move a no-op.
    const order = questions.map((row) => row.id);
    order[index] = other.id;
    order[questions.indexOf(other)] = question.id;
    for (const [position, id] of order.entries()) await tx.evaluationQuestion.update({ where: { id }, data: { position } });
    return { kind: "done", message: "De volgorde is aangepast." };
  });
}

/**
 * Anonymity is a promise to the respondents (the form says so): it can be switched on at any time, and off
 * only while nobody has answered.
 */
export async function setEvaluationAnonymous(
  db: PrismaClient,
  eventId: number,
  anonymous: boolean,
  { actor }: { actor: AdminUser },
): Promise<{ kind: "done" } | { kind: "not_found" } | { kind: "refused"; message: string }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { evaluationAnonymous: true, _count: { select: { evaluationResponses: true } } } });
    if (!event) return { kind: "not_found" };
    if (event.evaluationAnonymous && !anonymous && event._count.evaluationResponses > 0)
      return { kind: "refused", message: "Er zijn al anonieme antwoorden gegeven; die blijven anoniem." };
    await tx.event.update({ where: { id: eventId }, data: { evaluationAnonymous: anonymous } });
    await recordAudit(tx, { actor, eventId, action: "evaluation.settings", summary: anonymous ? "Evaluatie anoniem gemaakt in de resultaten." : "Evaluatie met namen in de resultaten." });
    return { kind: "done" };
  });
}

export async function findEvaluationEvent(db: Client, eventId: number) {
  return db.event.findUnique({
    where: { id: eventId },
    select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, status: true, evaluationAnonymous: true, followUpAt: true },
  });
}
