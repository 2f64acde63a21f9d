import Link from "next/link";
import { formatDutchDate } from "@/lib/dates";
import { formatPlurals } from "@/lib/events/formats";
import type { ListedEvent, PublicEvent } from "@/lib/events/queries";
import { whenLabel } from "@/lib/events/when";

/** A full event without a waitlist: one message, someone to ask, and where else to go. */
export function FullEventNotice({ event, alternatives }: { event: PublicEvent; alternatives: ListedEvent[] }) {
  const contact = event.contactPersons.find((person) => person.email) ?? event.contactPersons[0];
  return (
    <div className="mt-2 space-y-3">
      <p>Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk.</p>
      {!contact && <p>Vragen? Neem contact op met {event.organiser}.</p>}
      {contact && (
        <p>
          Vragen? Neem contact op met {contact.name}
          {contact.email && (
            <>
              {" "}
              via{" "}
              <a className="text-brand-700 underline" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </>
          )}
          .
        </p>
      )}
      {alternatives.length > 0 && (
        <div>
          <h3 className="font-semibold">Andere {formatPlurals[event.format]}</h3>
          <ul className="mt-1 space-y-1">
            {alternatives.map((other) => (
              <li key={other.slug}>
                <Link className="text-brand-700 underline" href={`/evenementen/${other.slug}`}>
                  {other.title}
                </Link>
                <span className="block text-sm text-stone-600">{whenLabel({ ...other, meetingCount: other._count.meetings })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Instead of registration: that the event took place, and what is on next. */
export function PastEventPanel({ event }: { event: PublicEvent }) {
  return (
    <section aria-labelledby="afgelopen" className="mt-6 rounded-lg border border-stone-200 bg-stone-100 p-5">
      <h2 id="afgelopen" data-testid="registration-status" className="text-xl font-semibold">
        Afgelopen
      </h2>
      <p className="mt-2">
        Deze bijeenkomst vond plaats op {formatDutchDate(event.startsAt)}. Hieronder lees je wat er op het programma stond.
      </p>
      <p className="mt-2">
        <Link className="text-brand-700 underline" href={`/?format=${event.format}`}>
          Bekijk de komende bijeenkomsten
        </Link>
      </p>
    </section>
  );
}
