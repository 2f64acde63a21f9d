import type { FormValues } from "@/lib/forms/action-state";
import { toLocalInput } from "@/lib/event-editor/field-types";
import { flattenValues } from "@/lib/event-editor/form-values";

// What the event form shows before anyone types: the values of an event as stored (edit), or the usual
// choices for a new one.

/** What the form shows for an event as stored (edit) or for a new one. */
export type EditableEvent = {
  version: number;
  title: string;
  slug: string;
  format: string;
  summary: string;
  body: string;
  audience: string | null;
  organiser: string;
  partners: string[];
  startsAt: Date;
  endsAt: Date;
  attendanceMode: string;
  venueName: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
  venueRouteNotes: string | null;
  onlinePlatform: string | null;
  onlineJoinUrl: string | null;
  onlineJoinDetails: string | null;
  priceCents: number;
  lunchProvided: boolean;
  capacityPhysical: number | null;
  capacityOnline: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  waitlistEnabled: boolean;
  waitlistOffers: boolean;
  offerHours: number;
  retentionMonths: number | null;
  requiresApproval: boolean;
  registersTeams: boolean;
  acceptsQuestions: boolean;
  statusNote: string | null;
  contactPersons: { name: string; role: string | null; email: string | null; phone: string | null }[];
  speakers: { name: string; description: string | null }[];
  programmeItems: { startsAt: Date | null; endsAt: Date | null; title: string; description: string | null }[];
  rounds: { id: number; kind: string; title: string | null; startsAt: Date; endsAt: Date; workshops: { id: number; title: string; description: string; hosts: string | null; room: string | null; capacity: number | null; onSiteOnly: boolean }[] }[];
  meetings: { title: string | null; startsAt: Date; endsAt: Date; mode: string; place: string | null }[];
  questions: { id: number; label: string; help: string | null; kind: string; required: boolean; options: string[] }[];
};

const flag = (value: boolean) => (value ? "on" : undefined);
const count = (value: number | null) => (value === null ? "" : String(value));

export function valuesFromEvent(event: EditableEvent): FormValues {
  return flattenValues({
    version: String(event.version),
    title: event.title,
    slug: event.slug,
    format: event.format,
    summary: event.summary,
    body: event.body,
    audience: event.audience,
    organiser: event.organiser,
    partners: event.partners.join("\n"),
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    attendanceMode: event.attendanceMode,
    venueUnknown: flag(event.attendanceMode !== "online" && !event.venueName),
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    venuePostcode: event.venuePostcode,
    venueCity: event.venueCity,
    venueRouteNotes: event.venueRouteNotes,
    onlinePlatform: event.onlinePlatform,
    onlineJoinUrl: event.onlineJoinUrl,
    onlineJoinDetails: event.onlineJoinDetails,
    priceCents: (event.priceCents / 100).toFixed(2).replace(".", ",").replace(/,00$/, ""),
    lunchProvided: flag(event.lunchProvided),
    capacityPhysical: count(event.capacityPhysical),
    capacityOnline: count(event.capacityOnline),
    registrationOpensAt: toLocalInput(event.registrationOpensAt),
    registrationClosesAt: toLocalInput(event.registrationClosesAt),
    waitlistEnabled: flag(event.waitlistEnabled),
    waitlistOffers: flag(event.waitlistOffers),
    offerHours: String(event.offerHours),
    retentionMonths: count(event.retentionMonths),
    requiresApproval: flag(event.requiresApproval),
    registersTeams: flag(event.registersTeams),
    acceptsQuestions: flag(event.acceptsQuestions),
    statusNote: event.statusNote,
    contactPersons: event.contactPersons.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
    speakers: event.speakers.map(({ name, description }) => ({ name, description })),
    programme: event.programmeItems.map((item) => ({ startsAt: toLocalInput(item.startsAt), endsAt: toLocalInput(item.endsAt), title: item.title, description: item.description })),
    rounds: event.rounds.map((round) => ({
      id: String(round.id),
      kind: round.kind,
      title: round.title,
      startsAt: toLocalInput(round.startsAt),
      endsAt: toLocalInput(round.endsAt),
      workshops: round.workshops.map((workshop) => ({ id: String(workshop.id), title: workshop.title, description: workshop.description, hosts: workshop.hosts, room: workshop.room, capacity: count(workshop.capacity), onSiteOnly: flag(workshop.onSiteOnly) })),
    })),
    meetings: event.meetings.map((meeting) => ({ title: meeting.title, startsAt: toLocalInput(meeting.startsAt), endsAt: toLocalInput(meeting.endsAt), mode: meeting.mode, place: meeting.place })),
    questions: event.questions.map((question) => ({ id: String(question.id), label: question.label, help: question.help, kind: question.kind, required: flag(question.required), options: question.options.join("\n") })),
  });
}

/** A new event's form: the usual choices filled in. */
export const newEventValues: FormValues = { format: "leercafe", attendanceMode: "physical", priceCents: "0", organiser: "Movisie" };

