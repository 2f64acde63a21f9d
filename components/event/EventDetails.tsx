import { FormatBadge } from "@/components/FormatBadge";
import { Markdown } from "@/components/Markdown";
import { RegistrationPanel } from "@/components/event/RegistrationPanel";
import { Programme } from "@/components/event/Programme";
import { MeetingList } from "@/components/event/MeetingList";
import { WorkshopRounds } from "@/components/event/WorkshopRounds";
import { SubmittedQuestions } from "@/components/questions/SubmittedQuestions";
import { MaterialList } from "@/components/materials/MaterialList";
import type { MaterialItem } from "@/lib/materials/materials";
import { formatDutchDateTimeRange, isoDateTime } from "@/lib/dates";
import { offeredModes } from "@/lib/events/availability";
import { attendanceModeLabels, formatDescriptions } from "@/lib/events/formats";
import { EventVenue } from "@/components/event/EventVenue";
import type { ListedEvent, PlacesTaken, PublicEvent } from "@/lib/events/queries";
import { hoursLabel, pointsLabel } from "@/lib/accreditation/certificate";
import { publicAccreditations } from "@/lib/accreditation/view";
import { votingOpen, type BoardQuestion } from "@/lib/questions/rules";

export function EventDetails({
  event,
  taken,
  questions = [],
  alternatives = [],
  materials = [],
  now = new Date(),
}: {
  event: PublicEvent;
  taken: PlacesTaken;
  questions?: BoardQuestion[];
  alternatives?: ListedEvent[];
  /** Shown once the event has ended (the archived page). */
  materials?: MaterialItem[];
  now?: Date;
}) {
  const past = event.endsAt < now;
  return (
    <article>
      <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <FormatBadge format={event.format} />
        <span>{formatDescriptions[event.format]}</span>
      </p>
      {event.status === "cancelled" && <StatusNotice tone="red" title="Deze bijeenkomst is geannuleerd." note={event.statusNote} />}
      {event.status === "postponed" && <StatusNotice tone="amber" title="Deze bijeenkomst is verplaatst." note={event.statusNote} />}
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{event.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-stone-700">{event.summary}</p>
      <RegistrationPanel event={event} taken={taken} alternatives={alternatives} now={now} />

      <dl className="mt-6 grid gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Wanneer</dt>
        <dd>
          <time dateTime={isoDateTime(event.startsAt)}>{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</time>
          {event.meetings.length > 0 && <span className="block text-stone-600">{event.meetings.length} bijeenkomsten, zie hieronder</span>}
          {/* The space keeps the link a word of its own when styles are off or text is copied. */}{" "}
          {!past && (
            <a className="mt-1 block w-fit text-brand-700 underline" href={`/evenementen/${event.slug}/agenda.ics`}>
              Zet in je agenda<span className="sr-only"> (iCalendar-bestand)</span>
            </a>
          )}
        </dd>
        <dt className="font-semibold">Vorm</dt>
        <dd>{event.meetings.length > 0 && event.attendanceMode === "hybrid" ? "Deels op locatie, deels online (zie de bijeenkomsten)" : attendanceModeLabels[event.attendanceMode]}</dd>
        {event.attendanceMode !== "online" && (
          <>
            <dt className="font-semibold">Locatie</dt>
            <dd>
              <EventVenue event={event} past={past} />
            </dd>
          </>
        )}
        {event.attendanceMode !== "physical" && event.onlinePlatform && (
          <>
            <dt className="font-semibold">Online</dt>
            <dd>
              Online via {event.onlinePlatform}; de link ontvang je uiterlijk een dag vooraf.
              {offeredModes(event).length > 1 && (
                <span className="block text-stone-600">Je kiest bij je aanmelding of je op locatie of online meedoet; beide hebben eigen plekken.</span>
              )}
            </dd>
          </>
        )}
        <dt className="font-semibold">Kosten</dt>
        <dd>{event.priceCents === 0 ? "Gratis" : `€ ${(event.priceCents / 100).toFixed(2).replace(".", ",")}`}</dd>
        {event.lunchProvided && (
          <>
            <dt className="font-semibold">Lunch</dt>
            <dd>{past ? "Met lunch." : "Voor lunch wordt gezorgd."}</dd>
          </>
        )}
        <dt className="font-semibold">Organisatie</dt>
        <dd>
          {event.organiser}
          {event.partners.length > 0 && <span className="block text-stone-600">Samen met {joinDutch(event.partners)}</span>}
        </dd>
      </dl>

      {past && materials.length > 0 && (
        <section className="mt-8 max-w-3xl" aria-labelledby="materialen">
          <h2 id="materialen" className="text-2xl font-semibold">Materialen</h2>
          <MaterialList slug={event.slug} materials={materials} />
        </section>
      )}

      <section className="mt-8 max-w-3xl space-y-4" aria-labelledby="over">
        <h2 id="over" className="text-2xl font-semibold">Over deze bijeenkomst</h2>
        <Markdown source={event.body} />
      </section>

      {event.accreditations.length > 0 && (
        <section className="mt-8 max-w-3xl" aria-labelledby="accreditatie">
          <h2 id="accreditatie" className="text-2xl font-semibold">Accreditatie</h2>
          <ul className="mt-2 space-y-1">
            {publicAccreditations(event.accreditations).map((accreditation) => (
              <li key={`${accreditation.body}-${accreditation.number}`}>
                Geaccrediteerd door {accreditation.name}: {pointsLabel(accreditation.points)}
                {accreditation.hours !== null && ` (${hoursLabel(accreditation.hours)})`}
                <span className="text-stone-700">, accreditatienummer {accreditation.number}</span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-stone-700">Vul bij je aanmelding je register en registratienummer in; na afloop krijg je een bewijs van deelname.</p>
        </section>
      )}

      {event.audience && (
        <section className="mt-8 max-w-3xl" aria-labelledby="voor-wie">
          <h2 id="voor-wie" className="text-2xl font-semibold">Voor wie</h2>
          <p className="mt-2">{event.audience}</p>
        </section>
      )}

      {event.speakers.length > 0 && (
        <section className="mt-8" aria-labelledby="sprekers">
          <h2 id="sprekers" className="text-2xl font-semibold">Sprekers</h2>
          <ul className="mt-2 space-y-1">
            {event.speakers.map((speaker) => (
              <li key={speaker.id}>
                <span className="font-medium">{speaker.name}</span>
                {speaker.description && <span className="text-stone-600">, {speaker.description}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {event.meetings.length > 0 && (
        <section className="mt-8" aria-labelledby="bijeenkomsten">
          <h2 id="bijeenkomsten" className="text-2xl font-semibold">Bijeenkomsten</h2>
          <MeetingList meetings={event.meetings} />
        </section>
      )}

      <Programme items={event.programmeItems} />
      <WorkshopRounds rounds={event.rounds} taken={taken} />
      {event.acceptsQuestions && <SubmittedQuestions questions={questions} votingOpen={votingOpen(event, new Date())} />}

      {event.contactPersons.length > 0 && (
        <section className="mt-8" aria-labelledby="contact">
          <h2 id="contact" className="text-2xl font-semibold">Contact</h2>
          <ul className="mt-2 space-y-1">
            {event.contactPersons.map((person) => (
              <li key={person.id}>
                {person.name}
                {person.email && (
                  <>
                    {" "}
                    (<a className="text-brand-700 underline" href={`mailto:${person.email}`}>{person.email}</a>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function StatusNotice({ tone, title, note }: { tone: "red" | "amber"; title: string; note: string | null }) {
  const colours = tone === "red" ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900";
  return (
    <div role="status" className={`mt-4 rounded-lg border p-4 ${colours}`}>
      <p className="font-semibold">{title}</p>
      {note && <p className="mt-1">{note}</p>}
    </div>
  );
}

function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}
