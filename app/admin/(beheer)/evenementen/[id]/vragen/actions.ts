"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventPagesChanged } from "@/lib/events/invalidate";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/forms/action-state";
import { approveQuestion, hideQuestion, mergeQuestion, setChosenForPanel, type ModerationOutcome } from "@/lib/questions/moderation";
import { findModerationEvent } from "@/lib/questions/queries";
import { moderationFormSchema } from "@/lib/questions/schema";

/** One question's moderation. A public POST endpoint like any server action: it checks the organiser itself. */
export async function moderateQuestionAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  const values = formValues(form);
  const parsed = moderationFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: "Controleer je keuze.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const input = parsed.data;
  const target = { eventId, questionId: input.questionId };
  const options = { actor: user };
  let outcome: ModerationOutcome;
  switch (input.intent) {
    case "approve":
      outcome = await approveQuestion(db, target, options);
      break;
    case "hide":
      outcome = await hideQuestion(db, target, options);
      break;
    case "panel_on":
    case "panel_off":
      outcome = await setChosenForPanel(db, target, input.intent === "panel_on", options);
      break;
    case "merge":
      outcome = await mergeQuestion(db, { ...target, intoId: input.intoId }, options);
      break;
  }
  if (outcome.kind === "not_found") return { status: "error", message: "Deze vraag bestaat niet (meer) bij dit evenement.", values };
  if (outcome.kind === "refused") return { status: "error", message: outcome.message, fieldErrors: input.intent === "merge" ? { intoId: [outcome.message] } : undefined, values };
  const event = await findModerationEvent(db, eventId);
  if (event) eventPagesChanged(event.slug);
  revalidatePath(`/admin/evenementen/${eventId}/vragen`);
  // The question may move to another section of the page, so the message is the page's, not the form's.
  redirect(`/admin/evenementen/${eventId}/vragen?gedaan=${input.intent}&vraag=${input.questionId}`);
}
