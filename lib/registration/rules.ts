import { offeredModes } from "@/lib/events/availability";
import { checkRegisterNumber } from "@/lib/accreditation/bodies";
import type { AccreditationBody, AttendanceMode, ParticipationMode, QuestionKind } from "@/lib/generated/prisma/enums";
import type { FieldErrors, RegistrationInput, TeamInput } from "@/lib/registration/schema";

// What a registration must satisfy given its event, as plain functions; the transaction in register.ts
// then checks what depends on other registrations (places).

export type EventForRegistration = {
  attendanceMode: AttendanceMode;
  registersTeams: boolean;
  acceptsQuestions: boolean;
  lunchProvided: boolean;
  rounds: { id: number; number: number; workshops: { id: number; number: number; title: string; onSiteOnly: boolean }[] }[];
  questions: { id: number; label: string; kind: QuestionKind; required: boolean; options: string[] }[];
  /** The bodies accrediting the event: then the form asks for a register and registration number. */
  accreditations?: { body: AccreditationBody }[];
};

export type WorkshopChoice = { roundId: number; workshopId: number; roundNumber: number; workshopNumber: number };

export type CheckedRegistration = {
  attendanceMode: ParticipationMode;
  choices: WorkshopChoice[];
  answers: Record<string, string>;
  question: string | undefined;
  /** Only meaningful with a question: its asker's name may be shown with it. */
  showNameWithQuestion: boolean;
  dietaryWishes: string | undefined;
  /** The attendee's register and number, only for an accredited event and only when given. */
  register: { body: AccreditationBody; number: string | null } | null;
};

export function checkAgainstEvent(
  input: Pick<RegistrationInput, "attendanceMode" | "workshops" | "answers"> & Partial<Pick<RegistrationInput, "question" | "showNameWithQuestion" | "dietaryWishes" | "registerBody" | "registerNumber">>,
  event: EventForRegistration,
): { ok: true; value: CheckedRegistration } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const modes = offeredModes(event);
  let attendanceMode: ParticipationMode;
  if (modes.length === 1) {
    attendanceMode = modes[0]!;
  } else if (input.attendanceMode && modes.includes(input.attendanceMode)) {
    attendanceMode = input.attendanceMode;
  } else {
    errors.attendanceMode = ["Kies of je op locatie of online meedoet."];
    attendanceMode = "physical";
  }

  const choices: WorkshopChoice[] = [];
  for (const [roundKey, workshopNumber] of Object.entries(input.workshops)) {
    const round = event.rounds.find((candidate) => candidate.number === Number(roundKey));
    const workshop = round?.workshops.find((candidate) => candidate.number === workshopNumber);
    if (!round || !workshop) {
      errors[`workshops.${roundKey}`] = ["Deze workshop bestaat niet (meer); kies een andere."];
      continue;
    }
    if (workshop.onSiteOnly && attendanceMode === "online") {
      errors[`workshops.${roundKey}`] = [onSiteOnlyMessage(workshop.title)];
      continue;
    }
    choices.push({ roundId: round.id, workshopId: workshop.id, roundNumber: round.number, workshopNumber: workshop.number });
  }

  const answers: Record<string, string> = {};
  for (const question of event.questions) {
    const answer = input.answers[String(question.id)]?.trim() ?? "";
    if (!answer) {
      if (question.required) errors[`answers.${question.id}`] = ["Beantwoord deze vraag."];
      continue;
    }
    if (question.kind === "choice" && !question.options.includes(answer)) {
      errors[`answers.${question.id}`] = ["Kies een van de mogelijkheden."];
      continue;
    }
    answers[String(question.id)] = answer;
  }
  const unknownAnswer = Object.keys(input.answers).find((id) => !event.questions.some((question) => String(question.id) === id));
  if (unknownAnswer) errors[`answers.${unknownAnswer}`] = ["Deze vraag hoort niet bij deze bijeenkomst."];

  const register = checkRegister(input, event.accreditations ?? [], errors);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      attendanceMode,
      choices: choices.sort((a, b) => a.roundNumber - b.roundNumber),
      answers,
      question: event.acceptsQuestions ? input.question : undefined,
      showNameWithQuestion: Boolean(event.acceptsQuestions && input.question && input.showNameWithQuestion),
      dietaryWishes: event.lunchProvided && attendanceMode === "physical" ? input.dietaryWishes : undefined,
      register,
    },
  };
}

/**
 * Register and number are optional; a number needs its register, the register must accredit this event, and the
 * number must fit the register's format where that is known. Events without accreditation ignore both.
 */
export function checkRegister(
  input: { registerBody?: AccreditationBody; registerNumber?: string },
  accreditations: { body: AccreditationBody }[],
  errors: FieldErrors,
): CheckedRegistration["register"] {
  if (accreditations.length === 0 || (!input.registerBody && !input.registerNumber)) return null;
  if (!input.registerBody) {
    errors.registerBody = ["Kies bij welk register je dit registratienummer hebt."];
    return null;
  }
  if (!accreditations.some((accreditation) => accreditation.body === input.registerBody)) {
    errors.registerBody = ["Dit register accrediteert deze bijeenkomst niet; kies een van de genoemde registers."];
    return null;
  }
  if (!input.registerNumber) return { body: input.registerBody, number: null };
  const number = checkRegisterNumber(input.registerBody, input.registerNumber);
  if (!number.ok) {
    errors.registerNumber = [number.message];
    return null;
  }
  return { body: input.registerBody, number: number.value };
}

export function onSiteOnlyMessage(title: string): string {
  return `"${title}" is alleen op locatie. Kies iets anders, of doe op locatie mee.`;
}

export const TEAM_MESSAGES = {
  missing: "Meld een team aan: vul de gemeente of organisatie, de naam van het team en de deelnemers in.",
  notTeamEvent: "Voor deze bijeenkomst meld je je per persoon aan, niet als team.",
} as const;

/** A team event (leerkring) takes only team registrations, and other events none. */
export function checkTeam(team: TeamInput | undefined, event: { registersTeams: boolean }): { ok: true; team: TeamInput | undefined } | { ok: false; errors: FieldErrors } {
  if (event.registersTeams && !team) return { ok: false, errors: { team: [TEAM_MESSAGES.missing] } };
  if (!event.registersTeams && team) return { ok: false, errors: { team: [TEAM_MESSAGES.notTeamEvent] } };
  return { ok: true, team };
}
