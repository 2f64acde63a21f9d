import { isAlmostFull, placesPerMode, publicStatus, type AvailabilityInput } from "@/lib/events/availability";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";

// The one word a card in the listing shows about registering, so a full event does not look bookable until opened.

export type CardStatus = { tone: "open" | "scarce" | "full" | "closed" | "past"; label: string };

/** "Afgelopen", "Vol", "Wachtlijst", "Nog 4 plekken", "Aanmelding gesloten"; null for cancelled and postponed events, which the card marks itself. */
export function cardStatus(
  event: AvailabilityInput & { endsAt: Date },
  taken: Record<ParticipationMode, number>,
  now: Date = new Date(),
): CardStatus | null {
  if (event.status === "cancelled" || event.status === "postponed") return null;
  if (event.endsAt < now) return { tone: "past", label: "Afgelopen" };
  const status = publicStatus(event, taken, now);
  switch (status.key) {
    case "full":
      return { tone: "full", label: "Vol" };
    case "waitlist":
      return { tone: "full", label: "Wachtlijst" };
    case "not_yet_open":
      return { tone: "closed", label: "Aanmelding nog niet open" };
    case "almost_full": {
      const modePlaces = Object.values(placesPerMode(event, taken));
      const remaining = modePlaces.reduce((sum, entry) => sum + (entry.remaining ?? 0), 0);
      const noun = event.registersTeams ? (remaining === 1 ? "team" : "teams") : remaining === 1 ? "plek" : "plekken";
      return isAlmostFull(modePlaces)
        ? { tone: "scarce", label: event.registersTeams ? `Nog ruimte voor ${remaining} ${noun}` : `Nog ${remaining} ${noun}` }
        : null;
    }
    case "open":
      return { tone: "open", label: "Aanmelden kan" };
    default:
      return { tone: "closed", label: "Aanmelding gesloten" };
  }
}
