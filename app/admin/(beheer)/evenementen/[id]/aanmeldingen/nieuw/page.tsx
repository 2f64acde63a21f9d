import type { Metadata } from "next";
import { placesHeld } from "@/lib/registration/capacity/rules";
import { roundHeading } from "@/lib/events/rounds";
import { notFound } from "next/navigation";
import { BackToRegistrations } from "@/components/admin/registrations/BackToRegistrations";
import { AddRegistrationForm, type AddFormModel } from "@/components/admin/registrations/AddRegistrationForm";
import { findEventForRegistrations, placesNote, registrationSummary } from "@/lib/registration/list";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { participationModeLabels } from "@/lib/events/formats";
import { addRegistrationAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }> };

export default async function AddRegistrationPage({ params }: Props) {
  await requireAdmin();
  const event = await findEventForRegistrations(db, (await params).id);
  if (!event) notFound();
  const summary = await registrationSummary(db, event);
  const model: AddFormModel = {
    modes: summary.modes.map((mode) => ({
      value: mode.mode,
      label: participationModeLabels[mode.mode],
      note: placesNote(mode.capacity, mode),
    })),
    rounds: event.rounds
      .filter((round) => round.workshops.length > 0)
      .map((round) => ({
        number: round.number,
        label: roundHeading(round),
        workshops: round.workshops.map((workshop) => ({
          number: workshop.number,
          title: workshop.title,
          note: placesNote(
            workshop.capacity,
            summary.workshops.find((candidate) => candidate.id === workshop.id),
          ),
        })),
      })),
    full: summary.modes.every((mode) => mode.capacity !== null && placesHeld(mode) >= mode.capacity),
  };
  return (
    <TitledPage title={adminPageTitle("Iemand aanmelden")}>
      <div className="max-w-2xl space-y-6">
        <BackToRegistrations event={event} />
        <div>
          <h1 className="text-3xl font-bold">Iemand aanmelden</h1>
          <p className="mt-1 text-stone-700">
            {event.title}, {formatDutchDateTimeRange(event.startsAt, event.endsAt)}
          </p>
          <p className="mt-2">
            Voor wie zich niet zelf kan aanmelden, bijvoorbeeld na een telefoontje. De persoon krijgt dezelfde bevestiging per e-mail als
            bij het aanmeldformulier.
          </p>
          {model.full && <p className="mt-2 font-semibold text-red-800">Let op: deze bijeenkomst zit vol.</p>}
        </div>
        <AddRegistrationForm model={model} action={addRegistrationAction.bind(null, event.id)} />
      </div>
    </TitledPage>
  );
}
