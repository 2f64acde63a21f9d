import { stringify } from "csv-stringify/sync";
import { formatSpreadsheetDateTime } from "@/lib/dates";
import { participationModeLabels } from "@/lib/events/formats";
import { namedRounds, roundChoiceLabel } from "@/lib/events/rounds";
import type { AdminRegistrationRow, AdminRegistrationsEvent } from "@/lib/registration/list";

// Attendee lists as CSV that Dutch Excel opens as it is: UTF-8 with a byte order mark (else Excel reads
// "Zoë" as "ZoÃ«"), semicolons (Dutch Excel uses the comma for decimals), CRLF line ends, date-times as
// "01-12-2026 20:04" in Amsterdam time (Dutch Excel reads that as a date-time, so the column sorts), and cells
// that Excel would run as a formula (= + - @ tab CR) prefixed with a quote by csv-stringify's escape_formulas.

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/** Every confirmed attendee of the event, or of one workshop (then without the other rounds' columns). */
export function attendeesCsv(
  event: AdminRegistrationsEvent,
  attendees: AdminRegistrationRow[],
  { perWorkshop }: { perWorkshop: boolean },
): string {
  const hybrid = event.attendanceMode === "hybrid" && !event.registersTeams;
  const lunch = event.lunchProvided && event.attendanceMode !== "online";
  const rounds = perWorkshop ? [] : namedRounds(event.rounds);
  const header = [
    "Naam",
    "E-mailadres",
    "Organisatie",
    "Functie",
    ...(event.registersTeams ? ["Team"] : []),
    ...(hybrid ? ["Deelname"] : []),
    ...rounds.map(roundChoiceLabel),
    ...(lunch ? ["Dieetwensen"] : []),
    "Aangemeld op",
  ];
  const records = attendees.map((attendee) => [
    attendee.name,
    attendee.email,
    attendee.organisation ?? "",
    attendee.role ?? "",
    ...(event.registersTeams ? [attendee.teamName ?? ""] : []),
    ...(hybrid ? [participationModeLabels[attendee.attendanceMode]] : []),
    ...rounds.map((round) => {
      const choice = attendee.workshops.find((workshop) => workshop.roundNumber === round.number);
      return choice ? `${choice.workshopNumber}. ${choice.title}` : "";
    }),
    ...(lunch ? [attendee.dietaryWishes ?? ""] : []),
    formatSpreadsheetDateTime(attendee.createdAt),
  ]);
  return stringify([header, ...records], { bom: true, delimiter: ";", record_delimiter: "windows", escape_formulas: true });
}

/** "aanmeldingen-congrestival-back-to-basics-ronde-1-workshop-6.csv" */
export function attendeesCsvFilename(slug: string, workshop: { roundNumber: number; number: number } | null): string {
  return `aanmeldingen-${slug}${workshop ? `-ronde-${workshop.roundNumber}-workshop-${workshop.number}` : ""}.csv`;
}
