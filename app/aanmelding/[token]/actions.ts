"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { afterCommit } from "@/lib/after-commit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formValues, type ActionState } from "@/lib/forms/action-state";
import { cancelRegistration, changeParticipation, participationChangedMessage, type ManageOutcome } from "@/lib/registration/manage";
import { registrationInputFromForm } from "@/lib/registration/schema";
import { changeTeamParticipants } from "@/lib/registration/team";
import { editedParticipantRows, participantRowsFromForm, participantsInput, participantValues } from "@/lib/registration/team-form";

// The manage page's actions. The secret token is the authorisation: each domain function looks the
// registration up by it and does nothing for an unknown or cancelled one.

async function finish(token: string, outcome: ManageOutcome, success: string, values: ActionState["values"]): Promise<ActionState> {
  switch (outcome.kind) {
    case "done": {
      afterCommit(outcome);
      revalidatePath(`/aanmelding/${token}`);
      return { status: "success", message: success };
    }
    case "invalid":
      return { status: "error", message: "Controleer je keuze.", fieldErrors: outcome.errors, values };
    case "refused":
      return { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors, values };
    case "not_found":
      return { status: "error", message: "Deze aanmelding bestaat niet (meer) of is al geannuleerd." };
  }
}

export async function changeParticipationAction(token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const { workshops, attendanceMode } = registrationInputFromForm(form) as { workshops: Record<string, number>; attendanceMode?: string };
  if (attendanceMode !== undefined && attendanceMode !== "physical" && attendanceMode !== "online") {
    return { status: "error", message: "Kies op locatie of online.", fieldErrors: { attendanceMode: ["Kies op locatie of online."] }, values: formValues(form) };
  }
  const outcome = await changeParticipation(db, token, { attendanceMode, workshops }, { baseUrl: env().BASE_URL });
  const success = outcome.kind === "done" && outcome.changed ? participationChangedMessage(outcome.changed) : "";
  return finish(token, outcome, success, formValues(form));
}

export async function cancelAction(token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  if (form.get("confirm") !== "on") {
    return { status: "error", message: "Vink aan dat je wilt annuleren.", fieldErrors: { confirm: ["Vink aan dat je wilt annuleren."] } };
  }
  const outcome = await cancelRegistration(db, token, { baseUrl: env().BASE_URL });
  const state = await finish(token, outcome, "", undefined);
  // The forms disappear with the registration; the page itself says it was cancelled.
  if (state.status === "success") redirect(`/aanmelding/${token}?geannuleerd=1`);
  return state;
}

export async function changeParticipantsAction(token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  // "Deelnemer toevoegen" or "Verwijder deelnemer" without JavaScript: the same form, a row more or less.
  const editedRows = editedParticipantRows(form);
  if (editedRows) return { status: "idle", values: participantValues(editedRows) };
  const rows = participantRowsFromForm(form);
  const outcome = await changeTeamParticipants(db, token, participantsInput(rows), { baseUrl: env().BASE_URL });
  if (outcome.kind === "invalid") return { status: "error", message: "Controleer de deelnemers hieronder.", fieldErrors: outcome.errors, values: participantValues(rows) };
  return finish(token, outcome, "De deelnemers zijn gewijzigd. Je krijgt een bevestiging per e-mail.", participantValues(rows));
}
