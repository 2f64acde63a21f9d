"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addRegistrationByHand, manualRegistrationFromForm } from "@/lib/registration/add-by-hand";
import { registrationPath, registrationsPath } from "@/lib/registration/admin-paths";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { dispatchMail } from "@/lib/mail/worker";

/** Adds someone by hand; the rules and the schema (manualRegistrationSchema) live in lib/registration/add-by-hand. */
export async function addRegistrationAction(eventId: number, _previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  const id = z.number().int().positive().safeParse(eventId);
  if (!id.success) return { status: "error", message: "Dit evenement bestaat niet (meer)." };
  const values = formValues(form);
  const outcome = await addRegistrationByHand(db, id.data, manualRegistrationFromForm(form), { actor: user, baseUrl: env().BASE_URL });
  switch (outcome.kind) {
    case "not_found":
      return { status: "error", message: "Dit evenement bestaat niet (meer) of is nog een concept.", values };
    case "invalid":
      return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: outcome.errors, values };
    case "refused":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values };
    case "added":
      dispatchMail(outcome.mailIds);
      revalidatePath(registrationsPath(id.data));
      redirect(`${registrationPath(id.data, outcome.registrationId)}?gedaan=${outcome.auditId}`);
  }
}
