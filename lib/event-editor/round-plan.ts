import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EditorEvent } from "@/lib/event-editor/editor-event";
import type { EventFormInput } from "@/lib/event-editor/schema";

// Saving an event's rounds and workshops: which stored row each row on the form edits (ids from hidden
// fields), which are removed, and the writes that keep every kept row's id (registrations point at it).

type FormRound = EventFormInput["rounds"][number];
type FormWorkshop = FormRound["workshops"][number];

export type RoundPlan = {
  eventId: number;
  /** The form's rounds in order, each matched to the stored round it edits (null: new). */
  rounds: { form: FormRound; existingId: number | null; workshops: { form: FormWorkshop; existingId: number | null; oldCapacity: number | null }[] }[];
  removedRounds: { id: number; number: number; title: string | null }[];
  removedWorkshops: { id: number; title: string; roundAt: number | null }[];
};

export function planRounds(before: EditorEvent, fields: EventFormInput): RoundPlan {
  const storedRounds = new Map(before.rounds.map((round) => [round.id, round]));
  const rounds = fields.rounds.map((form) => {
    const stored = form.id !== null ? storedRounds.get(form.id) : undefined;
    const storedWorkshops = new Map((stored?.workshops ?? []).map((workshop) => [workshop.id, workshop]));
    return {
      form,
      existingId: stored?.id ?? null,
      workshops: form.workshops.map((workshop) => {
        const match = workshop.id !== null ? storedWorkshops.get(workshop.id) : undefined;
        return { form: workshop, existingId: match?.id ?? null, oldCapacity: match?.capacity ?? null };
      }),
    };
  });
  const keptRounds = new Set(rounds.map((round) => round.existingId).filter((id) => id !== null));
  const keptWorkshops = new Set(rounds.flatMap((round) => round.workshops.map((workshop) => workshop.existingId)).filter((id) => id !== null));
  const removedRounds = before.rounds.filter((round) => !keptRounds.has(round.id)).map(({ id, number, title }) => ({ id, number, title }));
  const removedWorkshops = before.rounds.flatMap((round) =>
    round.workshops
      .filter((workshop) => !keptWorkshops.has(workshop.id))
      .map((workshop) => ({ id: workshop.id, title: workshop.title, roundAt: rounds.find((candidate) => candidate.existingId === round.id)?.form.at ?? null })),
  );
  return { eventId: before.id, rounds, removedRounds, removedWorkshops };
}

export async function saveRounds(tx: Prisma.TransactionClient, eventId: number, plan: RoundPlan): Promise<void> {
  const removedWorkshopIds = plan.removedWorkshops.map((workshop) => workshop.id);
  const removedRoundIds = plan.removedRounds.map((round) => round.id);
  // Choices of cancelled or rejected registrations only (active ones were refused above) would block the delete.
  await tx.registrationWorkshop.deleteMany({ where: { OR: [{ workshopId: { in: removedWorkshopIds } }, { roundId: { in: removedRoundIds } }] } });
  await tx.workshop.deleteMany({ where: { id: { in: removedWorkshopIds } } });
  await tx.workshopRound.deleteMany({ where: { id: { in: removedRoundIds } } });
  // Numbers follow the order on the form; park the kept ones out of the way first (numbers are unique).
  const keptRoundIds = plan.rounds.flatMap((round) => (round.existingId === null ? [] : [round.existingId]));
  await tx.$executeRaw`UPDATE "WorkshopRound" SET number = 1000000 + id WHERE id = ANY(${keptRoundIds}::int[])`;
  const keptWorkshopIds = plan.rounds.flatMap((round) => round.workshops.flatMap((workshop) => (workshop.existingId === null ? [] : [workshop.existingId])));
  await tx.$executeRaw`UPDATE "Workshop" SET number = 1000000 + id WHERE id = ANY(${keptWorkshopIds}::int[])`;
  for (const [roundIndex, round] of plan.rounds.entries()) {
    const roundData = { number: roundIndex + 1, kind: round.form.kind, title: round.form.title, startsAt: round.form.startsAt, endsAt: round.form.endsAt };
    const roundId = round.existingId === null ? (await tx.workshopRound.create({ data: { eventId, ...roundData }, select: { id: true } })).id : round.existingId;
    if (round.existingId !== null) await tx.workshopRound.update({ where: { id: roundId }, data: roundData });
    for (const [workshopIndex, { form, existingId }] of round.workshops.entries()) {
      const data = { number: workshopIndex + 1, title: form.title, description: form.description, hosts: form.hosts, room: form.room, capacity: form.capacity, onSiteOnly: form.onSiteOnly };
      if (existingId === null) await tx.workshop.create({ data: { roundId, ...data } });
      else await tx.workshop.update({ where: { id: existingId }, data });
    }
  }
}
