import { buildCalendar, type CalendarEventSource } from "@/lib/calendar/ics";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { placeLabel } from "@/lib/events/place";
import { participationModeLabels } from "@/lib/events/formats";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { composeMail, type MailBlock, type MailContent } from "@/lib/mail/compose";

// The Dutch mails about one registration. Built inside the transaction that changes the registration, so
// the outbox keeps exactly what was true when it changed.

export type RegistrationMailKind = "confirmed" | "waitlisted" | "pending" | "promoted" | "already_registered" | "cancelled" | "changed" | "reminder";

export type RegistrationMailContext = {
  baseUrl: string;
  event: CalendarEventSource & { onlineJoinUrl: string | null; onlineJoinDetails: string | null };
  registration: {
    name: string;
    manageToken: string;
    status: RegistrationStatus;
    attendanceMode: ParticipationMode;
    workshops: { roundNumber: number; workshopNumber: number; title: string }[];
  };
};

export function manageUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}`, baseUrl).toString();
}

export function registrationMail(kind: RegistrationMailKind, context: RegistrationMailContext): MailContent & { calendar: string | null } {
  const { event, registration, baseUrl } = context;
  const link = manageUrl(baseUrl, registration.manageToken);
  const when = formatDutchDateTimeRange(event.startsAt, event.endsAt);
  const facts: MailBlock = {
    kind: "facts",
    rows: [
      ["Bijeenkomst", event.title],
      ["Wanneer", when],
      ["Waar", registration.attendanceMode === "online" ? `Online${event.onlinePlatform ? ` via ${event.onlinePlatform}` : ""}` : placeLabel({ ...event, attendanceMode: "physical" })],
      ...(event.attendanceMode === "hybrid" ? [["Je doet mee", participationModeLabels[registration.attendanceMode]] as [string, string]] : []),
      ...registration.workshops.map(
        (workshop) => [`Workshop ronde ${workshop.roundNumber}`, `nr. ${workshop.workshopNumber}: ${workshop.title}`] as [string, string],
      ),
    ],
  };
  const manage: MailBlock = { kind: "button", label: "Bekijk of wijzig je aanmelding", url: link };
  const greeting = `Beste ${registration.name},`;
  const holdsPlace = registration.status === "confirmed";
  const calendar = holdsPlace ? buildCalendar({ name: event.title, events: [event], baseUrl }) : null;
  const online = registration.attendanceMode === "online";

  switch (kind) {
    case "confirmed":
      return {
        ...composeMail(`Aanmelding bevestigd: ${event.title}`, greeting, [
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
        ...composeMail(`Je staat op de wachtlijst: ${event.title}`, greeting, [
          { kind: "paragraph", text: `${event.title} is vol. Je staat op de wachtlijst: komt er een plek vrij, dan krijg je die automatisch en sturen we je meteen bericht.` },
          facts,
          manage,
        ]),
        calendar: null,
      };
    case "pending":
      return {
        ...composeMail(`Aanmelding ontvangen: ${event.title}`, greeting, [
          { kind: "paragraph", text: `We hebben je aanmelding voor ${event.title} ontvangen. De organisatie neemt contact met je op voor een intakegesprek; daarna hoor je of je kunt deelnemen.` },
          facts,
          manage,
        ]),
        calendar: null,
      };
    case "promoted":
      return {
        ...composeMail(`Er is een plek voor je: ${event.title}`, greeting, [
          { kind: "paragraph", text: `Goed nieuws: er is een plek vrijgekomen en die is voor jou. Je bent nu aangemeld voor ${event.title}.` },
          facts,
          { kind: "paragraph", text: "Kun je toch niet? Annuleer dan via de knop hieronder, zodat iemand anders je plek krijgt." },
          manage,
        ]),
        calendar,
      };
    case "already_registered":
      return {
        ...composeMail(`Je aanmelding voor ${event.title}`, greeting, [
          { kind: "paragraph", text: `Iemand probeerde je opnieuw aan te melden voor ${event.title} met dit e-mailadres. Je was al aangemeld; er is niets veranderd. Via de knop hieronder bekijk of wijzig je je aanmelding.` },
          manage,
          { kind: "paragraph", text: "Was jij dit niet? Dan kun je dit bericht negeren." },
        ]),
        calendar: null,
      };
    case "cancelled":
      return {
        ...composeMail(`Aanmelding geannuleerd: ${event.title}`, greeting, [
          { kind: "paragraph", text: `Je aanmelding voor ${event.title} is geannuleerd. Je plek gaat naar iemand anders. Toch weer willen komen? Meld je dan opnieuw aan zolang er plaats is.` },
          facts,
        ]),
        calendar: null,
      };
    case "changed":
      return {
        ...composeMail(`Aanmelding gewijzigd: ${event.title}`, greeting, [
          { kind: "paragraph", text: `Je aanmelding voor ${event.title} is gewijzigd. Zo staat het er nu voor:` },
          facts,
          manage,
        ]),
        calendar,
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
        ...composeMail(`Morgen: ${event.title}`, greeting, [
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
