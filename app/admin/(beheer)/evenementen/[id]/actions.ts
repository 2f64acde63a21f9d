"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import { changeEventStatus, deleteEvent, duplicateEvent, publishEvent, unpublishEvent, type LifecycleOutcome } from "@/lib/event-editor/lifecycle";
import type { ActionState } from "@/lib/forms/action-state";

// The lifecycle buttons on an event's admin page. The guard checks the session; the domain functions in
// lib/event-editor/lifecycle.ts decide and write the audit log.

function answer(outcome: LifecycleOutcome, values: ActionState["values"], done: (eventId: number | null) => string) {
  switch (outcome.kind) {
    case "done":
      return committed(outcome, { redirectTo: done(outcome.eventId) });
    case "refused":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values } satisfies ActionState;
    case "not_found":
      return { status: "error", message: "Dit evenement bestaat niet (meer)." } satisfies ActionState;
  }
}

const event = { args: [z.number().int().positive()] as const, notFound: "Dit evenement bestaat niet (meer)." };
const eventPage = (eventId: number, melding: string) => `/admin/evenementen/${eventId}?melding=${melding}`;

export const publishAction = adminAction(event, async ({ admin, args: [eventId], values, baseUrl }) =>
  answer(await publishEvent(db, eventId, { actor: admin, baseUrl }), values, () => eventPage(eventId, "gepubliceerd")),
);

export const unpublishAction = adminAction(event, async ({ admin, args: [eventId], values, baseUrl }) =>
  answer(await unpublishEvent(db, eventId, { actor: admin, baseUrl }), values, () => eventPage(eventId, "concept")),
);

export const cancelAction = adminAction(event, async ({ admin, args: [eventId], values, baseUrl }) =>
  answer(await changeEventStatus(db, eventId, "cancelled", values, { actor: admin, baseUrl }), values, () => eventPage(eventId, "geannuleerd")),
);

export const postponeAction = adminAction(event, async ({ admin, args: [eventId], values, baseUrl }) =>
  answer(await changeEventStatus(db, eventId, "postponed", values, { actor: admin, baseUrl }), values, () => eventPage(eventId, "verplaatst")),
);

export const duplicateAction = adminAction(event, async ({ admin, args: [eventId], values, baseUrl }) =>
  answer(await duplicateEvent(db, eventId, values, { actor: admin, baseUrl }), values, (copyId) => eventPage(copyId!, "gekopieerd")),
);

export const deleteAction = adminAction(event, async ({ admin, args: [eventId], values, baseUrl }) =>
  answer(await deleteEvent(db, eventId, values, { actor: admin, baseUrl }), values, () => "/admin?scope=concept&melding=verwijderd"),
);
