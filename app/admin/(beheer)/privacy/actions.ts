"use server";

import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import { erasePerson, erasureRequestSchema } from "@/lib/privacy/requests";

// Erasure is a beheerder's business: the guard refuses everyone else.

export const erasePersonAction = adminAction(
  { role: "beheerder", schema: erasureRequestSchema, invalid: "Vink eerst aan dat je alle gegevens van dit adres wilt verwijderen." },
  async ({ admin, input, baseUrl }) => {
    const outcome = await erasePerson(db, input.email, { actor: admin, baseUrl });
    // The address is gone, so the page cannot show it again: it says what was done, by the numbers.
    return committed(outcome, { redirectTo: `/admin/privacy?verwijderd=${outcome.registrations}&geannuleerd=${outcome.cancelled}` });
  },
);
