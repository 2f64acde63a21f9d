import { addHours } from "date-fns";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";

// Until when a registrant may cancel or change through the manage link: an optional number of hours before
// the start, set per event. Organisers in the admin are not bound by it.

export type SelfServiceEvent = { startsAt: Date; selfServiceHoursBefore: number | null };

export const MAX_SELF_SERVICE_HOURS = 24 * 60;

export function selfServiceDeadline(event: SelfServiceEvent): Date {
  return event.selfServiceHoursBefore ? addHours(event.startsAt, -event.selfServiceHoursBefore) : event.startsAt;
}

export function selfServiceOpen(event: SelfServiceEvent, now: Date): boolean {
  return now < selfServiceDeadline(event);
}

export type ContactPerson = { name: string; email?: string | null; phone?: string | null };

/** Who to ask instead, in one Dutch sentence. */
export function selfServiceClosedMessage(event: SelfServiceEvent & { organiser: string }, contact: ContactPerson | null | undefined): string {
  const deadline = selfServiceDeadline(event);
  const until = `Wijzigen of annuleren kon tot ${formatDutchDate(deadline)} ${formatDutchTime(deadline)} uur.`;
  if (!contact) return `${until} Neem contact op met ${event.organiser}.`;
  const ways = [contact.email, contact.phone].filter(Boolean).join(" of ");
  return `${until} Neem contact op met ${contact.name}${ways ? ` (${ways})` : ""} van ${event.organiser}.`;
}
