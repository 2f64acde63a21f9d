"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { afterCommit } from "@/lib/after-commit";
import { env } from "@/lib/env";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { clientIp, consumeRegistrationAttempt } from "@/lib/registration/rate-limit";
import { registerForEvent } from "@/lib/registration/register";
import { registrationInputFromForm } from "@/lib/registration/schema";
import { editedParticipantRows, participantRowsFromForm, withParticipantValues } from "@/lib/registration/team-form";

/** The registration form's action. Public by design: anyone may register; the rate limit guards it. */
export async function registerAction(slug: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  // "Deelnemer toevoegen" or "Verwijder deelnemer" without JavaScript: the same form, a row more or less.
  const editedRows = editedParticipantRows(form);
  if (editedRows) return { status: "idle", values: withParticipantValues(formValues(form), editedRows) };
  // A team's rows as the schema numbers them (empty rows dropped), so each error lands on its own row.
  const values = form.has("team-name") ? withParticipantValues(formValues(form), participantRowsFromForm(form)) : formValues(form);
  const input = registrationInputFromForm(form);
  const limit = await consumeRegistrationAttempt({ ip: clientIp(await headers()), email: typeof input.email === "string" ? input.email : undefined });
  if (!limit.ok) return { status: "error", message: limit.message, values };

  const outcome = await registerForEvent(slug, input, { baseUrl: env().BASE_URL });
  switch (outcome.kind) {
    case "registered":
      afterCommit(outcome);
      redirect(`/aanmelding/${outcome.manageToken}?nieuw=${outcome.status}`);
    case "refused":
      afterCommit(outcome);
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values };
    case "invalid":
      return { status: "error", message: "Controleer de velden die hieronder zijn gemarkeerd.", fieldErrors: outcome.errors, values };
    case "spam":
      return { status: "error", message: "Je aanmelding kon niet worden verwerkt.", values };
    case "not_found":
      return { status: "error", message: "Deze bijeenkomst bestaat niet (meer).", values };
  }
}
