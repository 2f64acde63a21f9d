import type { AccreditationBody, AccreditationScope, EventStatus } from "@/lib/generated/prisma/enums";
import { accreditationBodyName } from "@/lib/accreditation/bodies";

// What a certificate of attendance (bewijs van deelname) says, as plain functions: whether a registration
// gets one, how many hours it states and which accreditation points it grants. lib/accreditation/
// certificate-pdf.ts draws it; the follow-up mail asks certificateAvailability whether to link to it.

export type CertificateAvailability =
  | { available: true }
  | { available: false; reason: "not_ended" | "not_present" | "not_held" };

/**
 * A certificate exists once the event has ended, for a registration that was present (a CheckIn row: scanned
 * at the door, added as a walk-in, or marked present by an organiser afterwards).
 */
export function certificateAvailability(
  registration: { checkIn: object | null },
  event: { endsAt: Date; status: EventStatus },
  now: Date = new Date(),
): CertificateAvailability {
  if (event.status === "cancelled" || event.status === "postponed" || event.status === "draft") return { available: false, reason: "not_held" };
  if (now.getTime() < event.endsAt.getTime()) return { available: false, reason: "not_ended" };
  if (!registration.checkIn) return { available: false, reason: "not_present" };
  return { available: true };
}

export type AccreditationForCertificate = {
  body: AccreditationBody;
  bodyName: string | null;
  number: string;
  points: number;
  hours: number | null;
  scope: AccreditationScope;
  roundIds: number[];
};

type Span = { startsAt: Date; endsAt: Date };
export type RoundForCertificate = Span & { id: number; number: number; title: string | null };

export type CertificateFacts = {
  event: Span & { meetings?: Span[] };
  rounds: RoundForCertificate[];
  accreditations: AccreditationForCertificate[];
  /** The rounds this registration was present in (RoundPresence rows). */
  attendedRoundIds: number[];
};

export type AwardedAccreditation = { bodyName: string; body: AccreditationBody; number: string; points: number; hours: number | null };

/**
 * Hours on the certificate: where the accreditations name parts of the programme (all of them do), the
 * length of the named parts the person was present in; otherwise the event's length (a series: its meetings
 * added up).
 * Rounded to a quarter of an hour.
 */
export function certificateHours(facts: CertificateFacts): number {
  const perPart = facts.accreditations.length > 0 && facts.accreditations.every((a) => a.scope === "rounds");
  const namedRoundIds = new Set(perPart ? facts.accreditations.flatMap((a) => a.roundIds) : []);
  const attended = new Set(facts.attendedRoundIds);
  const spans =
    namedRoundIds.size > 0
      ? facts.rounds.filter((round) => namedRoundIds.has(round.id) && attended.has(round.id))
      : facts.event.meetings?.length
        ? facts.event.meetings
        : [facts.event];
  return quarterHours(spans.reduce((total, span) => total + (span.endsAt.getTime() - span.startsAt.getTime()), 0));
}

/**
 * The accreditations this person earned: one for the whole event counts for everyone present; one for some
 * rounds only when the person was present in every one of them (organisers record a separate
 * accreditation per part when a body grants points per part).
 */
export function awardedAccreditations(facts: Pick<CertificateFacts, "accreditations" | "attendedRoundIds">): AwardedAccreditation[] {
  const attended = new Set(facts.attendedRoundIds);
  return facts.accreditations
    .filter((a) => a.scope === "whole_event" || (a.roundIds.length > 0 && a.roundIds.every((id) => attended.has(id))))
    .map((a) => ({ bodyName: accreditationBodyName(a), body: a.body, number: a.number, points: a.points, hours: a.hours }));
}

/** The points one body grants this person: its awarded accreditations added up ("other" bodies by name). */
export function pointsForBody(awarded: AwardedAccreditation[], body: AccreditationBody, bodyName?: string | null): number {
  const name = body === "other" ? accreditationBodyName({ body, bodyName: bodyName ?? null }) : null;
  return round2(awarded.filter((a) => a.body === body && (name === null || a.bodyName === name)).reduce((total, a) => total + a.points, 0));
}

/** "4", "2,5", "1,75": Dutch decimals without trailing zeros. */
export function formatDutchNumber(value: number): string {
  return new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** "4 punten", "1 punt", "2,5 punten". */
export function pointsLabel(points: number): string {
  return `${formatDutchNumber(points)} ${points === 1 ? "punt" : "punten"}`;
}

/** "4 uur", "2,5 uur". */
export function hoursLabel(hours: number): string {
  return `${formatDutchNumber(hours)} uur`;
}

function quarterHours(milliseconds: number): number {
  return Math.round(milliseconds / (15 * 60_000)) / 4;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export type CertificateDocument = {
  name: string;
  eventTitle: string;
  date: string;
  times: string;
  place: string;
  hours: string;
  accreditations: { line: string }[];
  organiser: string;
  issued: string;
};

export type CertificateSource = CertificateFacts & {
  event: Span & { meetings?: Span[]; title: string; organiser: string; venueName: string | null; venueCity: string | null };
  registration: { name: string; attendanceMode: "physical" | "online" };
};

/** Everything the PDF says, as Dutch text. Dates and times come formatted, in Amsterdam time. */
export function certificateDocument(
  source: CertificateSource,
  formats: { date: (date: Date) => string; timeRange: (startsAt: Date, endsAt: Date) => string; dateTimeRange: (startsAt: Date, endsAt: Date) => string },
  issuedAt: Date,
): CertificateDocument {
  const { event, registration } = source;
  const sameDay = formats.date(event.startsAt) === formats.date(event.endsAt);
  const place = registration.attendanceMode === "online" ? "Online" : [event.venueName, event.venueCity].filter(Boolean).join(", ") || "Op locatie";
  return {
    name: registration.name,
    eventTitle: event.title,
    date: sameDay ? formats.date(event.startsAt) : formats.dateTimeRange(event.startsAt, event.endsAt),
    times: sameDay ? formats.timeRange(event.startsAt, event.endsAt) : "",
    place,
    hours: hoursLabel(certificateHours(source)),
    accreditations: awardedAccreditations(source).map((a) => ({ line: `${a.bodyName}: ${pointsLabel(a.points)}, accreditatienummer ${a.number}` })),
    organiser: event.organiser,
    issued: `Uitgegeven door Bijeen op ${formats.date(issuedAt)}`,
  };
}
