import { formatDutchTimeRange } from "@/lib/dates";
import type { RoundKind } from "@/lib/generated/prisma/enums";

// How rounds of workshops or activities are named and ordered wherever they are shown: the event page, the
// forms, the manage page, every mail, admin, CSV and presence lists. The stored `number` is only the key the
// forms and the API use; an activities round added later may have number 3 and still fall between rounds 1 and 2.

type RoundNaming = { number: number; kind: RoundKind; title: string | null; startsAt: Date };
export type RoundWithWorkshops<W> = RoundNaming & { workshops: W[] };
type RoundLike = RoundNaming & { endsAt: Date };

/** In the order of the day. */
export function chronological<T extends { startsAt: Date; number: number }>(rounds: T[]): T[] {
  return [...rounds].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.number - b.number);
}

/**
 * Each round's name, by its stored number: workshop rounds "Ronde 1", "Ronde 2" by their place in time among
 * the workshop rounds; an activities round by its title ("Speeddates, wijkwandeling of posters").
 */
export function roundNames(rounds: RoundNaming[]): Map<number, string> {
  const names = new Map<number, string>();
  let workshopRounds = 0;
  for (const round of chronological(rounds)) {
    if (round.kind === "activities") names.set(round.number, round.title ?? "Activiteiten");
    else names.set(round.number, `Ronde ${++workshopRounds}`);
  }
  return names;
}

/** The rounds in time order, each with its name. */
export function namedRounds<T extends RoundNaming>(rounds: T[]): (T & { name: string })[] {
  const names = roundNames(rounds);
  return chronological(rounds).map((round) => ({ ...round, name: names.get(round.number)! }));
}

/** A workshop named with its round, for filters, charts and reports: "Ronde 1, workshop 2: Titel". */
export function workshopWithRound(round: { name: string }, workshop: { number: number; title: string }): string {
  return `${round.name}, workshop ${workshop.number}: ${workshop.title}`;
}

/** Every workshop of an event in the order of the day, each with its label. */
export function workshopsInDayOrder<W extends { number: number; title: string }>(rounds: RoundWithWorkshops<W>[]): (W & { label: string })[] {
  return namedRounds(rounds).flatMap((round) =>
    [...round.workshops].sort((a, b) => a.number - b.number).map((workshop) => ({ ...workshop, label: workshopWithRound(round, workshop) })),
  );
}

/** "Ronde 1: Ochtendprogramma (11.10–12.10 uur)", "Speeddates, wijkwandeling of posters (13.00–14.00 uur)". */
export function roundHeading(round: RoundLike & { name: string }): string {
  const title = round.title && round.kind === "workshops" ? `: ${round.title}` : "";
  return `${round.name}${title} (${formatDutchTimeRange(round.startsAt, round.endsAt)})`;
}

/** What a chosen workshop is listed under in mails, CSV and admin: "Workshop ronde 1", or the activities round's name. */
export function roundChoiceLabel(round: { kind: RoundKind; name: string }): string {
  return round.kind === "activities" ? round.name : `Workshop ${round.name.toLowerCase()}`;
}

/** Chosen workshops in the order of their rounds in the day, each with the label of its round. */
export function labelledChoices<T extends { roundNumber: number }>(choices: T[], rounds: RoundNaming[]): (T & { roundLabel: string })[] {
  const order = new Map(namedRounds(rounds).map((round, index) => [round.number, { index, label: roundChoiceLabel(round) }]));
  return [...choices]
    .sort((a, b) => (order.get(a.roundNumber)?.index ?? 0) - (order.get(b.roundNumber)?.index ?? 0))
    .map((choice) => ({ ...choice, roundLabel: order.get(choice.roundNumber)?.label ?? `Ronde ${choice.roundNumber}` }));
}

export const roundChoiceWords: Record<RoundKind, { pick: string; none: string; item: string }> = {
  workshops: { pick: "Kies één workshop in deze ronde.", none: "Geen workshop in deze ronde", item: "workshop" },
  activities: { pick: "Kies één activiteit; er zijn beperkt plekken.", none: "Geen activiteit", item: "activiteit" },
};
