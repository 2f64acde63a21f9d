"use server";

import { redirect } from "next/navigation";
import { changeEventStatus, deleteEvent, duplicateEvent, publishEvent, unpublishEvent, type LifecycleOutcome } from "@/lib/event-editor/lifecycle";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { dispatchMail } from "@/lib/mail/worker";

// The lifecycle buttons on an event's admin page. Each checks the session itself; the domain functions in
// lib/event-editor/lifecycle.ts decide and write the audit log.

function answer(outcome: LifecycleOutcome, form: FormData, done: (eventId: number | null) => string): ActionState {
  switch (outcome.kind) {
    case "done":
      dispatchMail(outcome.mailIds);
      redirect(done(outcome.eventId));
    case "refused":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values: formValues(form) };
    case "not_found":
      return { status: "error", message: "Dit evenement bestaat niet (meer)." };
  }
}

const options = (actor: Awaited<ReturnType<typeof requireAdmin>>) => ({ actor, baseUrl: env().BASE_URL });

export async function publishAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  return answer(await publishEvent(db, eventId, options(user)), form, () => `/admin/evenementen/${eventId}?melding=gepubliceerd`);
}

export async function unpublishAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  return answer(await unpublishEvent(db, eventId, options(user)), form, () => `/admin/evenementen/${eventId}?melding=concept`);
}

export async function cancelAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  return answer(await changeEventStatus(db, eventId, "cancelled", formValues(form), options(user)), form, () => `/admin/evenementen/${eventId}?melding=geannuleerd`);
}

export async function postponeAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  return answer(await changeEventStatus(db, eventId, "postponed", formValues(form), options(user)), form, () => `/admin/evenementen/${eventId}?melding=verplaatst`);
}

export async function duplicateAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  return answer(await duplicateEvent(db, eventId, formValues(form), options(user)), form, (copyId) => `/admin/evenementen/${copyId}?melding=gekopieerd`);
}

export async function deleteAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  return answer(await deleteEvent(db, eventId, formValues(form), options(user)), form, () => `/admin?scope=concept&melding=verwijderd`);
}
