import { describe, expect, it } from "vitest";
import { amsterdamTime } from "@/lib/dates";
import {
  DEFAULT_EVALUATION_QUESTIONS,
  answerField,
  averageGrade,
  evaluationAccess,
  followUpDueAt,
  formatGrade,
  gradeDistribution,
  parseEvaluationAnswers,
  percentage,
  respondentLabel,
  type EvaluationQuestionDef,
} from "@/lib/evaluation/rules";
import { contentDisposition, materialContentType, materialFormSchema } from "@/lib/materials/rules";

const ended = { eventStatus: "published", endsAt: amsterdamTime("2026-11-20 17:00"), registrationStatus: "confirmed", present: true, answered: false };
const now = amsterdamTime("2026-11-21 09:00");

describe("who may answer the evaluation", () => {
  it("is open to someone who was checked in, after the event ended", () => {
    expect(evaluationAccess(ended, now)).toEqual({ kind: "open" });
  });
  it("stays closed before the end, for no-shows and for cancelled registrations", () => {
    expect(evaluationAccess(ended, amsterdamTime("2026-11-20 16:59"))).toEqual({ kind: "refused", reason: "not_ended" });
    expect(evaluationAccess({ ...ended, present: false }, now)).toEqual({ kind: "refused", reason: "not_present" });
    expect(evaluationAccess({ ...ended, registrationStatus: "cancelled" }, now)).toEqual({ kind: "refused", reason: "inactive" });
    expect(evaluationAccess({ ...ended, eventStatus: "cancelled" }, now)).toEqual({ kind: "refused", reason: "event_cancelled" });
  });
  it("says already answered, whatever else holds", () => {
    expect(evaluationAccess({ ...ended, answered: true }, now)).toEqual({ kind: "answered" });
  });
});

describe("the default questionnaire", () => {
  it("asks a grade, what one takes home, what can be better, and a grade per workshop", () => {
    expect(DEFAULT_EVALUATION_QUESTIONS.map((question) => [question.kind, question.label])).toEqual([
      ["grade_1_10", "Hoe waardeer je deze bijeenkomst?"],
      ["text", "Wat neem je mee?"],
      ["text", "Wat kan beter?"],
      ["workshop_grade", "Welk cijfer geef je de workshop?"],
    ]);
  });
});

describe("checking the answers", () => {
  const questions: EvaluationQuestionDef[] = [
    { id: 1, kind: "grade_1_10", label: "Hoe waardeer je deze bijeenkomst?", required: true, position: 0 },
    { id: 2, kind: "text", label: "Wat neem je mee?", required: false, position: 1 },
    { id: 3, kind: "workshop_grade", label: "Cijfer workshop", required: false, position: 2 },
  ];
  const workshops = [{ id: 7, title: "Buurtverbinders" }];

  it("keeps grades and texts, and a grade per attended workshop", () => {
    const parsed = parseEvaluationAnswers(questions, workshops, { q1: "8", q2: "  De wijkwandeling. ", [answerField(3, 7)]: "9" });
    expect(parsed).toEqual({
      ok: true,
      answers: [
        { questionId: 1, workshopId: null, grade: 8, text: null },
        { questionId: 2, workshopId: null, grade: null, text: "De wijkwandeling." },
        { questionId: 3, workshopId: 7, grade: 9, text: null },
      ],
    });
  });
  it("refuses a missing required grade, a grade outside 1-10 and a too long text, in Dutch", () => {
    expect(parseEvaluationAnswers(questions, workshops, {})).toEqual({ ok: false, fieldErrors: { q1: ['Kies een cijfer bij "Hoe waardeer je deze bijeenkomst?".'] } });
    const wrong = parseEvaluationAnswers(questions, workshops, { q1: "11", q2: "x".repeat(2001), q3w7: "7.5" });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.fieldErrors.q1).toEqual(["Kies een cijfer van 1 tot 10."]);
      expect(wrong.fieldErrors.q2?.[0]).toContain("2000");
      expect(wrong.fieldErrors.q3w7).toEqual(["Kies een cijfer van 1 tot 10."]);
    }
  });
  it("ignores grades for workshops the respondent did not attend", () => {
    const parsed = parseEvaluationAnswers(questions, workshops, { q1: "6", q3w99: "1" });
    expect(parsed.ok && parsed.answers.map((answer) => answer.workshopId)).toEqual([null]);
  });
});

describe("results", () => {
  it("counts grades per value and averages to one decimal", () => {
    expect(gradeDistribution([8, 8, 7, 10, 1, 0, 11])).toEqual([1, 0, 0, 0, 0, 0, 1, 2, 0, 1]);
    expect(averageGrade([8, 7, 8])).toBe(7.7);
    expect(averageGrade([])).toBeNull();
    expect(formatGrade(7.7)).toBe("7,7");
    expect(percentage(2, 3)).toBe(67);
    expect(percentage(1, 0)).toBeNull();
  });
  it("shows no name when the evaluation is anonymous", () => {
    expect(respondentLabel(true, { name: "Noor de Vries", organisation: "Gemeente Utrecht" })).toBeNull();
    expect(respondentLabel(false, { name: "Noor de Vries", organisation: "Gemeente Utrecht" })).toBe("Noor de Vries (Gemeente Utrecht)");
  });
});

describe("the follow-up moment", () => {
  it("is the next morning at 09:00 Amsterdam time by default, in winter and summer time", () => {
    expect(followUpDueAt({ endsAt: amsterdamTime("2026-11-20 17:00"), followUpAt: null })).toEqual(amsterdamTime("2026-11-21 09:00"));
    expect(followUpDueAt({ endsAt: amsterdamTime("2026-06-12 23:30"), followUpAt: null })).toEqual(amsterdamTime("2026-06-13 09:00"));
  });
  it("is the organiser's moment when set", () => {
    const chosen = amsterdamTime("2026-11-20 18:00");
    expect(followUpDueAt({ endsAt: amsterdamTime("2026-11-20 17:00"), followUpAt: chosen })).toEqual(chosen);
  });
});

describe("materials", () => {
  it("decides the content type by extension, from an allow-list", () => {
    expect(materialContentType("Dia's opening.PDF")).toBe("application/pdf");
    expect(materialContentType("opname.mp4")).toBe("video/mp4");
    expect(materialContentType("pagina.html")).toBeNull();
    expect(materialContentType("script.svg")).toBeNull();
  });
  it("names the download safely", () => {
    expect(contentDisposition('../../"dia\'s" ë.pdf')).toBe(`attachment; filename="dia's _.pdf"; filename*=UTF-8''dia's%20%C3%AB.pdf`);
  });
  it("wants a link or a file, not both, and refuses other link schemes", () => {
    const file = new File(["%PDF"], "dias.pdf", { type: "application/pdf" });
    expect(materialFormSchema.safeParse({ title: "Dia's", url: "", file }).success).toBe(true);
    expect(materialFormSchema.safeParse({ title: "Dia's", url: "javascript:alert(1)" }).success).toBe(false);
    expect(materialFormSchema.safeParse({ title: "Dia's", url: "https://example.org", file }).success).toBe(false);
    expect(materialFormSchema.safeParse({ title: "Dia's", url: "" }).success).toBe(false);
    expect(materialFormSchema.safeParse({ title: "Dia's", file: new File(["<html>"], "x.html") }).success).toBe(false);
  });
});
