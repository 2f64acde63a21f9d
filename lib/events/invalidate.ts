import { revalidatePath } from "next/cache";

/**
 * Call after anything that changes places left (registration, cancellation, change of workshop) or what an
 * event page shows, from a server action or route handler, so no visitor sees stale places.
 */
export function placesChanged(slug: string): void {
  revalidatePath(`/evenementen/${slug}`);
  revalidatePath("/");
}
