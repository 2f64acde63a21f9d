"use server";

import { notFound, redirect } from "next/navigation";
import { createEventFromForm, updateEventFromForm } from "@/lib/event-editor/save";
import { applyRowIntent, nestValues, type EventFormState } from "@/lib/event-editor/form-values";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formValues } from "@/lib/forms/action-state";
import { dispatchMail } from "@/lib/mail/worker";

/**
 * The event form's one action: `intent` says what was pressed. Row buttons and the preview only re-render the
 * form with the values as typed; "save" creates (eventId null) or updates the event.
 */
export async function saveEventAction(eventId: number | null, previous: EventFormState, form: FormData): Promise<EventFormState> {
  const user = await requireAdmin();
  const { intent = "save", confirmCapacity, ...values } = formValues(form);
  const revision = (previous.revision ?? 0) + 1;
  const pressed = Array.isArray(intent) ? intent.at(-1)! : intent;
  if (pressed === "preview") return { status: "idle", values, revision, preview: true };
  if (pressed !== "save") return { status: "idle", values: applyRowIntent(values, pressed) ?? values, revision };

  const input = nestValues(values);
  const options = { actor: user, baseUrl: env().BASE_URL };
  const outcome =
    eventId === null ? await createEventFromForm(db, input, options) : await updateEventFromForm(db, eventId, input, { ...options, confirmCapacity: confirmCapacity === "on" });
  switch (outcome.kind) {
    case "saved":
      dispatchMail(outcome.mailIds);
      redirect(`/admin/evenementen/${outcome.id}?melding=${eventId === null ? "aangemaakt" : "opgeslagen"}`);
    case "invalid":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values, revision };
    case "needs_confirmation":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values, revision, confirmCapacity: true };
    case "conflict":
      return { status: "error", message: outcome.message, values, revision, conflict: true };
    case "not_found":
      notFound();
  }
}
