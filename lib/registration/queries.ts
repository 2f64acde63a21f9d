import "server-only";
import { db } from "@/lib/db/client";
import { countPlacesTaken } from "@/lib/registration/capacity/counts";
import { findRegistrationByToken } from "@/lib/registration/manage";

/** The manage page's data: the registration behind the token, its event, and the places left now. */
export async function findManagedRegistration(token: string) {
  const found = await findRegistrationByToken(db, token);
  if (!found) return null;
  return { ...found, taken: await countPlacesTaken(db, found.event.id) };
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof findManagedRegistration>>>;
