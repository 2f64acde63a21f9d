import { buildCalendar, type CalendarEventSource } from "@/lib/calendar/ics";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { formatCheckInCode } from "@/lib/check-in/code";
import { CHECK_IN_QR_CID, escapeHtml, signatureFor, type MailContent } from "@/lib/mail/compose";
import { renderTemplate, type RenderedMail } from "@/lib/mail/templates/engine";
import { defaultTemplate, type MailKind, type MailTemplateSource } from "@/lib/mail/templates/registry";
import { mailVariables } from "@/lib/mail/templates/variables";

export { certificateUrl, evaluationUrl, manageUrl, offerUrl } from "@/lib/mail/manage-url";

// The mails about one registration: the wording comes from a template (lib/mail/templates/registry.ts, or
// a beheerder's or organiser's version of it), the facts from the registration. Mostly built inside the
// transaction that changes the registration, so the outbox keeps exactly what was true when it changed.

export type RegistrationMailKind = MailKind;

export type MailTeam = { name: string; organisation: string | null; participants: { name: string; email: string; role: string | null }[] };

export type RegistrationMailContext = {
  baseUrl: string;
  event: CalendarEventSource & {
    onlineJoinUrl: string | null;
    onlineJoinDetails: string | null;
    organiser: string;
    statusNote: string | null;
    venueRouteNotes: string | null;
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
    /** Shown with its QR image once the registration holds a place on site (lib/check-in). */
    checkInCode?: string | null;
    /** Until when an offered place is held (status offered). */
    offerExpiresAt?: Date | null;
  };
  /** After the event (the follow-up mail): the event's and workshops' materials, as links. */
  materials?: { title: string; href: string; workshopTitle: string | null }[];
};

/** Mails that carry the event for a calendar, when the registration holds a place. */
const CALENDAR_KINDS = new Set<MailKind>(["confirmed", "promoted", "accepted", "changed"]);

export type RegistrationMailOptions = {
  /** A beheerder's or organiser's wording (lib/mail/templates/resolve.ts); the registry's default without. */
  template?: MailTemplateSource | null;
  /** For a reminder: how many days before the event it goes. */
  daysBefore?: number;
};

export function registrationMail(kind: RegistrationMailKind, context: RegistrationMailContext, options: RegistrationMailOptions = {}): MailContent & { calendar: string | null } {
  const { event, registration, baseUrl } = context;
  const calendar = CALENDAR_KINDS.has(kind) && registration.status === "confirmed" ? buildCalendar({ name: event.title, events: [event], baseUrl }) : null;
  const { bodyHtml, ...content } = renderRegistrationTemplate(kind, context, options);
  const code = TICKET_KINDS.has(kind) && registration.status === "confirmed" && registration.attendanceMode !== "online" ? registration.checkInCode : null;
  return { ...(code ? withCheckInCode(content, bodyHtml, formatCheckInCode(code)) : content), calendar };
}

/** Mails that show the check-in code (and its QR image) to someone with a place on site. */
const TICKET_KINDS = new Set<MailKind>(["confirmed", "promoted", "accepted", "reminder"]);

/**
 * The check-in code after the template's text, in every wording: an organiser's version cannot lose it. The
 * sender attaches the QR image the HTML shows under CHECK_IN_QR_CID (lib/mail/deliver.ts).
 */
function withCheckInCode(content: MailContent, bodyHtml: string, code: string): MailContent {
  const text = `Je code voor de ingang: ${code}\nLaat de QR-code in deze mail zien bij binnenkomst, of noem de code.`;
  const html = `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse"><tr><td style="padding:0 16px 0 0;vertical-align:middle"><img src="cid:${CHECK_IN_QR_CID}" width="160" height="160" alt="QR-code met je code ${escapeHtml(code)}"></td><td style="vertical-align:middle">Je code voor de ingang<br><strong style="font-family:monospace;font-size:24px;letter-spacing:2px">${escapeHtml(code)}</strong><br>Laat de QR-code zien bij binnenkomst, of noem de code.</td></tr></table>`;
  return {
    subject: content.subject,
    text: content.text.replace("\n\nMet vriendelijke groet,", `\n\n${text}\n\nMet vriendelijke groet,`),
    html: content.html.replace(bodyHtml, `${bodyHtml}${html}`),
  };
}

/**
 * Renders the chosen wording; one that fails (it was validated on save, but a placeholder may meet data it
 * never saw) never goes out: the default does, and the failure is logged.
 */
export function renderRegistrationTemplate(kind: RegistrationMailKind, context: RegistrationMailContext, { template, daysBefore }: RegistrationMailOptions = {}): RenderedMail {
  const variables = mailVariables(context, { kind, daysBefore });
  const signature = signatureFor(context.event);
  if (template) {
    try {
      return renderTemplate(template, variables, signature);
    } catch (error) {
      console.error(`[mail] the ${kind} template of event ${context.event.id} does not render; the default went out instead`, error);
    }
  }
  return renderTemplate(defaultTemplate(kind), variables, signature);
}
