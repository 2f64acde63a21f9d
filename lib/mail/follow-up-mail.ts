import { formatDutchDate } from "@/lib/dates";
import { composeMail, signatureFor, type MailBlock, type MailContent } from "@/lib/mail/compose";

// The mail after the event, to everyone who was there: thanks, the certificate of attendance, the
// evaluation and the materials. Written like the registration mails (registration-mails.ts) so it can
// become an editable template.

export type FollowUpMailContext = {
  baseUrl: string;
  event: { title: string; startsAt: Date; organiser: string; contactPersons?: { name: string }[] };
  registration: { name: string; manageToken: string };
  materials: { title: string; href: string; workshopTitle: string | null }[];
};

export function certificateUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}/bewijs.pdf`, baseUrl).toString();
}

export function evaluationUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}/evaluatie`, baseUrl).toString();
}

export function followUpMail({ baseUrl, event, registration, materials }: FollowUpMailContext): MailContent {
  const materialBlocks: MailBlock[] =
    materials.length === 0
      ? []
      : [
          { kind: "paragraph", text: "De materialen van de bijeenkomst:" },
          { kind: "facts", rows: materials.map((material) => [material.workshopTitle ? `${material.title} (${material.workshopTitle})` : material.title, material.href] as [string, string]) },
        ];
  return composeMail(
    `Bedankt voor je komst: ${event.title}`,
    `Beste ${registration.name},`,
    [
      { kind: "paragraph", text: `Bedankt dat je ${formatDutchDate(event.startsAt)} bij ${event.title} was.` },
      { kind: "paragraph", text: "Je bewijs van deelname staat klaar als pdf. Bewaar het voor je registratie of je werkgever." },
      { kind: "button", label: "Download je bewijs van deelname", url: certificateUrl(baseUrl, registration.manageToken) },
      { kind: "paragraph", text: "Wil je ons helpen de volgende bijeenkomst nog beter te maken? Het invullen van de evaluatie duurt een paar minuten." },
      { kind: "button", label: "Vul de evaluatie in", url: evaluationUrl(baseUrl, registration.manageToken) },
      ...materialBlocks,
    ],
    signatureFor(event),
  );
}
