import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { evaluationQuestions } from "@/lib/evaluation/questions";
import { averageGrade, byPosition, gradeDistribution, percentage, respondentLabel, type EvaluationQuestionDef } from "@/lib/evaluation/rules";

// What the organiser sees of an evaluation: per question the distribution or the texts, per workshop the
// average, and how many of those present answered. When the event's evaluation is anonymous, no name,
// e-mail address or time of answering leaves this module: the results carry none, and texts are sorted by
// their content so their order says nothing about who answered when.

export type GradeResult = { question: EvaluationQuestionDef; distribution: number[]; average: number | null; count: number };
export type TextResult = { question: EvaluationQuestionDef; answers: { text: string; respondent: string | null }[] };
export type WorkshopResult = { question: EvaluationQuestionDef; workshops: { id: number; title: string; average: number | null; count: number }[] };

export type EvaluationResults = {
  event: { id: number; slug: string; title: string; startsAt: Date; endsAt: Date; anonymous: boolean };
  present: number;
  responses: number;
  responseRate: number | null;
  grades: GradeResult[];
  texts: TextResult[];
  workshopGrades: WorkshopResult[];
  /** In question order, for the page to show each where it belongs. */
  order: { kind: "grade" | "text" | "workshop"; index: number }[];
  /** One row per response, for the CSV: without names when anonymous. */
  rows: { respondent: { name: string; email: string; organisation: string | null; answeredAt: Date } | null; answers: Map<string, string> }[];
  columns: { key: string; label: string }[];
};

export async function evaluationResults(db: PrismaClient, eventId: number): Promise<EvaluationResults | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, evaluationAnonymous: true, _count: { select: { checkIns: true } } },
  });
  if (!event) return null;
  const anonymous = event.evaluationAnonymous;
  const questions = (await evaluationQuestions(db, eventId)).sort(byPosition);
  const responses = await db.evaluationResponse.findMany({
    where: { eventId },
    orderBy: { id: "asc" },
    select: {
      createdAt: true,
      registration: { select: { name: true, email: true, organisation: true } },
      answers: { select: { questionId: true, workshopId: true, grade: true, text: true } },
    },
  });
  const workshops = await db.workshop.findMany({
    where: { round: { eventId } },
    select: { id: true, title: true, number: true, round: { select: { startsAt: true, number: true } } },
  });
  workshops.sort((a, b) => a.round.startsAt.getTime() - b.round.startsAt.getTime() || a.round.number - b.round.number || a.number - b.number);
  const answers = responses.flatMap((response) => response.answers.map((answer) => ({ ...answer, registration: response.registration })));

  const grades: GradeResult[] = [];
  const texts: TextResult[] = [];
  const workshopGrades: WorkshopResult[] = [];
  const order: EvaluationResults["order"] = [];
  const columns: EvaluationResults["columns"] = [];
  for (const question of questions) {
    const mine = answers.filter((answer) => answer.questionId === question.id);
    if (question.kind === "grade_1_10") {
      const values = mine.flatMap((answer) => (answer.grade === null ? [] : [answer.grade]));
      order.push({ kind: "grade", index: grades.length });
      grades.push({ question, distribution: gradeDistribution(values), average: averageGrade(values), count: values.length });
      columns.push({ key: `${question.id}`, label: question.label });
    } else if (question.kind === "text") {
      const list = mine.flatMap((answer) => (answer.text ? [{ text: answer.text, respondent: respondentLabel(anonymous, answer.registration) }] : []));
      if (anonymous) list.sort((a, b) => a.text.localeCompare(b.text, "nl"));
      order.push({ kind: "text", index: texts.length });
      texts.push({ question, answers: list });
      columns.push({ key: `${question.id}`, label: question.label });
    } else {
      const graded = workshops.filter((workshop) => mine.some((answer) => answer.workshopId === workshop.id));
      order.push({ kind: "workshop", index: workshopGrades.length });
      workshopGrades.push({
        question,
        workshops: graded.map((workshop) => {
          const values = mine.flatMap((answer) => (answer.workshopId === workshop.id && answer.grade !== null ? [answer.grade] : []));
          return { id: workshop.id, title: workshop.title, average: averageGrade(values), count: values.length };
        }),
      });
      for (const workshop of graded) columns.push({ key: `${question.id}:${workshop.id}`, label: `${question.label}: ${workshop.title}` });
    }
  }
  const rows = responses.map((response) => ({
    respondent: anonymous ? null : { ...response.registration, answeredAt: response.createdAt },
    answers: new Map(
      response.answers.map((answer) => [answer.workshopId === null ? `${answer.questionId}` : `${answer.questionId}:${answer.workshopId}`, answer.grade !== null ? String(answer.grade) : (answer.text ?? "")]),
    ),
  }));
  if (anonymous) rows.sort((a, b) => rowKey(a.answers).localeCompare(rowKey(b.answers), "nl"));
  return {
    event: { id: event.id, slug: event.slug, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, anonymous },
    present: event._count.checkIns,
    responses: responses.length,
    responseRate: percentage(responses.length, event._count.checkIns),
    grades,
    texts,
    workshopGrades,
    order,
    rows,
    columns,
  };
}

function rowKey(answers: Map<string, string>): string {
  return [...answers.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value).join("\u0000");
}
