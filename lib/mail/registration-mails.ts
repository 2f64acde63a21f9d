import { buildCalendar, type CalendarEventSource } from "@/lib/calendar/ics";
import { formatDutchDateTime, formatDutchDateTimeRange } from "@/lib/dates";
import { isVenueUnknown, placeLabel } from "@/lib/events/place";
import { participationModeLabels } from "@/lib/events/formats";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { composeMail, signatureFor, type MailBlock, type MailContent } from "@/lib/mail/compose";

// The Dutch mails about one registration. Built inside the transaction that changes the registration, so
// the outbox keeps exactly what was true when it changed.

export type RegistrationMailKind =
  | "confirmed"
  | "waitlisted"
  | "pending"
  | "promoted"
  | "already_registered"
  | "cancelled"
  | "changed"
  | "reminder"
  | "accepted"
  | "declined"
  | "offered"
  | "offer_expired";

export type MailTeam = { name: string; organisation: string | null; participants: { name: string; email: string; role: string | null }[] };

export type RegistrationMailContext = {
  baseUrl: string;
  event: CalendarEventSource & {
    onlineJoinUrl: string | null;
    onlineJoinDetails: string | null;
    organiser: string;
    contactPersons?: { name: string }[];
  };
  registration: {
    name: string;
    manageToken: string;
    status: RegistrationStatus;
    attendanceMode: ParticipationMode;
    /** In the order of the day, each under its round's name ("Workshop ronde 1", an activities round's title). */
    workshops: { roundNumber: number; roundLabel: string; workshopNumber: number; title: string; room?: string | null }[];
    /** A team registration (leerkring); name above is its contact person. */
    team?: MailTeam | null;
    /** The organiser's reason, for a declined intake. */
    declineReason?: string | null;
    /** Until when an offered place is held (status offered). */
    offerExpiresAt?: Date | null;
  };
};

export function manageUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}`, baseUrl).toString();
}

/** The page where someone accepts or declines a place offered from the waitlist; works without JavaScript. */
export function offerUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}/aanbod`, baseUrl).toString();
}

export function registrationMail(kind: RegistrationMailKind, context: RegistrationMailContext): MailContent & { calendar: string | null } {
  const { event, registration, baseUrl } = context;
  const link = manageUrl(baseUrl, registration.manageToken);
  const when = formatDutchDateTimeRange(event.startsAt, event.endsAt);
  const team = registration.team ?? null;
  const series = event.meetings.length > 0;
  const facts: MailBlock = {
    kind: "facts",
    rows: [
      ["Bijeenkomst", event.title],
      ["Wanneer", when],
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
    ],
  };
  const manage: MailBlock = { kind: "button", label: team ? "Bekijk of wijzig jullie aanmelding" : "Bekijk of wijzig je aanmelding", url: link };
  const greeting = `Beste ${registration.name},`;
  const holdsPlace = registration.status === "confirmed";
  const calendar = holdsPlace ? buildCalendar({ name: event.title, events: [event], baseUrl }) : null;
  const online = registration.attendanceMode === "online";
  const compose = (subject: string, blocks: MailBlock[]) => composeMail(subject, greeting, blocks, signatureFor(event));

  switch (kind) {
    case "confirmed":
      return {
        ...compose(`Aanmelding bevestigd: ${event.title}`, [
          { kind: "paragraph", text: `Je bent aangemeld voor ${event.title}. Fijn dat je erbij bent!` },
          facts,
          ...(online ? [{ kind: "paragraph", text: "De link om online mee te doen ontvang je uiterlijk een dag van tevoren." } as MailBlock] : []),
          { kind: "paragraph", text: "In de bijlage vind je de bijeenkomst voor je agenda. Via de knop hieronder bekijk, wijzig of annuleer je je aanmelding." },
          manage,
        ]),
        calendar,
      };
    case "waitlisted":
      return {
        ...compose(`Je staat op de wachtlijst: ${event.title}`, [
          { kind: "paragraph", text: `${event.title} is vol. Je staat op de wachtlijst: komt er een plek vrij, dan krijg je die automatisch en sturen we je meteen bericht.` },
          facts,
          manage,
        ]),
        calendar: null,
      };
    case "pending":
      if (team) {
        return {
          ...compose(`Aanvraag ontvangen: ${event.title}`, [
            {
              kind: "paragraph",
              text: `We hebben de aanvraag van ${teamLabel(team)} voor ${event.title} ontvangen. De organisatie plant een intakegesprek met jullie; daarna horen jullie of jullie kunnen deelnemen.`,
            },
            facts,
            { kind: "paragraph", text: "Via de knop hieronder bekijken jullie de aanvraag en wijzigen jullie de deelnemers." },
            manage,
          ]),
          calendar: null,
        };
      }
      return {
        ...compose(`Aanmelding ontvangen: ${event.title}`, [
          { kind: "paragraph", text: `We hebben je aanmelding voor ${event.title} ontvangen. De organisatie neemt contact met je op voor een intakegesprek; daarna hoor je of je kunt deelnemen.` },
          facts,
          manage,
        ]),
        calendar: null,
      };
    case "promoted":
      if (registration.status === "pending") {
        return {
          ...compose(`Er is een plek vrijgekomen: ${event.title}`, [
            {
              kind: "paragraph",
              text: `Er is een plek vrijgekomen voor ${team ? teamLabel(team) : "je"} bij ${event.title}. De organisatie neemt contact ${team ? "met jullie" : "met je"} op voor een intakegesprek; daarna hoor${team ? "en jullie" : " je"} of ${team ? "jullie kunnen" : "je kunt"} deelnemen.`,
            },
            facts,
            manage,
          ]),
          calendar: null,
        };
      }
      return {
        ...compose(`Er is een plek voor je: ${event.title}`, [
          { kind: "paragraph", text: `Goed nieuws: er is een plek vrijgekomen en die is voor jou. Je bent nu aangemeld voor ${event.title}.` },
          facts,
          { kind: "paragraph", text: "Kun je toch niet? Annuleer dan via de knop hieronder, zodat iemand anders je plek krijgt." },
          manage,
        ]),
        calendar,
      };
    case "already_registered":
      return {
        ...compose(`Je aanmelding voor ${event.title}`, [
          { kind: "paragraph", text: `Iemand probeerde je opnieuw aan te melden voor ${event.title} met dit e-mailadres. Je was al aangemeld; er is niets veranderd. Via de knop hieronder bekijk of wijzig je je aanmelding.` },
          manage,
          { kind: "paragraph", text: "Was jij dit niet? Dan kun je dit bericht negeren." },
        ]),
        calendar: null,
      };
    case "cancelled":
      return {
        ...compose(`Aanmelding geannuleerd: ${event.title}`, [
          { kind: "paragraph", text: `Je aanmelding voor ${event.title} is geannuleerd. Je plek gaat naar iemand anders. Toch weer willen komen? Meld je dan opnieuw aan zolang er plaats is.` },
          facts,
        ]),
        calendar: null,
      };
    case "accepted": {
      const subject = team
        ? event.format === "leerkring"
          ? `Jullie zijn toegelaten tot de leerkring: ${event.title}`
          : `Jullie zijn toegelaten: ${event.title}`
        : `Je bent toegelaten: ${event.title}`;
      const agenda = series
        ? `In de bijlage staan alle ${event.meetings.length} bijeenkomsten voor ${team ? "jullie" : "je"} agenda.`
        : `In de bijlage vind je de bijeenkomst voor je agenda.`;
      return {
        ...compose(subject, [
          {
            kind: "paragraph",
            text: team
              ? `Goed nieuws: na het intakegesprek is ${teamLabel(team)} toegelaten tot ${event.title}. We kijken ernaar uit met jullie te leren en te experimenteren.`
              : `Goed nieuws: je bent toegelaten tot ${event.title}. Fijn dat je erbij bent!`,
          },
          facts,
          { kind: "paragraph", text: `${agenda}${team ? " Stuur deze mail gerust door aan de deelnemers." : ""}` },
          manage,
        ]),
        calendar,
      };
    }
    case "declined":
      return {
        ...compose(team ? `Over jullie aanvraag: ${event.title}` : `Over je aanmelding: ${event.title}`, [
          {
            kind: "paragraph",
            text: team
              ? `Dank voor jullie belangstelling voor ${event.title} en voor de tijd die jullie erin hebben gestoken. Helaas kunnen we ${teamLabel(team)} deze keer geen plek in de kring bieden.`
              : `Dank voor je belangstelling voor ${event.title}. Helaas kunnen we je deze keer geen plek bieden.`,
          },
          ...(registration.declineReason ? [{ kind: "paragraph", text: `Toelichting van de organisatie: ${registration.declineReason}` } as MailBlock] : []),
          {
            kind: "paragraph",
            text: `We hopen ${team ? "jullie" : "je"} bij een volgende bijeenkomst te zien. Het actuele aanbod staat op ${new URL("/", baseUrl).toString()}`,
          },
        ]),
        calendar: null,
      };
    case "changed":
      if (team) {
        return {
          ...compose(`Deelnemers gewijzigd: ${event.title}`, [
            { kind: "paragraph", text: `De aanmelding van ${teamLabel(team)} voor ${event.title} is gewijzigd. Zo staat het er nu voor:` },
            facts,
            manage,
          ]),
          calendar,
        };
      }
      return {
        ...compose(`Aanmelding gewijzigd: ${event.title}`, [
          { kind: "paragraph", text: `Je aanmelding voor ${event.title} is gewijzigd. Zo staat het er nu voor:` },
          facts,
          manage,
        ]),
        calendar,
      };
    case "offered": {
      const until = registration.offerExpiresAt ? formatDutchDateTime(registration.offerExpiresAt) : "binnenkort";
      return {
        ...compose(`Er is een plek vrij voor je: ${event.title}`, [
          {
            kind: "paragraph",
            text: `Er is een plek vrijgekomen bij ${event.title} en je staat als eerste op de wachtlijst. We houden de plek voor je vast tot ${until}. Neem je hem? Bevestig dat dan via de knop hieronder.`,
          },
          facts,
          { kind: "button", label: "Plek aannemen of afslaan", url: offerUrl(baseUrl, registration.manageToken) },
          { kind: "paragraph", text: "Reageer je niet op tijd, dan gaat de plek naar de volgende op de wachtlijst." },
        ]),
        calendar: null,
      };
    }
    case "offer_expired":
      return {
        ...compose(`Aanbod verlopen: ${event.title}`, [
          {
            kind: "paragraph",
            text: `De plek die we je aanboden bij ${event.title} is niet op tijd aangenomen en gaat nu naar de volgende op de wachtlijst. Je staat niet meer op de wachtlijst. Wil je toch komen? Meld je dan opnieuw aan zolang er plaats is.`,
          },
          facts,
        ]),
        calendar: null,
      };
    case "reminder": {
      const join: MailBlock[] =
        online && event.onlineJoinUrl
          ? [
              { kind: "button", label: "Doe online mee", url: event.onlineJoinUrl },
              ...(event.onlineJoinDetails ? [{ kind: "paragraph", text: event.onlineJoinDetails } as MailBlock] : []),
            ]
          : [];
      return {
        ...compose(`Morgen: ${event.title}`, [
          { kind: "paragraph", text: `Een herinnering: morgen is ${event.title}. We zien je graag!` },
          facts,
          ...join,
          { kind: "paragraph", text: "Kun je toch niet? Annuleer dan via de knop hieronder, zodat iemand anders je plek krijgt." },
          manage,
        ]),
        calendar: null,
      };
    }
  }
}

function onlinePlace(event: RegistrationMailContext["event"]): string {
  return `Online${event.onlinePlatform ? ` via ${event.onlinePlatform}` : ""}`;
}

/** The street address one can travel to, or that it is not known yet and a mail will follow. */
function sitePlace(event: RegistrationMailContext["event"]): string {
  if (isVenueUnknown(event)) return `${placeLabel({ ...event, attendanceMode: "physical" })}; je krijgt een e-mail zodra de plek bekend is`;
  const town = [event.venuePostcode, event.venueCity].filter(Boolean).join(" ");
  return [event.venueName, event.venueAddress, town].filter(Boolean).join(", ");
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

function meetingLine(meeting: RegistrationMailContext["event"]["meetings"][number]): string {
  const where = meeting.mode === "online" ? `online${meeting.place ? ` via ${meeting.place}` : ""}` : (meeting.place ?? "op locatie");
  return `${formatDutchDateTimeRange(meeting.startsAt, meeting.endsAt)}, ${where}${meeting.title ? ` (${meeting.title})` : ""}`;
}
