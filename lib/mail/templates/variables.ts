import { formatDutchDateTime, formatDutchDateTimeRange } from "@/lib/dates";
import { participationModeLabels } from "@/lib/events/formats";
import { isVenueUnknown, placeLabel } from "@/lib/events/place";
import type { RegistrationMailContext, MailTeam } from "@/lib/mail/registration-mails";
import { certificateUrl, evaluationUrl, manageUrl, offerUrl } from "@/lib/mail/manage-url";
import { escapeMarkdown } from "@/lib/mail/templates/engine";
import type { MailVariables } from "@/lib/mail/templates/registry";

// What the placeholders hold for one registration: the same values as plain text and escaped for Markdown.

export type VariableExtras = { kind: string; daysBefore?: number };

export function mailVariables(context: RegistrationMailContext, { kind, daysBefore = 1 }: VariableExtras): { text: MailVariables; markdown: MailVariables } {
  const { event, registration, baseUrl } = context;
  const team = registration.team ?? null;
  const online = registration.attendanceMode === "online";
  const rows = factRows(context);
  const workshops = registration.workshops.map((workshop) => `${workshop.roundLabel}: nr. ${workshop.workshopNumber}: ${workshop.title}`);
  const materials = (context.materials ?? []).map((material) => ({ ...material, title: material.workshopTitle ? `${material.title} (${material.workshopTitle})` : material.title }));
  const text: MailVariables = {
    naam: registration.name,
    evenement: event.title,
    datum: formatDutchDateTimeRange(event.startsAt, event.endsAt),
    plaats: online ? onlinePlace(event) : sitePlace(event),
    adres: siteAddress(event),
    route: event.venueRouteNotes ?? "",
    gegevens: rows.map(([label, value]) => `${label}: ${value}`).join("\n"),
    workshops: workshops.join("\n"),
    beheerlink: manageUrl(baseUrl, registration.manageToken),
    aanbod: new URL("/", baseUrl).toString(),
    organisator: event.organiser,
    team: team ? teamLabel(team) : "",
    leerkring: event.format === "leerkring",
    reeks: event.meetings.length > 0,
    aantal_bijeenkomsten: event.meetings.length,
    online,
    online_link: event.onlineJoinUrl ?? "",
    online_gegevens: event.onlineJoinDetails ?? "",
    intake: registration.status === "pending",
    reden: (kind.startsWith("event_") ? event.statusNote : registration.declineReason) ?? "",
    dagen: daysBefore,
    aanbodlink: offerUrl(baseUrl, registration.manageToken),
    aanbod_tot: registration.offerExpiresAt ? formatDutchDateTime(registration.offerExpiresAt) : "binnenkort",
    bewijslink: certificateUrl(baseUrl, registration.manageToken),
    evaluatielink: evaluationUrl(baseUrl, registration.manageToken),
    materialen: materials.map((material) => `${material.title}: ${material.href}`).join("\n"),
  };
  const markdown = Object.fromEntries(Object.entries(text).map(([key, value]) => [key, typeof value === "string" ? escapeMarkdown(value) : value])) as MailVariables;
  markdown.gegevens = rows.map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join("\n");
  markdown.workshops = workshops.map((line) => `- ${escapeMarkdown(line)}`).join("\n");
  markdown.materialen = materials.map((material) => `- [${escapeMarkdown(material.title)}](${linkTarget(material.href)})`).join("\n");
  // Addresses stay whole so they work as links.
  markdown.beheerlink = text.beheerlink;
  markdown.aanbod = text.aanbod;
  markdown.aanbodlink = text.aanbodlink;
  markdown.bewijslink = text.bewijslink;
  markdown.evaluatielink = text.evaluatielink;
  markdown.online_link = text.online_link;
  return { text, markdown };
}

/** Made-up values, to check and preview a template without a registration. */
export const SAMPLE_VARIABLES: MailVariables = {
  naam: "Noor de Vries",
  evenement: "Leercafé Samen werken in de wijk",
  datum: "dinsdag 12 januari 2027, 14.00 - 16.30 uur",
  plaats: "Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht",
  adres: "Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht",
  route: "Vanaf Utrecht Centraal vijf minuten lopen.",
  gegevens: "Bijeenkomst: Leercafé Samen werken in de wijk\nWanneer: dinsdag 12 januari 2027, 14.00 - 16.30 uur\nWaar: Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht",
  workshops: "Workshop ronde 1: nr. 2: Samen aan tafel",
  beheerlink: "https://bijeen.example.org/aanmelding/voorbeeld",
  aanbod: "https://bijeen.example.org/",
  organisator: "Movisie",
  team: "",
  leerkring: false,
  reeks: false,
  aantal_bijeenkomsten: 0,
  online: false,
  online_link: "",
  online_gegevens: "",
  intake: false,
  reden: "",
  dagen: 1,
  aanbodlink: "https://bijeen.example.org/aanmelding/voorbeeld/aanbod",
  aanbod_tot: "woensdag 6 januari 2027 14.00 uur",
  bewijslink: "https://bijeen.example.org/aanmelding/voorbeeld/bewijs.pdf",
  evaluatielink: "https://bijeen.example.org/aanmelding/voorbeeld/evaluatie",
  materialen: "Dia's van de opening: https://bijeen.example.org/evenementen/voorbeeld/materialen/1",
};

export function sampleVariables(): { text: MailVariables; markdown: MailVariables } {
  const markdown = {
    ...SAMPLE_VARIABLES,
    gegevens: String(SAMPLE_VARIABLES.gegevens).split("\n").map((line) => `- ${line}`).join("\n"),
    materialen: "- [Dia's van de opening](https://bijeen.example.org/evenementen/voorbeeld/materialen/1)",
  };
  return { text: SAMPLE_VARIABLES, markdown };
}

/** An address as a Markdown link's target: brackets and spaces (an organiser's link may hold them) encoded. */
function linkTarget(href: string): string {
  return href.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function factRows(context: RegistrationMailContext): [string, string][] {
  const { event, registration } = context;
  const team = registration.team ?? null;
  const series = event.meetings.length > 0;
  return [
    ["Bijeenkomst", event.title],
    ["Wanneer", formatDutchDateTimeRange(event.startsAt, event.endsAt)],
    // A series meets in several places; each meeting has its own row below.
    ...(series ? [] : [["Waar", registration.attendanceMode === "online" ? onlinePlace(event) : sitePlace(event)] as [string, string]]),
    ...(event.attendanceMode === "hybrid" && !team ? [["Je doet mee", participationModeLabels[registration.attendanceMode]] as [string, string]] : []),
    ...registration.workshops.map(
      // A room means nothing to someone who joins online.
      (workshop) =>
        [workshop.roundLabel, `nr. ${workshop.workshopNumber}: ${workshop.title}${workshop.room && registration.attendanceMode !== "online" ? ` (${workshop.room})` : ""}`] as [string, string],
    ),
    ...event.meetings.map((meeting) => [`Bijeenkomst ${meeting.number}`, meetingLine(meeting)] as [string, string]),
    ...(team ? teamRows(team, registration.name) : []),
  ];
}

type MailEvent = RegistrationMailContext["event"];

function onlinePlace(event: MailEvent): string {
  return `Online${event.onlinePlatform ? ` via ${event.onlinePlatform}` : ""}`;
}

function siteAddress(event: MailEvent): string {
  const town = [event.venuePostcode, event.venueCity].filter(Boolean).join(" ");
  return [event.venueName, event.venueAddress, town].filter(Boolean).join(", ");
}

/** The street address one can travel to, or that it is not known yet and a mail will follow. */
function sitePlace(event: MailEvent): string {
  if (isVenueUnknown(event)) return `${placeLabel({ ...event, attendanceMode: "physical" })}; je krijgt een e-mail zodra de plek bekend is`;
  return siteAddress(event);
}

function teamLabel(team: MailTeam): string {
  return team.organisation ? `${team.name} (${team.organisation})` : team.name;
}

function teamRows(team: MailTeam, contact: string): [string, string][] {
  return [
    ["Team", teamLabel(team)],
    ["Contactpersoon", contact],
    ...team.participants.map((participant, index) => [`Deelnemer ${index + 1}`, `${participant.name}${participant.role ? `, ${participant.role}` : ""} (${participant.email})`] as [string, string]),
  ];
}

function meetingLine(meeting: MailEvent["meetings"][number]): string {
  const where = meeting.mode === "online" ? `online${meeting.place ? ` via ${meeting.place}` : ""}` : (meeting.place ?? "op locatie");
  return `${formatDutchDateTimeRange(meeting.startsAt, meeting.endsAt)}, ${where}${meeting.title ? ` (${meeting.title})` : ""}`;
}
