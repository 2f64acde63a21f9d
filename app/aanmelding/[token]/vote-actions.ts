"use server";

import { revalidatePath } from "next/cache";
import { afterCommit } from "@/lib/after-commit";
import { db } from "@/lib/db/client";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { voteFormSchema } from "@/lib/questions/schema";
import { castVote, withdrawVote } from "@/lib/questions/voting";

/**
 * Votes on a question, or takes the vote back. The secret token is the authorisation: castVote and
 * withdrawVote find the registration by it and refuse for an unknown or cancelled one.
 */
export async function voteAction(token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const parsed = voteFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: "Deze stem kon niet worden verwerkt. Laad de pagina opnieuw.", values };
  const { questionId, intent } = parsed.data;
  const outcome = intent === "vote" ? await castVote(db, token, questionId) : await withdrawVote(db, token, questionId);
  if (outcome.kind === "refused") return { status: "error", message: outcome.message, values };
  afterCommit(outcome);
  revalidatePath(`/aanmelding/${token}`);
  return { status: "success", message: intent === "vote" ? "Je stem is geteld." : "Je stem is ingetrokken.", values };
}
