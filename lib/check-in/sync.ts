import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminUser } from "@/lib/auth/session";
import type { DoorAnswer } from "@/lib/check-in/answer";
import { checkIn, undoCheckIn } from "@/lib/check-in/check-in";

// The door page's queue, sent as one batch when the connection is back (or straight away when it is there).
// Each item is applied on its own, in order; sending the same batch twice changes nothing the second time.

const MAX_BATCH = 500;
/** An offline check-in keeps the time it was made, unless that time cannot be right. */
const MAX_QUEUE_AGE_MS = 36 * 60 * 60 * 1000;

const id = (what: string) =>
  z
    .number({ error: `${what} moet een getal zijn.` })
    .int(`${what} moet een geheel getal zijn.`)
    .positive(`${what} moet groter dan 0 zijn.`);

export const checkInItemSchema = z
  .object(
    {
      code: z.string({ error: "De code moet tekst zijn." }).max(40, "Deze code is te lang.").optional(),
      registrationId: id("Het aanmeldingsnummer").optional(),
      at: z.iso.datetime({ error: "Het tijdstip moet een ISO-datum zijn, zoals 2026-12-01T10:03:00Z." }).optional(),
      roundId: id("De ronde").optional(),
      workshopId: id("De workshop").optional(),
      undo: z.boolean({ error: "undo moet true of false zijn." }).optional(),
    },
    { error: "Elke check-in is een object met een code of een aanmeldingsnummer." },
  )
  .refine((item) => item.code !== undefined || item.registrationId !== undefined, { error: "Geef een code of een aanmeldingsnummer." })
  .refine((item) => (item.roundId === undefined) === (item.workshopId === undefined), {
    error: "Geef bij een zaal zowel de ronde als de workshop.",
  });

export const checkInBatchSchema = z.object(
  {
    checkIns: z
      .array(checkInItemSchema, { error: "checkIns moet een lijst zijn." })
      .min(1, "Stuur minstens één check-in.")
      .max(MAX_BATCH, `Stuur hooguit ${MAX_BATCH} check-ins tegelijk.`),
  },
  { error: 'Stuur een object met een lijst "checkIns".' },
);
export type CheckInBatch = z.output<typeof checkInBatchSchema>;

export async function syncCheckIns(
  db: PrismaClient,
  eventId: number,
  batch: CheckInBatch,
  { actor, now = new Date() }: { actor: Pick<AdminUser, "id" | "name">; now?: Date },
): Promise<DoorAnswer[]> {
  const answers: DoorAnswer[] = [];
  for (const item of batch.checkIns) {
    const room =
      item.roundId !== undefined && item.workshopId !== undefined ? { roundId: item.roundId, workshopId: item.workshopId } : null;
    if (item.undo) {
      answers.push(
        item.registrationId !== undefined
          ? (await undoCheckIn(db, eventId, item.registrationId, { actor, room })).answer
          : { kind: "unknown", code: null },
      );
      continue;
    }
    const who = item.registrationId !== undefined ? { registrationId: item.registrationId } : { code: item.code! };
    answers.push((await checkIn(db, eventId, who, { actor, room, at: plausibleTime(item.at, now) })).answer);
  }
  return answers;
}

function plausibleTime(at: string | undefined, now: Date): Date {
  if (!at) return now;
  const time = new Date(at);
  return time.getTime() > now.getTime() || now.getTime() - time.getTime() > MAX_QUEUE_AGE_MS ? now : time;
}
