import type { Metadata } from "next";
import { notFoundPage } from "@/lib/not-found";
import Link from "next/link";
import { connection } from "next/server";
import { VotingSection } from "@/components/questions/VotingSection";
import { ManageHeader } from "@/components/registration/ManageHeader";
import { CancelForm } from "@/components/registration/ManageForms";
import { MeetingsSection, OnlineJoinSection, ParticipationSection } from "@/components/registration/ManageSections";
import { RegistrationDetails } from "@/components/registration/RegistrationDetails";
import { TeamParticipantsForm } from "@/components/registration/TeamParticipantsForm";
import { offeredModes } from "@/lib/events/availability";
import { registrantVotingView } from "@/lib/questions/public";
import { votingOpen } from "@/lib/questions/rules";
import { participationFormModel } from "@/lib/registration/manage-form-model";
import { findManagedRegistration } from "@/lib/registration/queries";
import { participantValues } from "@/lib/registration/team-form";
import { cancelAction, changeParticipantsAction, changeParticipationAction } from "./actions";
import { voteAction } from "./vote-actions";

export const metadata: Metadata = { title: "Je aanmelding", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ nieuw?: string; geannuleerd?: string; aanbod?: string }> };

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const found = await findManagedRegistration(token);
  if (!found) notFoundPage();
  const { registration, event } = found;
  const team = registration.teamName !== null;
  const active = registration.status !== "cancelled" && registration.status !== "rejected";
  const changeable = active && event.startsAt > new Date() && event.status === "published";
  // A series runs for months: a team's participants may change until its last meeting.
  const participantsChangeable = team && active && event.endsAt > new Date() && event.status === "published";
  const voting = event.acceptsQuestions ? await registrantVotingView(registration) : null;

  return (
    <div className="max-w-2xl space-y-8">
      <ManageHeader {...found} team={team} active={active} query={await searchParams} />
      <RegistrationDetails registration={registration} event={event} team={team} />
      {registration.status === "offered" && (
        <p>
          <Link href={`/aanmelding/${token}/aanbod`} className="text-lg font-semibold text-brand-700 underline underline-offset-4">
            Neem de aangeboden plek aan of sla hem af
          </Link>
        </p>
      )}
      {registration.status === "confirmed" && registration.attendanceMode === "online" && <OnlineJoinSection event={event} />}
      {voting && (
        <VotingSection
          {...voting}
          closedBecause={!active ? "Stemmen kan alleen met een actieve aanmelding." : votingOpen(event, new Date()) ? null : "Stemmen is gesloten."}
          action={voteAction.bind(null, token)}
        />
      )}
      {event.meetings.length > 0 && <MeetingsSection event={event} />}
      {participantsChangeable && (
        <section aria-labelledby="deelnemers-wijzigen">
          <h2 id="deelnemers-wijzigen" className="mb-3 text-xl font-semibold">
            Deelnemers wijzigen
          </h2>
          <TeamParticipantsForm
            action={changeParticipantsAction.bind(null, token)}
            current={participantValues(registration.participants.map(({ name, email, role }) => ({ name, email, role: role ?? "" })))}
          />
        </section>
      )}
      {changeable && (event.rounds.length > 0 || offeredModes(event).length > 1) && (
        <ParticipationSection model={participationFormModel(found)} action={changeParticipationAction.bind(null, token)} />
      )}
      {changeable && (
        <section aria-labelledby="annuleren">
          <h2 id="annuleren" className="mb-3 text-xl font-semibold">
            Annuleren
          </h2>
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
