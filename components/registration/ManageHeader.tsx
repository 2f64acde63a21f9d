import Link from "next/link";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { placeLabel } from "@/lib/events/place";
import type { ManagedRegistration } from "@/lib/registration/queries";

// The top of the manage page: what just happened (registered, cancelled), and which event this is about.

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

const statusClasses = "rounded-lg border border-brand-600 bg-brand-50 p-4 text-lg text-brand-900";

export function ManageHeader({ registration, event, team, active, query }: ManagedRegistration & { team: boolean; active: boolean; query: { nieuw?: string; geannuleerd?: string; aanbod?: string } }) {
  const justRegistered = (team ? teamWelcome : welcome)[query.nieuw ?? ""];
  const online = registration.attendanceMode === "online";
  return (
    <>
      {query.aanbod === "aangenomen" && (registration.status === "confirmed" || registration.status === "pending") && (
        <p role="status" className={statusClasses}>
          Je hebt de plek aangenomen. We hebben je een bevestiging gemaild.
        </p>
      )}
      {query.geannuleerd && registration.status === "cancelled" && (
        <p role="status" className={statusClasses}>
          Je aanmelding is geannuleerd. Je krijgt een bevestiging per e-mail.
        </p>
      )}
      {justRegistered && active && (
        <p role="status" className={statusClasses}>
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
    </>
  );
}
