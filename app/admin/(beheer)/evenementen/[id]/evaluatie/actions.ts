"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import { editEvaluationQuestion, evaluationQuestionFormSchema, evaluationSettingsSchema, setEvaluationAnonymous } from "@/lib/evaluation/questions";
import type { ActionState } from "@/lib/forms/action-state";

const eventIdArg = z.number().int().positive();
const page = (eventId: number) => `/admin/evenementen/${eventId}/evaluatie`;

/** Adds, saves, moves or deletes one evaluation question (the pressed button's intent says which). */
export const editEvaluationQuestionAction = adminAction(
  { args: [eventIdArg] as const, schema: evaluationQuestionFormSchema, notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], input, values }) => {
    const outcome = await editEvaluationQuestion(db, eventId, input, { actor: admin });
    if (outcome.kind === "not_found") return { status: "error", message: "Deze vraag bestaat niet (meer).", values } satisfies ActionState;
    if (outcome.kind === "refused")
      return { status: "error", message: outcome.message, fieldErrors: outcome.field ? { [outcome.field]: [outcome.message] } : undefined, values } satisfies ActionState;
    return committed({}, { state: { status: "success", message: outcome.message }, revalidate: [page(eventId)] });
  },
);

export const evaluationSettingsAction = adminAction(
  { args: [eventIdArg] as const, schema: evaluationSettingsSchema, notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], input, values }) => {
    const outcome = await setEvaluationAnonymous(db, eventId, input.anonymous === "on", { actor: admin });
    if (outcome.kind === "not_found") return { status: "error", message: "Dit evenement bestaat niet (meer).", values } satisfies ActionState;
    if (outcome.kind === "refused") return { status: "error", message: outcome.message, fieldErrors: { anonymous: [outcome.message] }, values } satisfies ActionState;
    return committed({}, { state: { status: "success", message: input.anonymous === "on" ? "De antwoorden zijn anoniem in de resultaten." : "De resultaten tonen namen." }, revalidate: [page(eventId)] });
  },
);
