"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { eventPagesChanged } from "@/lib/events/invalidate";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { dispatchMail } from "@/lib/mail/worker";
import { clientIp, consumeRegistrationAttempt } from "@/lib/registration/rate-limit";
import { registerForEvent } from "@/lib/registration/register";
import { registrationInputFromForm } from "@/lib/registration/schema";

/** The registration form's action. Public by design: anyone may register; the rate limit guards it. */
export async function registerAction(slug: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const input = registrationInputFromForm(form);
  const limit = await consumeRegistrationAttempt({ ip: clientIp(await headers()), email: typeof input.email === "string" ? input.email : undefined });
  if (!limit.ok) return { status: "error", message: limit.message, values };

  const outcome = await registerForEvent(db, slug, input, { baseUrl: env().BASE_URL });
  switch (outcome.kind) {
    case "registered":
      eventPagesChanged(slug);
      dispatchMail(outcome.mailIds);
      redirect(`/aanmelding/${outcome.manageToken}?nieuw=${outcome.status}`);
    case "refused":
      dispatchMail(outcome.mailIds);
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values };
    case "invalid":
      return { status: "error", message: "Controleer de velden die hieronder zijn gemarkeerd.", fieldErrors: outcome.errors, values };
    case "spam":
      return { status: "error", message: "Je aanmelding kon niet worden verwerkt.", values };
    case "not_found":
      return { status: "error", message: "Deze bijeenkomst bestaat niet (meer).", values };
  }
}
