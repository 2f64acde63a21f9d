import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";

// What the door page says about a scanned, typed or tapped person: the same words whether the server answered
// or the browser did from its copy of the list while offline. Pure, so the client component uses it too.

export type DoorPerson = { id: number; name: string; organisation: string | null; mode: ParticipationMode; workshops: string[] };

/** One person of the event as the door page keeps them in the browser (for offline answers and search). */
export type RosterEntry = DoorPerson & {
  /** The stored code (no dash), or null for a registration from before codes existed. */
  code: string | null;
  status: RegistrationStatus;
  checkIn: { at: string; byName: string } | null;
};

export type DoorAnswer =
  | { kind: "welcome"; person: DoorPerson; at: string; byName: string; room?: string }
  | { kind: "already"; person: DoorPerson; at: string; byName: string; room?: string }
  /** Answered from the browser's list while offline: known, the check-in waits in the queue. */
  | { kind: "queued"; person: DoorPerson }
  | { kind: "undone"; person: DoorPerson }
  | { kind: "cancelled"; person: DoorPerson }
  | { kind: "waitlisted"; person: DoorPerson }
  | { kind: "pending"; person: DoorPerson }
  | { kind: "unknown"; code: string | null };

export type DoorCounts = { present: number; expected: number; room?: { present: number; expected: number } };

export type Tone = "good" | "warn" | "bad";

const TIME = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" });

/** 10.03, as the Dutch write a time of day. */
export function doorTime(iso: string): string {
  return TIME.format(new Date(iso)).replace(":", ".");
}

/** The big line, the small lines below it and the colour. */
export function describeAnswer(answer: DoorAnswer): { tone: Tone; headline: string; details: string[] } {
  const about = (person: DoorPerson) => [
    ...(person.organisation ? [person.organisation] : []),
    person.mode === "online" ? "Online" : "Op locatie",
    ...person.workshops,
  ];
  switch (answer.kind) {
    case "welcome":
      return { tone: "good", headline: `Welkom, ${answer.person.name}!`, details: [...(answer.room ? [`Aanwezig in ${answer.room}`] : []), ...about(answer.person)] };
    case "already":
      return {
        tone: "warn",
        headline: `${answer.person.name}: al ingecheckt om ${doorTime(answer.at)} door ${answer.byName}`,
        details: [...(answer.room ? [answer.room] : []), ...about(answer.person)],
      };
    case "queued":
      return { tone: "good", headline: `Welkom, ${answer.person.name}!`, details: ["Bekend, wordt verstuurd zodra er verbinding is.", ...about(answer.person)] };
    case "undone":
      return { tone: "warn", headline: `Inchecken van ${answer.person.name} ongedaan gemaakt`, details: [] };
    case "cancelled":
      return { tone: "bad", headline: `${answer.person.name}: geannuleerd`, details: ["Deze aanmelding is geannuleerd of afgewezen."] };
    case "waitlisted":
      return { tone: "bad", headline: `${answer.person.name}: op de wachtlijst`, details: ["Nog geen plek. Overleg met de organisatie; aanmelden ter plekke kan hieronder."] };
    case "pending":
      return { tone: "bad", headline: `${answer.person.name}: wacht nog op intake`, details: ["Nog niet toegelaten. Overleg met de organisatie."] };
    case "unknown":
      return { tone: "bad", headline: "Onbekende code", details: [answer.code ? `Geen aanmelding met code ${answer.code} bij deze bijeenkomst.` : "Dit is geen geldige code."] };
  }
}

/** The answer for a roster entry without the server: while offline. */
export function answerFromRoster(entry: RosterEntry | undefined, code: string | null): DoorAnswer {
  if (!entry) return { kind: "unknown", code };
  const person: DoorPerson = { id: entry.id, name: entry.name, organisation: entry.organisation, mode: entry.mode, workshops: entry.workshops };
  switch (entry.status) {
    case "cancelled":
    case "rejected":
      return { kind: "cancelled", person };
    case "waitlisted":
    // An offered place is not taken until it is accepted.
    case "offered":
      return { kind: "waitlisted", person };
    case "pending":
      return { kind: "pending", person };
    case "confirmed":
      return entry.checkIn ? { kind: "already", person, ...entry.checkIn } : { kind: "queued", person };
  }
}
