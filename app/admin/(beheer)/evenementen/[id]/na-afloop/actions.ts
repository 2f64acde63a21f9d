"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import { followUpFormSchema, setFollowUp } from "@/lib/evaluation/follow-up-settings";
import type { ActionState } from "@/lib/forms/action-state";

/** Whether and when the after-event mail goes out; an empty moment means the next morning at 09:00. */
export const followUpSettingsAction = adminAction(
  { args: [z.number().int().positive()] as const, schema: followUpFormSchema, notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], input, values }) => {
    const outcome = await setFollowUp(db, eventId, input, { actor: admin });
    if (outcome.kind === "not_found") return { status: "error", message: "Dit evenement bestaat niet (meer).", values } satisfies ActionState;
    if (outcome.kind === "refused") return { status: "error", message: outcome.message, fieldErrors: { followUpAt: [outcome.message] }, values } satisfies ActionState;
    const page = `/admin/evenementen/${eventId}/na-afloop`;
    return committed({}, { state: { status: "success", message: input.followUpEnabled ? "Het moment van de mail na afloop is opgeslagen." : "De mail na afloop gaat niet uit.", values }, revalidate: [page] });
  },
);
