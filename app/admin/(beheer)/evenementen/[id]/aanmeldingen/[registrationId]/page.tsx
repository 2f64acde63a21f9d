import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToRegistrations } from "@/components/admin/registrations/BackToRegistrations";
import {
  ButtonForm,
  CancelByOrganiserForm,
  DeclineForm,
  MoveWorkshopsBox,
  type MoveRound,
} from "@/components/admin/registrations/RegistrationActionForms";
import { RegistrationFacts, RegistrationHistory } from "@/components/admin/registrations/RegistrationFacts";
import { StatusBadge } from "@/components/admin/registrations/StatusBadge";
import {
  findEventForRegistrations,
  findRegistrationForAdmin,
  placesNote,
  registrationHistory,
  registrationSummary,
} from "@/lib/registration/list";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isActive } from "@/lib/registration/capacity/rules";
import { DECLINE_REASON_MAX } from "@/lib/registration/intake";
import {
  acceptByOrganiserAction,
  cancelByOrganiserAction,
  declineByOrganiserAction,
  moveToWorkshopAction,
  promoteByOrganiserAction,
  markPresentAction,
} from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string; registrationId: string }>; searchParams: Promise<{ gedaan?: string | string[] }> };

export default async function AdminRegistrationPage({ params, searchParams }: Props) {
  await requireAdmin();
  const { id, registrationId } = await params;
  const event = await findEventForRegistrations(db, id);
  if (!event) notFound();
  const registration = await findRegistrationForAdmin(db, event.id, registrationId);
  if (!registration) notFound();
  const [history, summary] = await Promise.all([registrationHistory(db, event.id, registration.id), registrationSummary(db, event)]);
  const { gedaan } = await searchParams;
  const done = typeof gedaan === "string" ? history.find((entry) => String(entry.id) === gedaan) : undefined;

  const active = isActive(registration.status);
  const bind = <A extends unknown[], R>(action: (eventId: number, registrationId: number, ...rest: A) => R) =>
    action.bind(null, event.id, registration.id);
  const moveRounds: MoveRound[] = event.rounds
    .filter((round) => round.workshops.length > 0)
    .map((round) => ({
      number: round.number,
      label: `${round.name}${round.title && round.kind === "workshops" ? `: ${round.title}` : ""}`,
      current: registration.workshops.find((choice) => choice.roundNumber === round.number)?.workshopNumber ?? null,
      workshops: round.workshops.map((workshop) => ({
        number: workshop.number,
        title: workshop.title,
        note: placesNote(
          workshop.capacity,
          summary.workshops.find((candidate) => candidate.id === workshop.id),
        ),
      })),
    }));

  return (
    <TitledPage title={adminPageTitle("Aanmelding")}>
      <div className="max-w-3xl space-y-6">
        <BackToRegistrations event={event} />
        {done && (
          <p role="status" className="rounded-lg border border-brand-600 bg-brand-50 p-4 text-lg text-brand-900">
            {done.summary}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold">{registration.name}</h1>
          <StatusBadge status={registration.status} offerExpiresAt={registration.offerExpiresAt} />
        </div>

        <RegistrationFacts registration={registration} event={event} hasWorkshops={moveRounds.length > 0} />

        {registration.status === "pending" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <ButtonForm
              title="Toelaten"
              explanation={`Na de intake: ${registration.name} krijgt een bevestiging per e-mail, met de bijeenkomst voor de agenda.`}
              label="Toelaten"
              action={bind(acceptByOrganiserAction)}
            />
            <DeclineForm action={bind(declineByOrganiserAction)} maxLength={DECLINE_REASON_MAX} />
          </div>
        )}
        {registration.status === "waitlisted" && (
          <ButtonForm
            title="Plek geven"
            explanation={`${registration.name} staat op de wachtlijst. Geef een plek als die er is; de volgorde van de wachtlijst geldt dan niet. ${registration.name} krijgt een e-mail.`}
            label="Plek geven"
            action={bind(promoteByOrganiserAction)}
          />
        )}
        {registration.status === "confirmed" && (
          <ButtonForm
            title="Aanwezig"
            explanation={`Was ${registration.name} er, maar niet ingecheckt bij de ingang? Markeer dan hier de aanwezigheid (voor het bewijs van deelname).`}
            label="Als aanwezig markeren"
            action={bind(markPresentAction)}
          />
        )}
        {active && moveRounds.length > 0 && <MoveWorkshopsBox rounds={moveRounds} actions={bind(moveToWorkshopAction)} />}
        {active && <CancelByOrganiserForm name={registration.name} action={bind(cancelByOrganiserAction)} />}

        <RegistrationHistory history={history} />
      </div>
    </TitledPage>
  );
}
