"use server";

import { z } from "zod";
import { accreditationInputFromForm, accreditationInputSchema } from "@/lib/accreditation/schema";
import { addAccreditation, removeAccreditation, type AccreditationWrite } from "@/lib/accreditation/store";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";

// Recording and removing an event's accreditations; the guard checks the organiser, lib/accreditation/store.ts
// checks the rounds against the event and writes the audit entry.

const event = { args: [z.number().int().positive()] as const, notFound: "Dit evenement bestaat niet (meer)." };
const page = (eventId: number) => `/admin/evenementen/${eventId}/accreditatie`;

function answer(eventId: number, outcome: AccreditationWrite, values: ActionState["values"], done: string) {
  if (!outcome.ok) return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values } satisfies ActionState;
  return committed(outcome, { redirectTo: `${page(eventId)}?melding=${done}`, revalidate: [page(eventId), `/admin/evenementen/${eventId}`] });
}

export const addAccreditationAction = adminAction(
  { ...event, schema: accreditationInputSchema, fields: accreditationInputFromForm },
  async ({ admin, args: [eventId], input, values }) => answer(eventId, await addAccreditation(db, eventId, input, admin), values, "toegevoegd"),
);

export const removeAccreditationAction = adminAction(
  { args: [z.number().int().positive(), z.number().int().positive()] as const, notFound: "Deze accreditatie bestaat niet (meer)." },
  async ({ admin, args: [eventId, accreditationId], values }) => answer(eventId, await removeAccreditation(db, eventId, accreditationId, admin), values, "verwijderd"),
);
