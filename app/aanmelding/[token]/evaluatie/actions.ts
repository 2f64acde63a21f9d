"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { evaluationRefusals } from "@/lib/evaluation/rules";
import { submitEvaluation } from "@/lib/evaluation/respond";
import { formValues, type ActionState } from "@/lib/forms/action-state";

/** Stores the evaluation; the secret token is the authorisation, the unique key keeps it to one answer. */
export async function submitEvaluationAction(token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const fields = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const outcome = await submitEvaluation(db, token, fields);
  switch (outcome.kind) {
    case "not_found":
      return { status: "error", message: "Deze link werkt niet (meer).", values };
    case "refused":
      return { status: "error", message: outcome.access.kind === "refused" ? evaluationRefusals[outcome.access.reason] : "De evaluatie is niet open.", values };
    case "invalid":
      return { status: "error", message: "Controleer je antwoorden.", fieldErrors: outcome.fieldErrors, values };
    case "already_answered":
      redirect(`/aanmelding/${token}/evaluatie?al=1`);
    case "saved":
      redirect(`/aanmelding/${token}/evaluatie?dank=1`);
  }
}
