import { stringify } from "csv-stringify/sync";
import { formatSpreadsheetDateTime } from "@/lib/dates";
import type { EvaluationResults } from "@/lib/evaluation/results";

// The evaluation's answers as a CSV for Dutch Excel, written like the attendee lists
// (lib/registration/attendee-csv.ts): BOM, semicolons, CRLF, formulas escaped. Anonymous: no name columns.

export function evaluationCsv(results: EvaluationResults): string {
  const named = !results.event.anonymous;
  const header = [...(named ? ["Naam", "E-mailadres", "Organisatie", "Ingevuld op"] : []), ...results.columns.map((column) => column.label)];
  const records = results.rows.map((row) => [
    ...(named && row.respondent ? [row.respondent.name, row.respondent.email, row.respondent.organisation ?? "", formatSpreadsheetDateTime(row.respondent.answeredAt)] : []),
    ...results.columns.map((column) => row.answers.get(column.key) ?? ""),
  ]);
  return stringify([header, ...records], { bom: true, delimiter: ";", record_delimiter: "windows", escape_formulas: true });
}

export function evaluationCsvFilename(slug: string): string {
  return `evaluatie-${slug}.csv`;
}
