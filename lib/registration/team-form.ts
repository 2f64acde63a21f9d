import type { FormValues } from "@/lib/forms/action-state";

// The HTML side of a team's participants: rows of fields named participant-<n>-name|email|role, and the
// "Deelnemer toevoegen" / "Verwijderen" buttons that, without JavaScript, submit the form to re-render it
// with one row more or less, keeping everything typed.

export type ParticipantRow = { name: string; email: string; role: string };

/** The submit buttons' name; their values are "add" and "remove-<n>". */
export const PARTICIPANT_ROWS_INTENT = "deelnemers";

const ROW_FIELD = /^participant-(\d+)-(name|email|role)$/;
const emptyRow = (): ParticipantRow => ({ name: "", email: "", role: "" });
const isEmpty = (row: ParticipantRow) => !row.name.trim() && !row.email.trim() && !row.role.trim();

/** The rows as typed, in the form's order; rows left wholly empty are dropped unless keepEmpty. */
export function participantRowsFromForm(form: FormData, { keepEmpty = false } = {}): ParticipantRow[] {
  const rows = new Map<number, ParticipantRow>();
  for (const [key, value] of form.entries()) {
    const match = ROW_FIELD.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? emptyRow();
    row[match[2] as keyof ParticipantRow] = value;
    rows.set(index, row);
  }
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return keepEmpty ? ordered : ordered.filter((row) => !isEmpty(row));
}

/** The participants for the zod schema (which trims and checks them). */
export function participantsInput(rows: ParticipantRow[]) {
  return rows.map((row) => ({ name: row.name, email: row.email, role: row.role }));
}

/** The rows as form values, numbered from 0 like the schema's error paths (team.participants.<n>.email). */
export function participantValues(rows: ParticipantRow[]): FormValues {
  const values: FormValues = {};
  rows.forEach((row, index) => {
    values[`participant-${index}-name`] = row.name;
    values[`participant-${index}-email`] = row.email;
    values[`participant-${index}-role`] = row.role;
  });
  return values;
}

/** Replaces the participant fields of a form's values by the given rows. */
export function withParticipantValues(values: FormValues, rows: ParticipantRow[]): FormValues {
  const others = Object.fromEntries(Object.entries(values).filter(([key]) => !ROW_FIELD.test(key) && key !== PARTICIPANT_ROWS_INTENT));
  return { ...others, ...participantValues(rows) };
}

/** The rows to show for a form's values: at least one. */
export function participantRowsFromValues(values: FormValues | undefined): ParticipantRow[] {
  const rows = new Map<number, ParticipantRow>();
  for (const [key, value] of Object.entries(values ?? {})) {
    const match = ROW_FIELD.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? emptyRow();
    row[match[2] as keyof ParticipantRow] = Array.isArray(value) ? (value[0] ?? "") : value;
    rows.set(index, row);
  }
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return ordered.length > 0 ? ordered : [emptyRow()];
}

/**
 * When the form was sent by "Deelnemer toevoegen" or a row's "Verwijderen" button: the rows to show next
 * (all typed rows kept, one empty row more, or the one removed; never fewer than one). Null for a real submit.
 */
export function editedParticipantRows(form: FormData): ParticipantRow[] | null {
  const intent = form.get(PARTICIPANT_ROWS_INTENT);
  if (typeof intent !== "string") return null;
  const rows = participantRowsFromForm(form, { keepEmpty: true });
  if (intent === "add") return [...rows, emptyRow()];
  const remove = /^remove-(\d+)$/.exec(intent);
  if (!remove) return null;
  const left = rows.filter((_, index) => index !== Number(remove[1]));
  return left.length > 0 ? left : [emptyRow()];
}
