"use server";

import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { erasePerson, erasureRequestSchema } from "@/lib/privacy/requests";

// Erasure is a beheerder's business: the guard refuses everyone else.

export const erasePersonAction = adminAction(
  { role: "beheerder", schema: erasureRequestSchema, invalid: "Vink eerst aan dat je alle gegevens van dit adres wilt verwijderen." },
  async ({ admin, input, baseUrl }) => {
    const outcome = await erasePerson(db, input.email, { actor: admin, baseUrl });
    const message = `Verwijderd: ${outcome.registrations} ${outcome.registrations === 1 ? "aanmelding" : "aanmeldingen"} geanonimiseerd, ${outcome.cancelled} geannuleerd. Vrijgekomen plekken gingen naar de wachtlijst.`;
    return committed(outcome, { state: { status: "success", message } satisfies ActionState, revalidate: ["/admin/privacy"] });
  },
);
