import { offeredModes, places, placesLeftLabel, placesPerMode } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import { namedRounds, roundChoiceWords, roundHeading } from "@/lib/events/rounds";
import type { ManagedRegistration } from "@/lib/registration/queries";

/** What the manage page's participation form shows: the modes on offer and each round's workshops, with places left now. */
export function participationFormModel({ registration, event, taken }: ManagedRegistration) {
  const chosen = new Map(registration.workshops.map((choice) => [choice.roundId, choice.workshop.number]));
  const perMode = placesPerMode(event, taken.perMode);
  return {
    current: registration.attendanceMode,
    modes: offeredModes(event).map((mode) => ({ value: mode, label: participationModeLabels[mode], note: mode === registration.attendanceMode ? null : placesLeftLabel(perMode[mode]!) })),
    rounds: namedRounds(event.rounds).map((round) => ({
      number: round.number,
      label: roundHeading(round),
      noneLabel: roundChoiceWords[round.kind].none,
      chosen: chosen.get(round.id) ?? null,
      workshops: round.workshops.map((workshop) => {
        const workshopPlaces = places(workshop.capacity, taken.perWorkshop.get(workshop.id) ?? 0);
        return { number: workshop.number, title: workshop.title, placesLabel: placesLeftLabel(workshopPlaces), full: workshopPlaces.remaining === 0, onSiteOnly: workshop.onSiteOnly };
      }),
    })),
  };
}
