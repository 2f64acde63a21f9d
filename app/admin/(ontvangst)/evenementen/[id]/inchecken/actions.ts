"use server";

import { adminAction, committed } from "@/lib/auth/admin-action";
import { checkIn, undoCheckIn } from "@/lib/check-in/check-in";
import { doorFormSchema, doorPath, parseRoom } from "@/lib/check-in/door-page";
import { walkIn } from "@/lib/check-in/walk-in";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { eventIdArg } from "@/lib/registration/organiser-forms";

// The door page's forms without JavaScript (with it, the page sends the same through the JSON sync endpoint).
// Each answers by going back to the door page with the answer in the address. Door staff (ontvangst) may.

const door = { role: "ontvangst", args: [eventIdArg] as const, notFound: "Dit evenement bestaat niet (meer).", schema: doorFormSchema } as const;

const doorCheckIn = adminAction(door, async ({ admin, args: [eventId], input }) => {
  const room = parseRoom(input.room);
  const who = input.registrationId ? { registrationId: input.registrationId } : { code: input.code ?? "" };
  const { answer } = await checkIn(db, eventId, who, { actor: admin, room });
  return committed({}, { redirectTo: doorPath(eventId, { room: input.room, answer }) });
});

const doorUndo = adminAction(door, async ({ admin, args: [eventId], input }) => {
  if (!input.registrationId) return { status: "error", message: "Kies wie je wilt uitchecken." } satisfies ActionState;
  const { answer } = await undoCheckIn(db, eventId, input.registrationId, { actor: admin, room: parseRoom(input.room) });
  return committed({}, { redirectTo: doorPath(eventId, { room: input.room, answer }) });
});

/** Plain forms (they answer with a redirect): a check-in by a typed code or a tapped person. */
export async function doorCheckInAction(eventId: number, ...rest: unknown[]): Promise<void> {
  await doorCheckIn(eventId, ...rest);
}

/** Plain form: takes a check-in back (in the chosen room only, when one is chosen). */
export async function doorUndoAction(eventId: number, ...rest: unknown[]): Promise<void> {
  await doorUndo(eventId, ...rest);
}

/** Someone who is not registered comes in: added by hand (over capacity only when ticked) and checked in. */
export const walkInAction = adminAction({ role: "ontvangst", args: [eventIdArg] as const, notFound: "Dit evenement bestaat niet (meer)." }, async ({ admin, args: [eventId], form, values, baseUrl }) => {
  const outcome = await walkIn(db, eventId, form, { actor: admin, baseUrl });
  if (outcome.kind !== "done") return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values } satisfies ActionState;
  return committed(outcome, { redirectTo: doorPath(eventId, { room: String(form.get("room") ?? ""), answer: outcome.answer }) });
});
