import type { Metadata } from "next";
import { CheckInTicket } from "@/components/registration/CheckInTicket";
import { checkInQrSvg, showsCheckInCode } from "@/lib/check-in/qr";
import { accreditationBodyLabels } from "@/lib/accreditation/bodies";
import { certificateReady } from "@/lib/accreditation/certificate-data";
import { db } from "@/lib/db/client";
import { findEvaluation } from "@/lib/evaluation/respond";
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
import { selfServiceClosedMessage, selfServiceOpen } from "@/lib/registration/self-service";
import { participantValues } from "@/lib/registration/team-form";
import { TitledPage } from "@/components/forms/TitledPage";
import { publicPageTitle } from "@/lib/page-title";
import { cancelAction, changeParticipantsAction, changeParticipationAction } from "./actions";
import { voteAction } from "./vote-actions";

// The page renders its title itself (TitledPage) so a form's "Fout: …" title can come before it.
export const metadata: Metadata = { title: null, robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ nieuw?: string; geannuleerd?: string }> };

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const found = await findManagedRegistration(token);
  if (!found) notFoundPage();
  const { registration, event } = found;
  const team = registration.teamName !== null;
  const active = registration.status !== "cancelled" && registration.status !== "rejected";
  const now = new Date();
  const changeable = active && selfServiceOpen(event, now) && event.status === "published";
  // A series runs for months: a team's participants may change until its last meeting.
  const participantsWindow = { ...event, startsAt: event.meetings.length > 0 ? event.endsAt : event.startsAt };
  const participantsChangeable =
    team && active && selfServiceOpen(participantsWindow, now) && event.endsAt > now && event.status === "published";
  // Past the deadline (not past the event itself) the page says whom to ask instead of showing the forms.
  const closedNotice =
    active && event.status === "published" && event.startsAt > now && !selfServiceOpen(event, now)
      ? selfServiceClosedMessage(event, event.contactPersons[0])
      : null;
  const voting = event.acceptsQuestions ? await registrantVotingView(registration) : null;
  // After the event, for those who were there: the evaluation until it is answered, then a thank-you.
  const evaluation = (await findEvaluation(db, token, now))?.access.kind;

  return (
    <TitledPage title={publicPageTitle("Je aanmelding")}>
      <div className="max-w-2xl space-y-8">
        <ManageHeader {...found} team={team} active={active} query={await searchParams} />
        <RegistrationDetails registration={registration} event={event} team={team} />
        {showsCheckInCode(registration) && registration.attendanceMode !== "online" && (
          <CheckInTicket code={registration.checkInCode} svg={await checkInQrSvg(registration.checkInCode)} ticketHref={`/aanmelding/${token}/ticket`} />
        )}
        {registration.status === "offered" && (
          <p>
            <Link href={`/aanmelding/${token}/aanbod`} className="text-lg font-semibold text-brand-700 underline underline-offset-4">
              Neem de aangeboden plek aan of sla hem af
            </Link>
          </p>
        )}
        {registration.registerBody && (
          <p>
            Accreditatie: {accreditationBodyLabels[registration.registerBody]}
            {registration.registerNumber && `, registratienummer ${registration.registerNumber}`}
          </p>
        )}
        {(await certificateReady(db, registration.id, event)) && (
          <section aria-labelledby="bewijs">
            <h2 id="bewijs" className="mb-3 text-xl font-semibold">
              Bewijs van deelname
            </h2>
            <a href={`/aanmelding/${token}/bewijs.pdf`} className="text-brand-700 underline">
              Download je bewijs van deelname (pdf)
            </a>
          </section>
        )}
        {(evaluation === "open" || evaluation === "answered") && (
          <section aria-labelledby="evaluatie">
            <h2 id="evaluatie" className="mb-3 text-xl font-semibold">
              Evaluatie
            </h2>
            {evaluation === "open" ? (
              <p>
                Hoe vond je het? Met je antwoorden maken we de volgende bijeenkomst beter.{" "}
                <Link href={`/aanmelding/${token}/evaluatie`} className="text-brand-700 underline">
                  Vul de evaluatie in
                </Link>
              </p>
            ) : (
              <p>Bedankt voor het invullen van de evaluatie.</p>
            )}
          </section>
        )}
        {registration.status === "confirmed" && registration.attendanceMode === "online" && <OnlineJoinSection event={event} />}
        {voting && (
          <VotingSection
            {...voting}
            closedBecause={
              !active ? "Stemmen kan alleen met een actieve aanmelding." : votingOpen(event, new Date()) ? null : "Stemmen is gesloten."
            }
            action={voteAction.bind(null, token)}
          />
        )}
        {event.meetings.length > 0 && <MeetingsSection event={event} />}
        {closedNotice && (
          <section aria-labelledby="wijzigen-gesloten">
            <h2 id="wijzigen-gesloten" className="mb-3 text-xl font-semibold">
              Wijzigen of annuleren
            </h2>
            <p>{closedNotice}</p>
          </section>
        )}
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
    </TitledPage>
  );
}
