import type { AttendanceMode, EventStatus, ParticipationMode } from "@/lib/generated/prisma/enums";
import { capacityFor } from "@/lib/registration/capacity/rules";

// Places left and whether one can register, as plain functions of an event and its counts. The counts shown
// to visitors are a snapshot; the registration transaction re-counts under a lock before it writes.

export type RegistrationState = "open" | "waitlist" | "full" | "closed" | "not_yet_open";

export type Places = { total: number | null; taken: number; remaining: number | null };

export type AvailabilityInput = {
  status: EventStatus;
  attendanceMode: AttendanceMode;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacityPhysical: number | null;
  capacityOnline: number | null;
  waitlistEnabled: boolean;
  registersTeams: boolean;
};

/**
 * The modes one can register for, each with its own places. A team registration (leerkring) takes one
 * place for the whole series, counted as "physical" whatever the meetings' modes.
 */
export function offeredModes(event: { attendanceMode: AttendanceMode; registersTeams: boolean }): ParticipationMode[] {
  if (event.registersTeams) return ["physical"];
  if (event.attendanceMode === "hybrid") return ["physical", "online"];
  return [event.attendanceMode];
}

export function places(capacity: number | null, taken: number): Places {
  return { total: capacity, taken, remaining: capacity === null ? null : Math.max(0, capacity - taken) };
}

export function placesPerMode(event: AvailabilityInput, taken: Record<ParticipationMode, number>): Partial<Record<ParticipationMode, Places>> {
  return Object.fromEntries(offeredModes(event).map((mode) => [mode, places(capacityFor(event, mode), taken[mode])]));
}

export function registrationState(event: AvailabilityInput, taken: Record<ParticipationMode, number>, now: Date = new Date()): RegistrationState {
  if (event.status !== "published") return "closed";
  if (now >= event.startsAt) return "closed";
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return "closed";
  if (event.registrationOpensAt && now < event.registrationOpensAt) return "not_yet_open";
  const anyPlaceLeft = Object.values(placesPerMode(event, taken)).some((modePlaces) => modePlaces.remaining === null || modePlaces.remaining > 0);
  if (anyPlaceLeft) return "open";
  return event.waitlistEnabled ? "waitlist" : "full";
}

/** "Bijna vol": a tenth of the places or fewer left, at most five; never for unlimited events. */
export function isAlmostFull(modePlaces: Places[]): boolean {
  const limited = modePlaces.filter((entry): entry is Places & { total: number; remaining: number } => entry.total !== null);
  if (limited.length === 0 || limited.length < modePlaces.length) return false;
  const remaining = limited.reduce((sum, entry) => sum + entry.remaining, 0);
  const total = limited.reduce((sum, entry) => sum + entry.total, 0);
  return remaining > 0 && remaining <= Math.min(5, Math.max(1, Math.ceil(total / 10)));
}

export type PublicStatus = { key: "open" | "almost_full" | "waitlist" | "full" | "closed" | "not_yet_open" | "cancelled" | "postponed"; label: string };

export function publicStatus(event: AvailabilityInput, taken: Record<ParticipationMode, number>, now: Date = new Date()): PublicStatus {
  if (event.status === "cancelled") return { key: "cancelled", label: "Geannuleerd" };
  if (event.status === "postponed") return { key: "postponed", label: "Verplaatst" };
  const state = registrationState(event, taken, now);
  switch (state) {
    case "closed":
      return { key: "closed", label: "Aanmelding gesloten" };
    case "not_yet_open":
      return { key: "not_yet_open", label: "Aanmelding nog niet open" };
    case "waitlist":
      return { key: "waitlist", label: "Vol - wachtlijst" };
    case "full":
      return { key: "full", label: "Vol - aanmelden niet meer mogelijk" };
    case "open":
      return isAlmostFull(Object.values(placesPerMode(event, taken))) ? { key: "almost_full", label: "Bijna vol" } : { key: "open", label: "Open" };
  }
}

export const PLACE_NOUNS = { one: "plek", many: "plekken" };
export const TEAM_NOUNS = { one: "team", many: "teams" };

/** "nog 4 plekken", "nog 1 plek", "vol"; nothing to say about unlimited places. */
export function placesLeftLabel(modePlaces: Places, nouns: { one: string; many: string } = PLACE_NOUNS): string | null {
  if (modePlaces.remaining === null) return null;
  if (modePlaces.remaining === 0) return "vol";
  return modePlaces.remaining === 1 ? `nog 1 ${nouns.one}` : `nog ${modePlaces.remaining} ${nouns.many}`;
}

/** For a team event (leerkring): "nog ruimte voor 3 teams", "nog ruimte voor 1 team", "vol". */
export function teamPlacesLeftLabel(modePlaces: Places): string | null {
  const label = placesLeftLabel(modePlaces, TEAM_NOUNS);
  return label?.replace(/^nog /, "nog ruimte voor ") ?? null;
}
