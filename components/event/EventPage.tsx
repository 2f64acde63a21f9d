import { EventDetails } from "@/components/event/EventDetails";
import { EventJsonLd } from "@/components/event/EventJsonLd";
import type { MaterialItem } from "@/lib/materials/materials";
import type { BoardQuestion } from "@/lib/questions/rules";
import type { ListedEvent, PlacesTaken, PublicEvent } from "@/lib/events/queries";

/** An event page's body, for the cached public page and the organiser's per-request preview alike. */
export function EventPage({
  event,
  taken,
  questions,
  alternatives,
  materials,
  baseUrl,
}: {
  event: PublicEvent;
  taken: PlacesTaken;
  questions: BoardQuestion[];
  alternatives: ListedEvent[];
  materials: MaterialItem[];
  baseUrl: string;
}) {
  const draft = event.status === "draft";
  return (
    <>
      {draft && (
        <p role="status" className="mb-4 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 font-semibold text-amber-900">
          Concept: alleen zichtbaar voor organisatoren. Bezoekers zien deze pagina pas als het evenement is gepubliceerd.
        </p>
      )}
      {!draft && <EventJsonLd event={event} taken={taken} baseUrl={baseUrl} />}
      <EventDetails event={event} taken={taken} questions={questions} alternatives={alternatives} materials={materials} />
    </>
  );
}
