import { stringify } from "csv-stringify/sync";
import { format } from "date-fns";
import { inAmsterdam } from "@/lib/dates";
import { namedRounds } from "@/lib/events/rounds";
import type { AccreditationBody, RoundKind } from "@/lib/generated/prisma/enums";
import { accreditationBodySlug } from "@/lib/accreditation/bodies";
import { awardedAccreditations, certificateHours, formatDutchNumber, type AccreditationForCertificate } from "@/lib/accreditation/certificate";

// The presence list per accrediting body, for the body's portal. PE-online (which Registerplein,
// Kwaliteitsregister V&V and many other registers use) imports presence as a pasted column of registration
// numbers, and asks per activity for the date it took place; SKJ takes a list with name and number. So the
// first column is the registration number (copy that column straight into PE-online's "Importeren"), then
// name, the date (dd-mm-jjjj), the activity's accreditation number(s), the points and hours earned, and a
// column per round: "aanwezig" or "afwezig", for bodies that grant points per part. The file follows the
// attendee CSV: UTF-8 with BOM, ';', CRLF, formulas defused. Everyone present who named this register is in
// it, with 0 points where they missed a part the accreditation requires, so the organiser sees why.

export type AccreditationCsvEvent = {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  rounds: { id: number; number: number; kind: RoundKind; title: string | null; startsAt: Date; endsAt: Date }[];
  meetings?: { startsAt: Date; endsAt: Date }[];
};

export type AccreditationCsvAttendee = { name: string; email: string; registerNumber: string | null; attendedRoundIds: number[] };

export function accreditationCsv(event: AccreditationCsvEvent, body: AccreditationBody, accreditations: AccreditationForCertificate[], attendees: AccreditationCsvAttendee[]): string {
  const own = accreditations.filter((a) => a.body === body);
  const rounds = namedRounds(event.rounds);
  const header = ["Registratienummer", "Naam", "E-mailadres", "Datum", "Accreditatienummer", "Punten", "Uren", ...rounds.map((round) => `${round.name} (${format(inAmsterdam(round.startsAt), "HH:mm")}-${format(inAmsterdam(round.endsAt), "HH:mm")})`)];
  const date = format(inAmsterdam(event.startsAt), "dd-MM-yyyy");
  const numbers = [...new Set(own.map((a) => a.number))].join(", ");
  const records = attendees.map((attendee) => {
    const facts = { event, rounds: event.rounds, accreditations: own, attendedRoundIds: attendee.attendedRoundIds };
    const awarded = awardedAccreditations(facts);
    const attended = new Set(attendee.attendedRoundIds);
    return [
      attendee.registerNumber ?? "",
      attendee.name,
      attendee.email,
      date,
      numbers,
      formatDutchNumber(awarded.reduce((total, a) => total + a.points, 0)),
      formatDutchNumber(certificateHours(facts)),
      ...rounds.map((round) => (attended.has(round.id) ? "aanwezig" : "afwezig")),
    ];
  });
  return stringify([header, ...records], { bom: true, delimiter: ";", record_delimiter: "windows", escape_formulas: true });
}

/** "accreditatie-registerplein-congrestival-2026.csv" */
export function accreditationCsvFilename(slug: string, body: AccreditationBody): string {
  return `accreditatie-${accreditationBodySlug(body)}-${slug}.csv`;
}
