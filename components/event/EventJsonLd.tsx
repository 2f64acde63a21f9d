import { registrationState } from "@/lib/events/availability";
import { eventJsonLd, serializeJsonLd } from "@/lib/events/json-ld";
import type { PlacesTaken, PublicEvent } from "@/lib/events/queries";

export function EventJsonLd({ event, taken, baseUrl }: { event: PublicEvent; taken: PlacesTaken; baseUrl: string }) {
  const data = eventJsonLd(event, registrationState(event, taken.perMode), baseUrl);
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
