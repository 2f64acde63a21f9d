import { z } from "zod";
import type { DoorAnswer } from "@/lib/check-in/answer";

// The door page's address and its query: the chosen room (round and workshop) and the last answer, which the
// no-JavaScript forms carry back through a redirect. Pure: the page, the actions and the client share it.

export function doorPath(eventId: number, query: { room?: string | null; answer?: DoorAnswer | null; q?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (query.room) params.set("zaal", query.room);
  if (query.q) params.set("q", query.q);
  if (query.answer) params.set("antwoord", encodeAnswer(query.answer));
  const search = params.toString();
  return `/admin/evenementen/${eventId}/inchecken${search ? `?${search}` : ""}`;
}

/** "12:34" (round 12, workshop 34) or empty for the door. */
export function parseRoom(value: unknown): { roundId: number; workshopId: number } | null {
  const match = typeof value === "string" ? /^(\d{1,9}):(\d{1,9})$/.exec(value) : null;
  return match ? { roundId: Number(match[1]), workshopId: Number(match[2]) } : null;
}

export function roomValue(room: { roundId: number; workshopId: number } | null): string {
  return room ? `${room.roundId}:${room.workshopId}` : "";
}

function encodeAnswer(answer: DoorAnswer): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(answer))));
}

const personShape = z.object({ id: z.number(), name: z.string(), organisation: z.string().nullable(), mode: z.enum(["physical", "online"]), workshops: z.array(z.string()) });
const answerShape = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(["welcome", "already"]), person: personShape, at: z.string(), byName: z.string(), room: z.string().optional() }),
  z.object({ kind: z.enum(["queued", "undone", "cancelled", "waitlisted", "pending"]), person: personShape }),
  z.object({ kind: z.literal("unknown"), code: z.string().nullable() }),
]);

/** The answer carried in the address, or null when there is none or it is not one. */
export function decodeAnswer(value: unknown): DoorAnswer | null {
  if (typeof value !== "string" || value.length > 4000) return null;
  try {
    const parsed = answerShape.safeParse(JSON.parse(decodeURIComponent(escape(atob(value)))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The door's forms: a code typed in, or a person tapped in the list; the room comes along. */
export const doorFormSchema = z.object({
  code: z.string().max(40, "Deze code is te lang.").optional(),
  registrationId: z.coerce.number().int().positive().optional(),
  room: z.string().max(20).optional(),
});
