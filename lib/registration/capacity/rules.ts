import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";

// The capacity rules as plain functions: which statuses hold a place, which capacity a mode has, the order
// of the quota locks, and what a wanted place becomes (confirmed, waitlisted, pending or refused) given the
// counts. The counts themselves are read under the locks (./counts.ts); this file knows no database.

/**
 * Registrations that hold a place: confirmed ones, those awaiting intake, and a place offered to someone from
 * the waitlist until they accept, decline or the offer expires. Waitlisted ones do not.
 */
export const PLACE_HOLDING_STATUSES = ["confirmed", "pending", "offered"] as const satisfies readonly RegistrationStatus[];

/** Registrations that are still on: holding a place or waiting for one. */
export const ACTIVE_STATUSES = ["confirmed", "waitlisted", "pending", "offered"] as const satisfies readonly RegistrationStatus[];

/** The same lists for plain SQL: `status IN (${PLACE_HOLDING_SQL})`. */
export const PLACE_HOLDING_SQL = PLACE_HOLDING_STATUSES.map((status) => `'${status}'`).join(", ");
export const ACTIVE_SQL = ACTIVE_STATUSES.map((status) => `'${status}'`).join(", ");

export function holdsPlace(status: RegistrationStatus): boolean {
  return (PLACE_HOLDING_STATUSES as readonly RegistrationStatus[]).includes(status);
}

/** The places held, from counts per status (the admin's tables). */
export function placesHeld(counts: Partial<Record<RegistrationStatus, number>>): number {
  return PLACE_HOLDING_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

export function isActive(status: RegistrationStatus): boolean {
  return (ACTIVE_STATUSES as readonly RegistrationStatus[]).includes(status);
}

export type EventCapacities = { capacityPhysical: number | null; capacityOnline: number | null };

/** The places of one attendance mode; null is unlimited. */
export function capacityFor(event: EventCapacities, mode: ParticipationMode): number | null {
  return mode === "physical" ? event.capacityPhysical : event.capacityOnline;
}

/** A limit and what is taken of it. */
export type Quota = { capacity: number | null; taken: number };
export type WorkshopQuota = Quota & { workshopId: number };

export function isFull({ capacity, taken }: Quota): boolean {
  return capacity !== null && taken >= capacity;
}

export function firstFullWorkshop(workshops: readonly WorkshopQuota[]): WorkshopQuota | undefined {
  return workshops.find(isFull);
}

export type Placement =
  | { kind: "confirmed" | "waitlisted" | "pending" }
  | { kind: "refused"; reason: "full" }
  | { kind: "refused"; reason: "workshop_full"; workshopId: number };

export type PlacementPolicy = {
  waitlistEnabled: boolean;
  /** Intake: a place is held as "pending" until the organiser decides. */
  requiresApproval: boolean;
  /** The organiser's "Ook als het vol is": confirmed whatever the counts. */
  overCapacity?: boolean;
};

/**
 * What a new registration becomes. A full mode sends it to the waitlist (its workshops are then not checked:
 * they are wishes until a place frees), or refuses it without one; a full workshop refuses it.
 */
export function decidePlacement(wanted: { mode: Quota; workshops: readonly WorkshopQuota[] }, policy: PlacementPolicy): Placement {
  if (policy.overCapacity) return { kind: "confirmed" };
  if (isFull(wanted.mode)) return policy.waitlistEnabled ? { kind: "waitlisted" } : { kind: "refused", reason: "full" };
  const full = firstFullWorkshop(wanted.workshops);
  if (full) return { kind: "refused", reason: "workshop_full", workshopId: full.workshopId };
  return { kind: policy.requiresApproval ? "pending" : "confirmed" };
}

/** The status a waiting registration gets when a place is given to it. */
export function promotedStatus(event: { requiresApproval: boolean }): "confirmed" | "pending" {
  return event.requiresApproval ? "pending" : "confirmed";
}

/** Until when a place offered now is held (Event.offerHours, 24 by default). */
export function offerExpiry(event: { offerHours: number }, now: Date): Date {
  return new Date(now.getTime() + Math.max(1, event.offerHours) * 60 * 60 * 1000);
}

/** Advisory-lock keys, in the one global order every transaction takes them in (so none can deadlock). */
export type QuotaLock = { kind: 1 | 2 | 3; id: number };
export const QUOTA_LOCK = { physical: 1, online: 2, workshop: 3 } as const;

export function quotaLocks(eventId: number, modes: ParticipationMode[], workshopIds: number[]): QuotaLock[] {
  const locks: QuotaLock[] = [
    ...modes.map((mode) => ({ kind: QUOTA_LOCK[mode], id: eventId })),
    ...workshopIds.map((id) => ({ kind: QUOTA_LOCK.workshop, id })),
  ];
  const unique = new Map(locks.map((lock) => [`${lock.kind}:${lock.id}`, lock]));
  return [...unique.values()].sort((a, b) => a.kind - b.kind || a.id - b.id);
}
