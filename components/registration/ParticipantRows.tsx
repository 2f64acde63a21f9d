"use client";

import { useEffect, useRef, useState } from "react";
import { FieldError, TextField } from "@/components/forms/fields";
import type { FormValues } from "@/lib/forms/action-state";
import { PARTICIPANT_ROWS_INTENT, participantRowsFromValues, type ParticipantRow } from "@/lib/registration/team-form";

// A team's participants as rows of fields. Without JavaScript the add and remove buttons submit the form,
// and the server sends it back with a row more or less and everything typed; with JavaScript they change
// the rows here. Errors stay with their row when another row is removed.

type Row = ParticipantRow & { key: number; errors: Partial<Record<keyof ParticipantRow, string[]>> };
type Errors = Record<string, string[] | undefined>;

let nextKey = 0;

function rowsFor(values: FormValues | undefined, errors: Errors): Row[] {
  return participantRowsFromValues(values).map((row, index) => ({
    ...row,
    key: nextKey++,
    errors: {
      name: errors[`team.participants.${index}.name`],
      email: errors[`team.participants.${index}.email`],
      role: errors[`team.participants.${index}.role`],
    },
  }));
}

export function ParticipantRows({
  values,
  errors,
  legendHidden = false,
}: {
  values: FormValues | undefined;
  errors: Errors;
  legendHidden?: boolean;
}) {
  const [source, setSource] = useState(values);
  const [rows, setRows] = useState(() => rowsFor(values, errors));
  // A new answer from the server (another submit) starts from what it sent back.
  if (source !== values) {
    setSource(values);
    setRows(rowsFor(values, errors));
  }
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`veld-participant-${focusRow.current}-name`)?.focus();
    focusRow.current = null;
  }, [rows]);

  const listErrors = errors["team.participants"];
  return (
    <fieldset className="space-y-4" aria-describedby={listErrors?.length ? "veld-team-participants-fout" : "deelnemers-uitleg"}>
      <legend className={legendHidden ? "sr-only" : "text-xl font-semibold"}>Deelnemers</legend>
      <p id="deelnemers-uitleg" className="text-sm text-stone-600">
        Wie doen er mee vanuit het team? Noem ten minste één deelnemer; het sociaal (wijk)team en de beleidsadviseur samen is het mooist.
      </p>
      <FieldError name="team.participants" errors={listErrors} />
      <ol className="space-y-4">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className="space-y-3 rounded-lg border border-stone-300 bg-white p-4" data-testid="participant-row">
              <legend className="px-1 font-semibold">Deelnemer {index + 1}</legend>
              <TextField
                name={`participant-${index}-name`}
                label="Naam"
                required
                autoComplete="off"
                defaultValue={row.name}
                errors={row.errors.name}
                maxLength={200}
              />
              <TextField
                name={`participant-${index}-email`}
                label="E-mailadres"
                type="email"
                required
                autoComplete="off"
                defaultValue={row.email}
                errors={row.errors.email}
              />
              <TextField
                name={`participant-${index}-role`}
                label="Functie of rol"
                autoComplete="off"
                defaultValue={row.role}
                errors={row.errors.role}
                maxLength={200}
              />
              {rows.length > 1 && (
                <button
                  type="submit"
                  name={PARTICIPANT_ROWS_INTENT}
                  value={`remove-${index}`}
                  formNoValidate
                  onClick={(event) => {
                    event.preventDefault();
                    focusRow.current = Math.max(0, index - 1);
                    setRows(rows.filter((candidate) => candidate.key !== row.key));
                  }}
                  className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100"
                >
                  Verwijder deelnemer {index + 1}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="submit"
        name={PARTICIPANT_ROWS_INTENT}
        value="add"
        formNoValidate
        onClick={(event) => {
          event.preventDefault();
          focusRow.current = rows.length;
          setRows([...rows, { name: "", email: "", role: "", key: nextKey++, errors: {} }]);
        }}
        className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
      >
        Deelnemer toevoegen
      </button>
    </fieldset>
  );
}
