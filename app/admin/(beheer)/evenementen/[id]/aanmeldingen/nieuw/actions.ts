"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { addRegistrationByHand, manualRegistrationFromForm } from "@/lib/registration/add-by-hand";
import { registrationPath, registrationsPath } from "@/lib/registration/admin-paths";

/** Adds someone by hand; the rules and the schema (manualRegistrationSchema) live in lib/registration/add-by-hand. */
export const addRegistrationAction = adminAction(
  { args: [z.number().int().positive()] as const, notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], form, values, baseUrl }) => {
    const outcome = await addRegistrationByHand(db, eventId, manualRegistrationFromForm(form), { actor: admin, baseUrl });
    switch (outcome.kind) {
      case "not_found":
        return { status: "error", message: "Dit evenement bestaat niet (meer) of is nog een concept.", values } satisfies ActionState;
      case "invalid":
        return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: outcome.errors, values } satisfies ActionState;
      case "refused":
        return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values } satisfies ActionState;
      case "added":
        return committed(outcome, {
          redirectTo: `${registrationPath(eventId, outcome.registrationId)}?gedaan=${outcome.auditId}`,
          revalidate: [registrationsPath(eventId)],
        });
    }
  },
);
