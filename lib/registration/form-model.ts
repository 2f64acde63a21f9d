import { accreditationBodyName, registerNumberHints } from "@/lib/accreditation/bodies";
import type { AccreditationBody } from "@/lib/generated/prisma/enums";
import { offeredModes, places, placesLeftLabel, placesPerMode, registrationState } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import type { PlacesTaken, PublicEvent } from "@/lib/events/queries";
import { namedRounds, roundChoiceWords, roundHeading } from "@/lib/events/rounds";

// The registration form's view of an event, as plain data a client component can take: modes, rounds and
// workshops with their places left, questions, and what the form must ask.

export type RegistrationFormEvent = {
  modes: { value: "physical" | "online"; label: string; placesLabel: string | null; full: boolean }[];
  rounds: {
    number: number;
    label: string;
    pickHint: string;
    noneLabel: string;
    workshops: { number: number; title: string; hosts: string | null; onSiteOnly: boolean; placesLabel: string | null; full: boolean }[];
  }[];
  questions: { id: number; label: string; help: string | null; kind: "short_text" | "long_text" | "choice"; required: boolean; options: string[] }[];
  lunch: boolean;
  acceptsQuestions: boolean;
  waitlist: boolean;
  /** Registration per team (leerkring): team fields, a contact person and participants. */
  teams: boolean;
  /** The registers accrediting the event: the form asks for one and the registration number in it. */
  registers: { value: AccreditationBody; label: string; hint: string }[];
};

/** What the registration form shows of an event: modes and workshops with the places left right now. */
export function registrationFormModel(event: PublicEvent, taken: PlacesTaken, now: Date = new Date()): RegistrationFormEvent {
  const perMode = placesPerMode(event, taken.perMode);
  return {
    modes: offeredModes(event).map((mode) => {
      const modePlaces = perMode[mode]!;
      return { value: mode, label: participationModeLabels[mode], placesLabel: placesLeftLabel(modePlaces), full: modePlaces.remaining === 0 };
    }),
    rounds: namedRounds(event.rounds).map((round) => ({
      number: round.number,
      label: roundHeading(round),
      pickHint: roundChoiceWords[round.kind].pick,
      noneLabel: roundChoiceWords[round.kind].none,
      workshops: round.workshops.map((workshop) => {
        const workshopPlaces = places(workshop.capacity, taken.perWorkshop.get(workshop.id) ?? 0);
        return { number: workshop.number, title: workshop.title, hosts: workshop.hosts, onSiteOnly: workshop.onSiteOnly, placesLabel: placesLeftLabel(workshopPlaces), full: workshopPlaces.remaining === 0 };
      }),
    })),
    questions: event.questions.map(({ id, label, help, kind, required, options }) => ({ id, label, help, kind, required, options })),
    lunch: event.lunchProvided && event.attendanceMode !== "online",
    acceptsQuestions: event.acceptsQuestions,
    waitlist: registrationState(event, taken.perMode, now) === "waitlist",
    teams: event.registersTeams,
    registers: [...new Map(event.accreditations.map((a) => [a.body, { value: a.body, label: accreditationBodyName(a), hint: registerNumberHints[a.body] }])).values()],
  };
}
