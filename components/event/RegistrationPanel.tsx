import { offeredModes, placesLeftLabel, placesPerMode, publicStatus, teamPlacesLeftLabel, type PublicStatus } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";
import { FullEventNotice, PastEventPanel } from "@/components/event/RegistrationNotices";
import type { ListedEvent, PlacesTaken, PublicEvent } from "@/lib/events/queries";
import Link from "next/link";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";

const statusColours: Record<PublicStatus["key"], string> = {
  open: "bg-brand-100 text-brand-900",
  almost_full: "bg-amber-100 text-amber-900",
  waitlist: "bg-amber-100 text-amber-900",
  full: "bg-red-100 text-red-900",
  closed: "bg-stone-200 text-stone-900",
  not_yet_open: "bg-stone-200 text-stone-900",
  cancelled: "bg-red-100 text-red-900",
  postponed: "bg-amber-100 text-amber-900",
};

/** The event's registration status and places left, near the top of the page. */
export function RegistrationPanel({ event, taken, alternatives = [], now = new Date() }: { event: PublicEvent; taken: PlacesTaken; alternatives?: ListedEvent[]; now?: Date }) {
  if (event.endsAt < now && event.status !== "cancelled") return <PastEventPanel event={event} />;
  const status = publicStatus(event, taken.perMode, now);
  const perMode = placesPerMode(event, taken.perMode);
  return (
    <section aria-labelledby="aanmelden" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="aanmelden" className="text-xl font-semibold">Aanmelden</h2>
      <p className="mt-2">
        <span data-testid="registration-status" className={`inline-block rounded-md px-3 py-1 text-sm font-semibold ${statusColours[status.key]}`}>
          {status.key === "full" ? "Vol" : status.label}
        </span>
      </p>
      {status.key === "full" && <FullEventNotice event={event} alternatives={alternatives} />}
      {status.key === "waitlist" && <p className="mt-2">Alle plekken zijn bezet. Je kunt je op de wachtlijst zetten; komt er een plek vrij, dan krijg je bericht.</p>}
      {status.key === "not_yet_open" && event.registrationOpensAt && (
        <p className="mt-2">
          Aanmelden kan vanaf {formatDutchDate(event.registrationOpensAt)} om {formatDutchTime(event.registrationOpensAt)} uur.
        </p>
      )}
      {(status.key === "open" || status.key === "almost_full") && event.registrationClosesAt && (
        <p className="mt-2">
          Aanmelden kan tot {formatDutchDate(event.registrationClosesAt)} om {formatDutchTime(event.registrationClosesAt)} uur.
        </p>
      )}
      {event.registersTeams && status.key !== "closed" && status.key !== "cancelled" && (
        <p className="mt-2" data-testid="team-registration-note">
          Aanmelden gaat per team: een gemeente of organisatie meldt een team aan, met een contactpersoon en de deelnemers.
          {event.requiresApproval && " Na de aanvraag volgt een intakegesprek; daarna horen jullie of jullie kunnen deelnemen."}
        </p>
      )}
      {event.requiresApproval && !event.registersTeams && status.key !== "closed" && status.key !== "cancelled" && (
        <p className="mt-2">Na je aanmelding volgt een intakegesprek; daarna hoor je of je kunt deelnemen.</p>
      )}
      {(status.key === "open" || status.key === "almost_full" || status.key === "waitlist") && (
        <p className="mt-4">
          <Link href={`/evenementen/${event.slug}/aanmelden`} className="inline-block rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-900">
            {status.key === "waitlist" ? "Aanmelden voor de wachtlijst" : event.registersTeams ? "Team aanmelden" : "Aanmelden"}
          </Link>
        </p>
      )}
      {status.key !== "cancelled" && status.key !== "closed" && status.key !== "full" && (
        <ul className="mt-3 space-y-1">
          {offeredModes(event).map((mode) => {
            const label = event.registersTeams ? teamPlacesLeftLabel(perMode[mode]!) : placesLeftLabel(perMode[mode]!);
            return label ? (
              <li key={mode}>
                {event.registersTeams ? label : `${participationModeLabels[mode]}: ${label}`}
              </li>
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
}
