import { MeetingList } from "@/components/event/MeetingList";
import type { ActionState } from "@/lib/forms/action-state";
import type { ManagedRegistration } from "@/lib/registration/queries";
import { ChangeParticipationForm } from "@/components/registration/ChangeParticipationForm";
import type { participationFormModel } from "@/lib/registration/manage-form-model";

// The manage page's sections below the details: joining online, a series' meetings, and changing how one
// takes part and what one chose.

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function OnlineJoinSection({ event }: Pick<ManagedRegistration, "event">) {
  return (
    <section aria-labelledby="online-meedoen" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="online-meedoen" className="text-xl font-semibold">
        Online meedoen
      </h2>
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
  );
}

export function MeetingsSection({ event }: Pick<ManagedRegistration, "event">) {
  return (
    <section aria-labelledby="bijeenkomsten">
      <h2 id="bijeenkomsten" className="text-xl font-semibold">
        Bijeenkomsten
      </h2>
      <MeetingList meetings={event.meetings} />
      <a className="mt-2 inline-block text-brand-700 underline" href={`/evenementen/${event.slug}/agenda.ics`}>
        Zet alle bijeenkomsten in je agenda<span className="sr-only"> (iCalendar-bestand)</span>
      </a>
    </section>
  );
}

/** Mode and workshops in one form, so a change of one that needs a change of the other is one step. */
export function ParticipationSection({ model, action }: { model: ReturnType<typeof participationFormModel>; action: Action }) {
  const heading = model.rounds.length === 0 ? "Op locatie of online" : model.modes.length > 1 ? "Deelname en workshops wijzigen" : "Workshops wijzigen";
  return (
    <section aria-labelledby="keuzes-wijzigen">
      <h2 id="keuzes-wijzigen" className="mb-3 text-xl font-semibold">
        {heading}
      </h2>
      <ChangeParticipationForm {...model} action={action} />
    </section>
  );
}
