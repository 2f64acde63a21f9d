import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { z } from "zod";
import { TIME_ZONE, inAmsterdam } from "@/lib/dates";
import type { EvaluationQuestionKind } from "@/lib/generated/prisma/enums";

// The evaluation's rules as plain functions: who may answer, what a valid answer is, what the results say
// (distribution, averages, response rate), and when the after-event mail goes out.

export type EvaluationQuestionDef = { id: number; kind: EvaluationQuestionKind; label: string; required: boolean; position: number };

/** What a new event's evaluation starts from; organisers change it on the admin page. */
export const DEFAULT_EVALUATION_QUESTIONS: { kind: EvaluationQuestionKind; label: string; required: boolean }[] = [
  { kind: "grade_1_10", label: "Hoe waardeer je deze bijeenkomst?", required: true },
  { kind: "text", label: "Wat neem je mee?", required: false },
  { kind: "text", label: "Wat kan beter?", required: false },
  { kind: "workshop_grade", label: "Welk cijfer geef je de workshop?", required: false },
];

export const evaluationKindLabels: Record<EvaluationQuestionKind, string> = {
  grade_1_10: "Cijfer van 1 tot 10",
  text: "Open vraag",
  workshop_grade: "Cijfer per gevolgde workshop",
};

export const MAX_TEXT_ANSWER = 2000;
export const MAX_QUESTION_LABEL = 200;

export type EvaluationAccess =
  | { kind: "open" }
  | { kind: "answered" }
  | { kind: "refused"; reason: "not_ended" | "not_present" | "inactive" | "event_cancelled" };

/** Only people who were there (a check-in) may answer, only after the event ended, and only once. */
export function evaluationAccess(
  input: { eventStatus: string; endsAt: Date; registrationStatus: string; present: boolean; answered: boolean },
  now: Date,
): EvaluationAccess {
  if (input.answered) return { kind: "answered" };
  if (input.eventStatus === "cancelled") return { kind: "refused", reason: "event_cancelled" };
  if (input.registrationStatus === "cancelled" || input.registrationStatus === "rejected") return { kind: "refused", reason: "inactive" };
  if (input.endsAt > now) return { kind: "refused", reason: "not_ended" };
  if (!input.present) return { kind: "refused", reason: "not_present" };
  return { kind: "open" };
}

export const evaluationRefusals: Record<Extract<EvaluationAccess, { kind: "refused" }>["reason"], string> = {
  not_ended: "De evaluatie opent zodra de bijeenkomst is afgelopen.",
  not_present: "De evaluatie is voor wie bij de bijeenkomst aanwezig was. Volgens onze lijst ben je niet aangemeld bij de ingang; klopt dat niet, neem dan contact op met de organisatie.",
  inactive: "Je aanmelding is geannuleerd; daarom kun je de evaluatie niet invullen.",
  event_cancelled: "Deze bijeenkomst is niet doorgegaan; er is geen evaluatie.",
};

/** The form's field for a question, and for a workshop grade the field per workshop. */
export function answerField(questionId: number, workshopId?: number): string {
  return workshopId === undefined ? `q${questionId}` : `q${questionId}w${workshopId}`;
}

export type ParsedAnswer = { questionId: number; workshopId: number | null; grade: number | null; text: string | null };

const gradeSchema = z.coerce.number({ error: "Kies een cijfer van 1 tot 10." }).int("Kies een cijfer van 1 tot 10.").min(1, "Kies een cijfer van 1 tot 10.").max(10, "Kies een cijfer van 1 tot 10.");

/**
 * Checks the form against the questions: grades are whole numbers 1 to 10, texts at most MAX_TEXT_ANSWER
 * characters, required questions answered (a workshop grade only for workshops the respondent attended).
 * Returns the answers to store, or errors per field.
 */
export function parseEvaluationAnswers(
  questions: EvaluationQuestionDef[],
  workshops: { id: number; title: string }[],
  form: Record<string, string | undefined>,
): { ok: true; answers: ParsedAnswer[] } | { ok: false; fieldErrors: Record<string, string[]> } {
  const answers: ParsedAnswer[] = [];
  const fieldErrors: Record<string, string[]> = {};
  const grade = (field: string, questionId: number, workshopId: number | null, required: boolean, label: string) => {
    const raw = (form[field] ?? "").trim();
    if (raw === "") {
      if (required) fieldErrors[field] = [`Kies een cijfer bij "${label}".`];
      return;
    }
    const parsed = gradeSchema.safeParse(raw);
    if (!parsed.success) fieldErrors[field] = [parsed.error.issues[0]?.message ?? "Kies een cijfer van 1 tot 10."];
    else answers.push({ questionId, workshopId, grade: parsed.data, text: null });
  };
  for (const question of [...questions].sort(byPosition)) {
    const field = answerField(question.id);
    if (question.kind === "grade_1_10") grade(field, question.id, null, question.required, question.label);
    else if (question.kind === "workshop_grade") {
      for (const workshop of workshops) grade(answerField(question.id, workshop.id), question.id, workshop.id, question.required, `${question.label} ${workshop.title}`);
    } else {
      const text = (form[field] ?? "").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").trim();
      if (text === "") {
        if (question.required) fieldErrors[field] = [`Vul "${question.label}" in.`];
      } else if (text.length > MAX_TEXT_ANSWER) fieldErrors[field] = [`Je antwoord is ${text.length} tekens; het mag er ${MAX_TEXT_ANSWER} zijn.`];
      else answers.push({ questionId: question.id, workshopId: null, grade: null, text });
    }
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answers };
}

export function byPosition(a: { position: number; id: number }, b: { position: number; id: number }): number {
  return a.position - b.position || a.id - b.id;
}

/** Counts per grade 1..10 (index 0 is grade 1). */
export function gradeDistribution(grades: number[]): number[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const grade of grades) if (Number.isInteger(grade) && grade >= 1 && grade <= 10) counts[grade - 1]! += 1;
  return counts;
}

/** The average to one decimal, or null without grades. */
export function averageGrade(grades: number[]): number | null {
  if (grades.length === 0) return null;
  return Math.round((grades.reduce((sum, grade) => sum + grade, 0) / grades.length) * 10) / 10;
}

/** Share of `part` in `whole` as a whole percentage, or null when there is no whole. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

/** "7,4" */
export function formatGrade(value: number | null): string {
  return value === null ? "–" : value.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "62%" or "–". */
export function formatPercentage(value: number | null): string {
  return value === null ? "–" : `${value}%`;
}

/** When the after-event mail goes out: the organiser's moment, else the morning after the end at 09:00 Amsterdam time. */
export function followUpDueAt(event: { endsAt: Date; followUpAt: Date | null }): Date {
  if (event.followUpAt) return event.followUpAt;
  const end = inAmsterdam(event.endsAt);
  const next = addDays(new TZDate(end.getFullYear(), end.getMonth(), end.getDate(), 9, 0, TIME_ZONE), 1);
  return new Date(next.getTime());
}

/**
 * The respondent's name as the results show it: never when the organiser made the evaluation anonymous.
 */
export function respondentLabel(anonymous: boolean, registration: { name: string; organisation: string | null }): string | null {
  if (anonymous) return null;
  return registration.organisation ? `${registration.name} (${registration.organisation})` : registration.name;
}
