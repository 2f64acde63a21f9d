"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { approveQuestion, hideQuestion, mergeQuestion, setChosenForPanel } from "@/lib/questions/moderation";
import { moderationFormSchema } from "@/lib/questions/schema";

/** One question's moderation; the guard checks the organiser, the domain functions scope to the event. */
export const moderateQuestionAction = adminAction(
  { args: [z.number().int().positive()] as const, schema: moderationFormSchema, invalid: "Controleer je keuze.", notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], input, values }) => {
    const target = { eventId, questionId: input.questionId };
    const options = { actor: admin };
    const outcome =
      input.intent === "merge"
        ? await mergeQuestion(db, { ...target, intoId: input.intoId }, options)
        : input.intent === "approve"
          ? await approveQuestion(db, target, options)
          : input.intent === "hide"
            ? await hideQuestion(db, target, options)
            : await setChosenForPanel(db, target, input.intent === "panel_on", options);
    if (outcome.kind === "not_found") return { status: "error", message: "Deze vraag bestaat niet (meer) bij dit evenement.", values } satisfies ActionState;
    if (outcome.kind === "refused")
      return { status: "error", message: outcome.message, fieldErrors: input.intent === "merge" ? { intoId: [outcome.message] } : undefined, values } satisfies ActionState;
    const page = `/admin/evenementen/${eventId}/vragen`;
    // The question may move to another section of the page, so the message is the page's, not the form's.
    return committed({ eventIds: [eventId] }, { redirectTo: `${page}?gedaan=${input.intent}&vraag=${input.questionId}`, revalidate: [page] });
  },
);
