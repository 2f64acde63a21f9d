"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { cancelFormSchema, declineFormSchema, moveFormSchema, registrationRefSchema } from "@/lib/registration/organiser-forms";
import {
  acceptByOrganiser,
  cancelRegistrationByOrganiser,
  declineByOrganiser,
  moveToWorkshop,
  promoteByOrganiser,
  type AdminChangeOptions,
  type AdminChangeOutcome,
} from "@/lib/registration/organiser-changes";
import { registrationPath, registrationsPath } from "@/lib/registration/admin-paths";
import { requireAdmin, type AdminUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/forms/action-state";
import { dispatchMail } from "@/lib/mail/worker";

// An organiser's actions on one registration. Each checks the session itself (a server action is a public
// POST endpoint), parses its form with the shared schema, and leaves the rules to lib/registration/organiser-changes.

type Ref = z.infer<typeof registrationRefSchema>;

const NOT_FOUND: ActionState = { status: "error", message: "Deze aanmelding bestaat niet (meer)." };

function finish(ref: Ref, outcome: AdminChangeOutcome, values?: ActionState["values"]): ActionState {
  if (outcome.kind === "not_found") return NOT_FOUND;
  if (outcome.kind === "refused") return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values };
  dispatchMail(outcome.mailIds);
  revalidatePath(registrationsPath(ref.eventId));
  // The page says what was done from the audit entry, so the message survives the forms that disappear.
  redirect(`${registrationPath(ref.eventId, ref.registrationId)}?gedaan=${outcome.auditId ?? ""}`);
}

function context(user: AdminUser, eventId: unknown, registrationId: unknown): { ref: Ref; options: AdminChangeOptions } | null {
  const ref = registrationRefSchema.safeParse({ eventId, registrationId });
  if (!ref.success) return null;
  return { ref: ref.data, options: { actor: user, baseUrl: env().BASE_URL } };
}

export async function cancelByOrganiserAction(
  eventId: number,
  registrationId: number,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const user = await requireAdmin();
  const found = context(user, eventId, registrationId);
  if (!found) return NOT_FOUND;
  const parsed = cancelFormSchema.safeParse({ confirm: form.get("confirm") });
  if (!parsed.success)
    return {
      status: "error",
      message: "Vink eerst aan dat je wilt annuleren.",
      fieldErrors: fieldErrorsFrom(parsed.error),
      values: formValues(form),
    };
  return finish(found.ref, await cancelRegistrationByOrganiser(db, found.ref.eventId, found.ref.registrationId, found.options));
}

export async function moveToWorkshopAction(
  eventId: number,
  registrationId: number,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const user = await requireAdmin();
  const found = context(user, eventId, registrationId);
  if (!found) return NOT_FOUND;
  const values = formValues(form);
  const parsed = moveFormSchema.safeParse({ round: form.get("round"), workshop: form.get("workshop") ?? "" });
  if (!parsed.success) return { status: "error", message: "Kies een workshop.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const outcome = await moveToWorkshop(
    db,
    found.ref.eventId,
    found.ref.registrationId,
    { roundNumber: parsed.data.round, workshopNumber: parsed.data.workshop },
    found.options,
  );
  return finish(found.ref, outcome, values);
}

export async function promoteByOrganiserAction(eventId: number, registrationId: number): Promise<ActionState> {
  const user = await requireAdmin();
  const found = context(user, eventId, registrationId);
  if (!found) return NOT_FOUND;
  return finish(found.ref, await promoteByOrganiser(db, found.ref.eventId, found.ref.registrationId, found.options));
}

export async function acceptByOrganiserAction(eventId: number, registrationId: number): Promise<ActionState> {
  const user = await requireAdmin();
  const found = context(user, eventId, registrationId);
  if (!found) return NOT_FOUND;
  return finish(found.ref, await acceptByOrganiser(db, found.ref.eventId, found.ref.registrationId, found.options));
}

export async function declineByOrganiserAction(
  eventId: number,
  registrationId: number,
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const user = await requireAdmin();
  const found = context(user, eventId, registrationId);
  if (!found) return NOT_FOUND;
  const values = formValues(form);
  const parsed = declineFormSchema.safeParse({ reason: form.get("reason") ?? "" });
  if (!parsed.success)
    return { status: "error", message: "Controleer de toelichting.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  return finish(
    found.ref,
    await declineByOrganiser(db, found.ref.eventId, found.ref.registrationId, parsed.data.reason, found.options),
    values,
  );
}
