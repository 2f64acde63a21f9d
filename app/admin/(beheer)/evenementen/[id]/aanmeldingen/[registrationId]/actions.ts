"use server";

import { adminAction, committed } from "@/lib/auth/admin-action";
import type { ActionState } from "@/lib/forms/action-state";
import { registrationPath, registrationsPath } from "@/lib/registration/admin-paths";
import { cancelFormSchema, declineFormSchema, eventIdArg, moveFormSchema, registrationIdArg } from "@/lib/registration/organiser-forms";
import {
  acceptByOrganiser,
  cancelRegistrationByOrganiser,
  declineByOrganiser,
  moveToWorkshop,
  promoteByOrganiser,
  type AdminChangeOutcome,
} from "@/lib/registration/organiser-changes";
import { checkIn } from "@/lib/check-in/check-in";
import { db } from "@/lib/db/client";

// An organiser's actions on one registration: the guard checks the session and parses the ids and the form;
// the rules live in lib/registration/organiser-changes.

const ids = { args: [eventIdArg, registrationIdArg] as const, notFound: "Deze aanmelding bestaat niet (meer)." };

function answer(eventId: number, registrationId: number, outcome: AdminChangeOutcome, values?: ActionState["values"]) {
  if (outcome.kind === "not_found") return { status: "error", message: ids.notFound } satisfies ActionState;
  if (outcome.kind === "refused") return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values } satisfies ActionState;
  // The page says what was done from the audit entry, so the message survives the forms that disappear.
  return committed(outcome, {
    redirectTo: `${registrationPath(eventId, registrationId)}?gedaan=${outcome.auditId}`,
    revalidate: [registrationsPath(eventId)],
  });
}

const options = (admin: { id: string; name: string }, baseUrl: string) => ({ actor: admin, baseUrl });

export const cancelByOrganiserAction = adminAction(
  { ...ids, schema: cancelFormSchema, invalid: "Vink eerst aan dat je wilt annuleren." },
  async ({ admin, args: [eventId, registrationId], baseUrl }) =>
    answer(eventId, registrationId, await cancelRegistrationByOrganiser(db, eventId, registrationId, options(admin, baseUrl))),
);

export const moveToWorkshopAction = adminAction(
  { ...ids, schema: moveFormSchema, fields: (form) => ({ round: form.get("round"), workshop: form.get("workshop") ?? "" }), invalid: "Kies een workshop." },
  async ({ admin, args: [eventId, registrationId], input, values, baseUrl }) =>
    answer(
      eventId,
      registrationId,
      await moveToWorkshop(db, eventId, registrationId, { roundNumber: input.round, workshopNumber: input.workshop }, options(admin, baseUrl)),
      values,
    ),
);

export const promoteByOrganiserAction = adminAction(ids, async ({ admin, args: [eventId, registrationId], baseUrl }) =>
  answer(eventId, registrationId, await promoteByOrganiser(db, eventId, registrationId, options(admin, baseUrl))),
);

export const acceptByOrganiserAction = adminAction(ids, async ({ admin, args: [eventId, registrationId], baseUrl }) =>
  answer(eventId, registrationId, await acceptByOrganiser(db, eventId, registrationId, options(admin, baseUrl))),
);

export const declineByOrganiserAction = adminAction(
  { ...ids, schema: declineFormSchema, fields: (form) => ({ reason: form.get("reason") ?? "" }), invalid: "Controleer de toelichting." },
  async ({ admin, args: [eventId, registrationId], input, values, baseUrl }) =>
    answer(eventId, registrationId, await declineByOrganiser(db, eventId, registrationId, input.reason, options(admin, baseUrl)), values),
);

/** Marks someone present afterwards (source "organiser"), for the certificate and the presence counts. */
export const markPresentAction = adminAction(ids, async ({ admin, args: [eventId, registrationId] }) => {
  const { answer: door } = await checkIn(db, eventId, { registrationId }, { actor: admin, source: "organiser" });
  if (door.kind !== "welcome" && door.kind !== "already") return { status: "error", message: "Alleen iemand met een bevestigde plek kan aanwezig zijn." } satisfies ActionState;
  return committed({}, { redirectTo: registrationPath(eventId, registrationId), revalidate: [registrationsPath(eventId)] });
});
