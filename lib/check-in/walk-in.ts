import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminUser } from "@/lib/auth/session";
import type { DoorAnswer } from "@/lib/check-in/answer";
import { checkIn } from "@/lib/check-in/check-in";
import { parseRoom } from "@/lib/check-in/door-page";
import type { Effects } from "@/lib/effects";
import type { FieldErrors } from "@/lib/forms/action-state";
import { addRegistrationByHand, manualRegistrationFromForm } from "@/lib/registration/add-by-hand";

// A walk-in: someone at the door who did not register. Added through the organiser's add-by-hand path (same
// rules and capacity module; over capacity only with "Ook als het vol is"), on site, then checked in.

export type WalkInOutcome = ({ kind: "done"; answer: DoorAnswer } & Effects) | { kind: "refused"; message: string; fieldErrors?: FieldErrors };

export async function walkIn(db: PrismaClient, eventId: number, form: FormData, { actor, baseUrl }: { actor: Pick<AdminUser, "id" | "name">; baseUrl: string }): Promise<WalkInOutcome> {
  const input = { ...manualRegistrationFromForm(form), attendanceMode: "physical" };
  const added = await addRegistrationByHand(db, eventId, input, { actor, baseUrl });
  switch (added.kind) {
    case "not_found":
      return { kind: "refused", message: "Dit evenement bestaat niet (meer) of is nog een concept." };
    case "invalid":
      return { kind: "refused", message: "Controleer de gemarkeerde velden.", fieldErrors: added.errors };
    case "refused":
      return { kind: "refused", message: added.message, fieldErrors: added.fieldErrors };
    case "added": {
      // Waitlisted (full, not ticked): the answer says so and no one is checked in.
      const { answer } = await checkIn(db, eventId, { registrationId: added.registrationId }, { actor, source: "walk_in", room: parseRoom(form.get("room")) });
      return { kind: "done", answer, mailIds: added.mailIds, eventSlugs: added.eventSlugs };
    }
  }
}
