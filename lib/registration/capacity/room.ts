import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipationMode, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { modeQuota, workshopQuotas } from "@/lib/registration/capacity/counts";
import { capacityFor, decidePlacement, firstFullWorkshop, isFull, type EventCapacities, type Placement, type PlacementPolicy, type Quota } from "@/lib/registration/capacity/rules";

// Whether there is room, asked inside a transaction that holds the event's quota locks: for a new
// registration (what it becomes) and for an existing one that takes another mode or other workshops.

export type Room = { ok: true } | { ok: false; reason: "mode_full"; quota: Quota & { capacity: number } } | { ok: false; reason: "workshop_full"; workshopId: number };

type CapacityEvent = EventCapacities & { id: number; rounds: { workshops: { id: number; capacity: number | null }[] }[] };

function modeFull(quota: Quota): Room | null {
  return isFull(quota) ? { ok: false, reason: "mode_full", quota: { ...quota, capacity: quota.capacity! } } : null;
}

/**
 * Room for an existing registration in `mode` (when it moves into it or onto a place) and in `workshopIds`,
 * not counting what the registration itself holds.
 */
export async function roomFor(
  tx: Prisma.TransactionClient,
  event: CapacityEvent,
  { mode, workshopIds = [], exceptRegistrationId }: { mode?: ParticipationMode; workshopIds?: number[]; exceptRegistrationId: number },
): Promise<Room> {
  if (mode) {
    const full = modeFull(await modeQuota(tx, event, mode));
    if (full) return full;
  }
  const full = firstFullWorkshop(await workshopQuotas(tx, event, workshopIds, exceptRegistrationId));
  return full ? { ok: false, reason: "workshop_full", workshopId: full.workshopId } : { ok: true };
}

/**
 * Room to accept a registration after intake. A pending one already holds its place, so accepting adds no
 * one, but never more may be confirmed than there are places (the capacity may have been lowered since); a
 * waitlisted one holds no place and needs a free one.
 */
export async function roomToAccept(
  tx: Prisma.TransactionClient,
  event: CapacityEvent,
  registration: { id: number; status: RegistrationStatus; attendanceMode: ParticipationMode; workshops: { workshopId: number }[] },
): Promise<Room> {
  const mode = registration.attendanceMode;
  const quota =
    registration.status === "pending"
      ? { capacity: capacityFor(event, mode), taken: await tx.registration.count({ where: { eventId: event.id, attendanceMode: mode, status: "confirmed" } }) }
      : await modeQuota(tx, event, mode);
  const full = modeFull(quota);
  if (full) return full;
  return roomFor(tx, event, { workshopIds: registration.workshops.map((choice) => choice.workshopId), exceptRegistrationId: registration.id });
}

/** What a new registration in `mode` with these workshops becomes; `modeQuota` tells whether it went over. */
export async function placeNewRegistration(
  tx: Prisma.TransactionClient,
  event: CapacityEvent,
  { mode, workshopIds }: { mode: ParticipationMode; workshopIds: number[] },
  policy: PlacementPolicy,
): Promise<{ placement: Placement; modeQuota: Quota }> {
  const quota = await modeQuota(tx, event, mode);
  const workshops = await workshopQuotas(tx, event, workshopIds);
  return { placement: decidePlacement({ mode: quota, workshops }, policy), modeQuota: quota };
}
