import type { Metadata } from "next";
import { notFoundPage } from "@/lib/not-found";
import Link from "next/link";
import { connection } from "next/server";
import { VotingSection } from "@/components/questions/VotingSection";
import { CancelForm, ChangeWorkshopsForm, SwitchModeForm } from "@/components/registration/ManageForms";
import { TeamParticipantsForm } from "@/components/registration/TeamParticipantsForm";
import { MeetingList } from "@/components/event/MeetingList";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { offeredModes, places, placesLeftLabel, placesPerMode } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import { placeLabel } from "@/lib/events/place";
import { labelledChoices, namedRounds, roundChoiceWords, roundHeading } from "@/lib/events/rounds";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { registrantVotingView } from "@/lib/questions/public";
import { votingOpen } from "@/lib/questions/rules";
import { findManagedRegistration } from "@/lib/registration/queries";
import { participantValues } from "@/lib/registration/team-form";
import { cancelAction, changeParticipantsAction, changeWorkshopsAction, switchModeAction } from "./actions";
import { voteAction } from "./vote-actions";

export const metadata: Metadata = { title: "Je aanmelding", robots: { index: false, follow: false } };

const statusLabels: Record<RegistrationStatus, string> = {
  confirmed: "Bevestigd",
  waitlisted: "Op de wachtlijst",
  pending: "Aangevraagd: de organisatie plant een intakegesprek",
  cancelled: "Geannuleerd",
  rejected: "Niet geplaatst",
};

const welcome: Record<string, string> = {
  confirmed: "Je bent aangemeld! We hebben je een bevestiging gemaild, met de bijeenkomst voor je agenda.",
  waitlisted: "Je staat op de wachtlijst. Komt er een plek vrij, dan krijg je die automatisch en mailen we je.",
  pending: "We hebben je aanmelding ontvangen. De organisatie neemt contact met je op voor een intakegesprek.",
};

const teamWelcome: Record<string, string> = {
  confirmed: "Jullie team is aangemeld! We hebben de contactpersoon een bevestiging gemaild.",
  waitlisted: "Jullie team staat op de wachtlijst. Komt er een plek vrij, dan mailen we de contactpersoon.",
  pending: "We hebben jullie aanvraag ontvangen. De organisatie neemt contact op met de contactpersoon voor een intakegesprek.",
};

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ nieuw?: string; geannuleerd?: string }> };

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const found = await findManagedRegistration(token);
  if (!found) notFoundPage();
  const { registration, event, taken } = found;
  const query = await searchParams;
  const team = registration.teamName !== null;
  const justRegistered = (team ? teamWelcome : welcome)[query.nieuw ?? ""];
  const active = registration.status !== "cancelled" && registration.status !== "rejected";
  const changeable = active && event.startsAt > new Date() && event.status === "published";
  // A series runs for months: a team's participants may change until its last meeting.
  const participantsChangeable = team && active && event.endsAt > new Date() && event.status === "published";
  // Accepted after intake.
  const stateLabel = registration.status === "confirmed" && registration.decidedAt ? "Toegelaten" : statusLabels[registration.status];
  const chosen = new Map(registration.workshops.map((choice) => [choice.roundId, choice.workshop.number]));
  const perMode = placesPerMode(event, taken.perMode);
  const online = registration.attendanceMode === "online";
  const voting = event.acceptsQuestions ? await registrantVotingView(registration) : null;

  return (
    <div className="max-w-2xl space-y-8">
      {query.geannuleerd && registration.status === "cancelled" && (
        <p role="status" className="rounded-lg border border-brand-600 bg-brand-50 p-4 text-lg text-brand-900">
          Je aanmelding is geannuleerd. Je krijgt een bevestiging per e-mail.
        </p>
      )}
      {justRegistered && active && (
        <p role="status" className="rounded-lg border border-brand-600 bg-brand-50 p-4 text-lg text-brand-900">
          {justRegistered}
        </p>
      )}
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{team ? "Jullie aanmelding" : "Je aanmelding"}</h1>
        <p className="mt-2 text-lg">
          <Link href={`/evenementen/${event.slug}`} className="text-brand-700 underline">
            {event.title}
          </Link>
          <span className="block text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</span>
          <span className="block text-stone-700">
            {event.meetings.length > 0
              ? `${event.meetings.length} bijeenkomsten${new Set(event.meetings.map((meeting) => meeting.mode)).size > 1 ? ", deels op locatie, deels online" : ""}`
              : online
                ? `Online${event.onlinePlatform ? ` via ${event.onlinePlatform}` : ""}`
                : placeLabel({ ...event, attendanceMode: "physical" })}
          </span>
        </p>
      </div>

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="registration-state">{stateLabel}</dd>
        {team && (
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
        )}
        {!team && (
          <>
            <dt className="font-semibold">Naam</dt>
            <dd>{registration.name}</dd>
            <dt className="font-semibold">E-mailadres</dt>
            <dd>{registration.email}</dd>
          </>
        )}
        {!team && registration.organisation && (
          <>
            <dt className="font-semibold">Organisatie</dt>
            <dd>{registration.organisation}</dd>
          </>
        )}
        {event.attendanceMode === "hybrid" && !event.registersTeams && (
          <>
            <dt className="font-semibold">Deelname</dt>
            <dd>{participationModeLabels[registration.attendanceMode]}</dd>
          </>
        )}
        {labelledChoices(registration.workshops.map((choice) => ({ ...choice, roundNumber: choice.round.number })), event.rounds)
          .map((choice) => (
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

      {registration.status === "confirmed" && online && (
        <section aria-labelledby="online-meedoen" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
          <h2 id="online-meedoen" className="text-xl font-semibold">Online meedoen</h2>
          {event.onlineJoinUrl ? (
            <>
              <p className="mt-2">
                <a href={event.onlineJoinUrl} className="font-semibold text-brand-700 underline">
                  Doe online mee{event.onlinePlatform ? ` via ${event.onlinePlatform}` : ""}
                </a>
              </p>
              {event.onlineJoinDetails && <p className="mt-2 whitespace-pre-line">{event.onlineJoinDetails}</p>}
            </>
          ) : (
            <p className="mt-2">De link om mee te doen staat hier zodra de organisatie hem heeft ingesteld, en je ontvangt hem uiterlijk een dag vooraf per e-mail.</p>
          )}
        </section>
      )}

      {voting && (
        <VotingSection
          {...voting}
          closedBecause={!active ? "Stemmen kan alleen met een actieve aanmelding." : votingOpen(event, new Date()) ? null : "Stemmen is gesloten."}
          action={voteAction.bind(null, token)}
        />
      )}

      {event.meetings.length > 0 && (
        <section aria-labelledby="bijeenkomsten">
          <h2 id="bijeenkomsten" className="text-xl font-semibold">Bijeenkomsten</h2>
          <MeetingList meetings={event.meetings} />
          <a className="mt-2 inline-block text-brand-700 underline" href={`/evenementen/${event.slug}/agenda.ics`}>
            Zet alle bijeenkomsten in je agenda<span className="sr-only"> (iCalendar-bestand)</span>
          </a>
        </section>
      )}

      {participantsChangeable && (
        <section aria-labelledby="deelnemers-wijzigen">
          <h2 id="deelnemers-wijzigen" className="mb-3 text-xl font-semibold">Deelnemers wijzigen</h2>
          <TeamParticipantsForm action={changeParticipantsAction.bind(null, token)} current={participantValues(registration.participants.map(({ name, email, role }) => ({ name, email, role: role ?? "" })))} />
        </section>
      )}

      {changeable && event.rounds.length > 0 && (
        <section aria-labelledby="workshops-wijzigen">
          <h2 id="workshops-wijzigen" className="mb-3 text-xl font-semibold">Workshops wijzigen</h2>
          <ChangeWorkshopsForm
            action={changeWorkshopsAction.bind(null, token)}
            rounds={namedRounds(event.rounds).map((round) => ({
              number: round.number,
              label: roundHeading(round),
              noneLabel: roundChoiceWords[round.kind].none,
              chosen: chosen.get(round.id) ?? null,
              workshops: round.workshops.map((workshop) => {
                const workshopPlaces = places(workshop.capacity, taken.perWorkshop.get(workshop.id) ?? 0);
                return { number: workshop.number, title: workshop.title, placesLabel: placesLeftLabel(workshopPlaces), full: workshopPlaces.remaining === 0 };
              }),
            }))}
          />
        </section>
      )}

      {changeable && offeredModes(event).length > 1 && (
        <section aria-labelledby="deelname-wijzigen">
          <h2 id="deelname-wijzigen" className="mb-3 text-xl font-semibold">Op locatie of online</h2>
          <SwitchModeForm
            action={switchModeAction.bind(null, token)}
            current={registration.attendanceMode}
            options={offeredModes(event).map((mode) => ({ value: mode, label: participationModeLabels[mode], note: mode === registration.attendanceMode ? null : placesLeftLabel(perMode[mode]!) }))}
          />
        </section>
      )}

      {changeable && (
        <section aria-labelledby="annuleren">
          <h2 id="annuleren" className="mb-3 text-xl font-semibold">Annuleren</h2>
          <CancelForm action={cancelAction.bind(null, token)} />
        </section>
      )}

      {!active && (
        <p>
          Toch weer willen komen?{" "}
          <Link href={`/evenementen/${event.slug}`} className="text-brand-700 underline">
            Bekijk de bijeenkomst
          </Link>{" "}
          en meld je opnieuw aan zolang er plaats is.
        </p>
      )}
    </div>
  );
}
