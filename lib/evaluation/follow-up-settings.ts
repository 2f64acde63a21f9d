import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import { amsterdamTime, formatDutchDate, formatDutchTime } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Whether and when the after-event mail goes out, as the organiser sets it: an empty moment means the
// default (the next morning); an unticked box (a plain form sends nothing for it) means no mail at all.

export const followUpFormSchema = z.object({
  followUpEnabled: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  followUpAt: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), "Vul een datum en tijd in, bijvoorbeeld 5 december 09:00.")
    .transform((value) => (value === "" ? null : amsterdamTime(value.replace("T", " ")))),
});

export type FollowUpOutcome = { kind: "done" } | { kind: "not_found" } | { kind: "refused"; message: string };

export async function setFollowUp(
  db: PrismaClient,
  eventId: number,
  { followUpAt, followUpEnabled }: { followUpAt: Date | null; followUpEnabled: boolean },
  { actor }: { actor: AdminUser },
): Promise<FollowUpOutcome> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { endsAt: true } });
    if (!event) return { kind: "not_found" };
    if (followUpAt && followUpAt < event.endsAt) return { kind: "refused", message: "Kies een moment na het einde van de bijeenkomst." };
    await tx.event.update({ where: { id: eventId }, data: { followUpAt, followUpEnabled } });
    await recordAudit(tx, {
      actor,
      eventId,
      action: "event.follow_up",
      summary: !followUpEnabled
        ? "Mail na afloop uitgezet."
        : followUpAt
          ? `Mail na afloop ingesteld op ${formatDutchDate(followUpAt)} om ${formatDutchTime(followUpAt)} uur.`
          : "Mail na afloop op de standaardtijd (de ochtend na de bijeenkomst om 09.00 uur).",
    });
    return { kind: "done" };
  });
}

/** The datetime-local field's value in Amsterdam time: "2026-12-05T09:00". */
export function datetimeLocalValue(date: Date | null): string {
  if (!date) return "";
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return parts.replace(" ", "T");
}
