import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { evaluationQuestions } from "@/lib/evaluation/questions";
import { evaluationAccess, parseEvaluationAnswers, type EvaluationAccess, type EvaluationQuestionDef } from "@/lib/evaluation/rules";

// The public evaluation form behind the manage token: who may answer, and storing one answer per
// registration (the unique key on registrationId decides, not a read before the write).

export type EvaluationWorkshop = { id: number; title: string; roundName: string };

export type EvaluationView = {
  registration: { id: number; name: string; token: string };
  event: { id: number; slug: string; title: string; startsAt: Date; endsAt: Date; anonymous: boolean };
  access: EvaluationAccess;
  questions: EvaluationQuestionDef[];
  /** The workshops to grade: those the person was seen in (presence per round), else those they chose. */
  workshops: EvaluationWorkshop[];
};

export async function findEvaluation(db: PrismaClient, token: string, now = new Date()): Promise<EvaluationView | null> {
  const registration = await db.registration.findUnique({
    where: { manageToken: token },
    select: {
      id: true,
      name: true,
      status: true,
      checkIn: { select: { at: true } },
      evaluationResponse: { select: { id: true } },
      roundPresences: { select: { roundId: true, workshop: { select: { id: true, title: true, number: true } } } },
      workshops: { select: { roundId: true, workshop: { select: { id: true, title: true, number: true } } } },
      event: { select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, status: true, evaluationAnonymous: true, rounds: { select: { id: true, number: true, startsAt: true, kind: true, title: true } } } },
    },
  });
  if (!registration) return null;
  const { event } = registration;
  const access = evaluationAccess(
    { eventStatus: event.status, endsAt: event.endsAt, registrationStatus: registration.status, present: registration.checkIn !== null, answered: registration.evaluationResponse !== null },
    now,
  );
  const questions = access.kind === "open" ? await evaluationQuestions(db, event.id) : [];
  return {
    registration: { id: registration.id, name: registration.name, token },
    event: { id: event.id, slug: event.slug, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, anonymous: event.evaluationAnonymous },
    access,
    questions,
    workshops: attendedWorkshops(event.rounds, registration.roundPresences, registration.workshops),
  };
}

type RoundRef = { id: number; number: number; startsAt: Date; kind: "workshops" | "activities"; title: string | null };
type Attended = { roundId: number; workshop: { id: number; title: string; number: number } };

/** Per round: where presence was recorded, that workshop; otherwise the workshop chosen at registration. */
export function attendedWorkshops(rounds: RoundRef[], presences: Attended[], choices: Attended[]): EvaluationWorkshop[] {
  const sorted = [...rounds].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.number - b.number);
  const result: EvaluationWorkshop[] = [];
  let workshopRounds = 0;
  for (const round of sorted) {
    const name = round.kind === "activities" ? (round.title ?? "Activiteiten") : `Ronde ${++workshopRounds}`;
    const seen = presences.find((presence) => presence.roundId === round.id) ?? choices.find((choice) => choice.roundId === round.id);
    if (seen) result.push({ id: seen.workshop.id, title: seen.workshop.title, roundName: name });
  }
  return result;
}

export type SubmitOutcome =
  | { kind: "saved" }
  | { kind: "already_answered" }
  | { kind: "refused"; access: EvaluationAccess }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "not_found" };

export async function submitEvaluation(db: PrismaClient, token: string, form: Record<string, string | undefined>, now = new Date()): Promise<SubmitOutcome> {
  const view = await findEvaluation(db, token, now);
  if (!view) return { kind: "not_found" };
  if (view.access.kind === "answered") return { kind: "already_answered" };
  if (view.access.kind !== "open") return { kind: "refused", access: view.access };
  const parsed = parseEvaluationAnswers(view.questions, view.workshops, form);
  if (!parsed.ok) return { kind: "invalid", fieldErrors: parsed.fieldErrors };
  try {
    await db.evaluationResponse.create({
      data: { eventId: view.event.id, registrationId: view.registration.id, answers: { create: parsed.answers } },
    });
  } catch (error) {
    // A second submit (another tab, a double click, a retry) lost the race to the unique key.
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") return { kind: "already_answered" };
    throw error;
  }
  return { kind: "saved" };
}
