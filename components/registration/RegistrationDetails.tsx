import { participationModeLabels } from "@/lib/events/formats";
import { labelledChoices } from "@/lib/events/rounds";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import type { ManagedRegistration } from "@/lib/registration/queries";

// What the manage page knows of a registration: its status, who (a person, or a team with participants),
// how they take part and what they chose.

const statusLabels: Record<RegistrationStatus, string> = {
  confirmed: "Bevestigd",
  waitlisted: "Op de wachtlijst",
  pending: "Aangevraagd: de organisatie plant een intakegesprek",
  cancelled: "Geannuleerd",
  rejected: "Niet geplaatst",
  offered: "Er staat een plek voor je klaar: neem hem aan via de link in je e-mail",
};

export function RegistrationDetails({ registration, event, team }: Pick<ManagedRegistration, "registration" | "event"> & { team: boolean }) {
  // Accepted after intake.
  const stateLabel = registration.status === "confirmed" && registration.decidedAt ? "Toegelaten" : statusLabels[registration.status];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Status</dt>
      <dd data-testid="registration-state">{stateLabel}</dd>
      {team ? <TeamDetails registration={registration} /> : <PersonDetails registration={registration} />}
      {event.attendanceMode === "hybrid" && !event.registersTeams && (
        <>
          <dt className="font-semibold">Deelname</dt>
          <dd>{participationModeLabels[registration.attendanceMode]}</dd>
        </>
      )}
      {labelledChoices(registration.workshops.map((choice) => ({ ...choice, roundNumber: choice.round.number })), event.rounds).map((choice) => (
        <div key={choice.roundId} className="contents">
          <dt className="font-semibold">{choice.roundLabel}</dt>
          <dd>
            Nr. {choice.workshop.number}: {choice.workshop.title}
            {choice.workshop.room && <span className="text-stone-600"> ({choice.workshop.room})</span>}
          </dd>
        </div>
      ))}
      {registration.dietaryWishes && (
        <>
          <dt className="font-semibold">Dieetwensen</dt>
          <dd>{registration.dietaryWishes}</dd>
        </>
      )}
    </dl>
  );
}

function TeamDetails({ registration }: Pick<ManagedRegistration, "registration">) {
  return (
    <>
      <dt className="font-semibold">Team</dt>
      <dd data-testid="team-name">{registration.teamName}</dd>
      <dt className="font-semibold">Gemeente of organisatie</dt>
      <dd>{registration.organisation}</dd>
      <dt className="font-semibold">Contactpersoon</dt>
      <dd>
        {registration.name}
        {registration.role && <span className="text-stone-600">, {registration.role}</span>}
        <span className="block break-all">{registration.email}</span>
      </dd>
      <dt className="font-semibold">Deelnemers</dt>
      <dd>
        <ul data-testid="team-participants" className="space-y-1">
          {registration.participants.map((participant) => (
            <li key={participant.id}>
              {participant.name}
              {participant.role && <span className="text-stone-600">, {participant.role}</span>}
              <span className="block break-all text-sm text-stone-600">{participant.email}</span>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function PersonDetails({ registration }: Pick<ManagedRegistration, "registration">) {
  return (
    <>
      <dt className="font-semibold">Naam</dt>
      <dd>{registration.name}</dd>
      <dt className="font-semibold">E-mailadres</dt>
      <dd>{registration.email}</dd>
      {registration.organisation && (
        <>
          <dt className="font-semibold">Organisatie</dt>
          <dd>{registration.organisation}</dd>
        </>
      )}
    </>
  );
}
