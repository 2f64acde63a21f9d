import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockAllQuotas } from "@/lib/registration/capacity/locks";
import { eventWorkshops } from "@/lib/registration/capacity/counts";
import { loadRegistrationEvent, registrationWithChoices } from "@/lib/registration/event-context";

// A registration and its event, read after taking every quota lock of the event: two changes to one
// registration (a double click, a second tab, two organisers) then run one after the other, and the second
// sees what the first did. Every lock, because each change may free places the waitlist then takes.

export async function loadRegistrationLocked(tx: Prisma.TransactionClient, where: { manageToken: string } | { id: number }) {
  const first = await tx.registration.findUnique({ where, select: { eventId: true } });
  if (!first) return null;
  const event = await loadRegistrationEvent(tx, { id: first.eventId });
  if (!event) return null;
  await lockAllQuotas(tx, event.id, eventWorkshops(event).map((workshop) => workshop.id));
  const registration = await tx.registration.findUnique({ where, include: registrationWithChoices });
  return registration ? { registration, event } : null;
}

export type LockedRegistration = NonNullable<Awaited<ReturnType<typeof loadRegistrationLocked>>>;
