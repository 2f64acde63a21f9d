import { formatDutchTimeRange } from "@/lib/dates";
import type { RoundKind } from "@/lib/generated/prisma/enums";

// How a round of workshops or activities is named wherever it is shown (event page, form, manage page).

type RoundLike = { number: number; kind: RoundKind; title: string | null; startsAt: Date; endsAt: Date };

/** In the order of the day: an activity round added later may fall between two workshop rounds. */
export function chronological<T extends { startsAt: Date; number: number }>(rounds: T[]): T[] {
  return [...rounds].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.number - b.number);
}

export function roundHeading(round: RoundLike): string {
  const name = round.title ?? (round.kind === "activities" ? "Activiteiten" : `Ronde ${round.number}`);
  const prefix = round.title && round.kind === "workshops" ? `Ronde ${round.number}: ` : "";
  return `${prefix}${name} (${formatDutchTimeRange(round.startsAt, round.endsAt)})`;
}

export const roundChoiceWords: Record<RoundKind, { pick: string; none: string; item: string }> = {
  workshops: { pick: "Kies één workshop in deze ronde.", none: "Geen workshop in deze ronde", item: "workshop" },
  activities: { pick: "Kies één activiteit; er zijn beperkt plekken.", none: "Geen activiteit", item: "activiteit" },
};
