"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import { applyRowIntent, nestValues, type EventFormState } from "@/lib/event-editor/form-values";
import { createEventFromForm, updateEventFromForm } from "@/lib/event-editor/save";

/**
 * The event form's one action: `intent` says what was pressed. Row buttons and the preview only re-render the
 * form with the values as typed; "save" creates (eventId null) or updates the event.
 */
export const saveEventAction = adminAction(
  {
    args: [z.number().int().positive().nullable()] as const,
    notFound: "Dit evenement bestaat niet (meer).",
    errorState: (previous: EventFormState | undefined) => ({ revision: (previous?.revision ?? 0) + 1 }),
  },
  async ({ admin, args: [eventId], values: typed, baseUrl }, previous): Promise<EventFormState | ReturnType<typeof committed<EventFormState>>> => {
    const { intent = "save", confirmCapacity, ...values } = typed;
    const revision = (previous?.revision ?? 0) + 1;
    const pressed = Array.isArray(intent) ? intent.at(-1)! : intent;
    if (pressed === "preview") return { status: "idle", values, revision, preview: true };
    if (pressed !== "save") return { status: "idle", values: applyRowIntent(values, pressed) ?? values, revision };

    const input = nestValues(values);
    const options = { actor: admin, baseUrl };
    const outcome =
      eventId === null ? await createEventFromForm(db, input, options) : await updateEventFromForm(db, eventId, input, { ...options, confirmCapacity: confirmCapacity === "on" });
    switch (outcome.kind) {
      case "saved":
        return committed<EventFormState>(outcome, { redirectTo: `/admin/evenementen/${outcome.id}?melding=${eventId === null ? "aangemaakt" : "opgeslagen"}` });
      case "invalid":
        return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values, revision };
      case "needs_confirmation":
        return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values, revision, confirmCapacity: true };
      case "conflict":
        return { status: "error", message: outcome.message, values, revision, conflict: true };
      case "not_found":
        notFound();
    }
  },
);
