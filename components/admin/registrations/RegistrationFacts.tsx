import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import { offeredModes } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import { labelledChoices } from "@/lib/events/rounds";
import type { AdminRegistrationRow, AdminRegistrationsEvent } from "@/lib/registration/list";

// One registration's details on its admin page, and what organisers changed about it.

export function dutchDateTime(date: Date): string {
  return `${formatDutchDate(date)}, ${formatDutchTime(date)} uur`;
}

export function RegistrationFacts({
  registration,
  event,
  hasWorkshops,
}: {
  registration: AdminRegistrationRow;
  event: AdminRegistrationsEvent;
  hasWorkshops: boolean;
}) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">E-mailadres</dt>
      <dd className="break-all">
        <a href={`mailto:${registration.email}`} className="text-brand-700 underline underline-offset-4">
          {registration.email}
        </a>
      </dd>
      {registration.teamName && (
        <>
          <dt className="font-semibold">Team</dt>
          <dd>{registration.teamName}</dd>
        </>
      )}
      <dt className="font-semibold">Organisatie</dt>
      <dd>{registration.organisation ?? "—"}</dd>
      <dt className="font-semibold">Functie</dt>
      <dd>{registration.role ?? "—"}</dd>
      {offeredModes(event).length > 1 && (
        <>
          <dt className="font-semibold">Deelname</dt>
          <dd>{participationModeLabels[registration.attendanceMode]}</dd>
        </>
      )}
      {hasWorkshops && (
        <>
          <dt className="font-semibold">Workshops</dt>
          <dd>
            {registration.workshops.length === 0 ? (
              "geen"
            ) : (
              <ul>
                {labelledChoices(registration.workshops, event.rounds).map((choice) => (
                  <li key={choice.roundNumber}>
                    {choice.roundLabel}: {choice.workshopNumber}. {choice.title}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
      {registration.dietaryWishes && (
        <>
          <dt className="font-semibold">Dieetwensen</dt>
          <dd>{registration.dietaryWishes}</dd>
        </>
      )}
      <dt className="font-semibold">Aangemeld op</dt>
      <dd>{dutchDateTime(registration.createdAt)}</dd>
    </dl>
  );
}

export function RegistrationHistory({ history }: { history: { id: number; at: Date; actorName: string; summary: string }[] }) {
  return (
    <section aria-labelledby="kop-geschiedenis" className="space-y-2">
      <h2 id="kop-geschiedenis" className="text-lg font-semibold">
        Wijzigingen door organisatoren
      </h2>
      {history.length === 0 ? (
        <p className="text-stone-700">Nog geen.</p>
      ) : (
        <ul className="space-y-1">
          {history.map((entry) => (
            <li key={entry.id}>
              <span className="text-stone-700">
                {dutchDateTime(entry.at)}, {entry.actorName}:
              </span>{" "}
              {entry.summary}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
