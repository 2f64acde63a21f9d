import "server-only";
import { selfServiceClosedMessage, selfServiceOpen } from "@/lib/registration/self-service";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queueRegistrationMail } from "@/lib/mail/outbox";
import { ACTIVE_STATUSES } from "@/lib/registration/capacity/rules";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";
import type { ManageOutcome } from "@/lib/registration/manage";
import { fieldErrorsFrom, teamParticipantsSchema } from "@/lib/registration/schema";

// A team's contact person changes the participants through the manage link: add, edit, remove, at least
// one. Participants take no place of their own (a team is one place), so no quota lock is needed; the row
// lock on the registration makes two saves (a double click, a second tab) run one after the other.

/** Keyed like the registration form's fields: team.participants.<n>.email. */
const participantsChangeSchema = z.object({ team: z.object({ participants: teamParticipantsSchema }) });

export async function changeTeamParticipants(
  db: PrismaClient,
  token: string,
  participants: unknown,
  { baseUrl, now = new Date() }: { baseUrl: string; now?: Date },
): Promise<ManageOutcome> {
  const parsed = participantsChangeSchema.safeParse({ team: { participants } });
  if (!parsed.success) return { kind: "invalid", errors: fieldErrorsFrom(parsed.error) };
  const rows = parsed.data.team.participants;

  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number; eventId: number }[]>`
      SELECT id, "eventId" FROM "Registration"
      WHERE "manageToken" = ${token} AND "teamName" IS NOT NULL AND status = ANY(${[...ACTIVE_STATUSES]}::"RegistrationStatus"[])
      FOR UPDATE`;
    if (!locked) return { kind: "not_found" };
    const event = await loadRegistrationEvent(tx, { id: locked.eventId });
    if (!event) return { kind: "not_found" };
    // For a series the deadline counts from its last meeting, like the rule above.
    const window = { ...event, startsAt: event.meetings.length > 0 ? event.endsAt : event.startsAt };
    if (!selfServiceOpen(window, now)) return { kind: "refused", message: selfServiceClosedMessage(window, event.contactPersons[0]) };
    // A series runs for months: participants may change until its last meeting.
    if (event.status !== "published" || now >= event.endsAt) {
      return {
        kind: "refused",
        message: "Deze leerkring is afgelopen of gaat niet door; de deelnemers kunnen niet meer worden gewijzigd.",
      };
    }
    await tx.teamParticipant.deleteMany({ where: { registrationId: locked.id } });
    await tx.teamParticipant.createMany({
      data: rows.map((participant, position) => ({
        registrationId: locked.id,
        name: participant.name,
        email: participant.email,
        role: participant.role ?? null,
        position,
      })),
    });
    const updated = await tx.registration.update({ where: { id: locked.id }, data: { updatedAt: now }, include: registrationWithChoices });
    const mailId = await queueRegistrationMail(tx, "changed", {
      ...mailContext(event, updated, baseUrl),
      registrationId: updated.id,
      toEmail: updated.email,
    });
    return { kind: "done", mailIds: [mailId], promotedNames: [], eventSlugs: [event.slug] };
  });
}
