import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import { namedRounds } from "@/lib/events/rounds";
import { percentage } from "@/lib/evaluation/rules";

// After the event, for the organiser: who was expected (confirmed registrations), who came (a check-in),
// who did not, per mode and per workshop (presence per round where the rooms recorded it), and how many of
// those present answered the evaluation.

export type AfterEventRow = { expected: number; present: number; noShow: number; noShowRate: number | null };

function row(expected: number, present: number): AfterEventRow {
  const noShow = Math.max(0, expected - present);
  return { expected, present, noShow, noShowRate: percentage(noShow, expected) };
}

export async function afterEventOverview(db: PrismaClient, eventId: number) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      attendanceMode: true,
      followUpAt: true,
      followUpEnabled: true,
      rounds: { select: { id: true, number: true, kind: true, title: true, startsAt: true, endsAt: true, workshops: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } } } },
    },
  });
  if (!event) return null;
  const [confirmed, presentRows, choices, presences, responses, followUpsSent] = await Promise.all([
    db.registration.groupBy({ by: ["attendanceMode"], where: { eventId, status: "confirmed" }, _count: { _all: true } }),
    db.checkIn.findMany({ where: { eventId }, select: { registration: { select: { attendanceMode: true } } } }),
    db.registrationWorkshop.groupBy({ by: ["workshopId"], where: { eventId, registration: { status: "confirmed" } }, _count: { _all: true } }),
    db.roundPresence.groupBy({ by: ["workshopId", "roundId"], where: { eventId }, _count: { _all: true } }),
    db.evaluationResponse.count({ where: { eventId } }),
    db.registration.count({ where: { eventId, followUpSentAt: { not: null } } }),
  ]);
  const modes: ParticipationMode[] = event.attendanceMode === "hybrid" ? ["physical", "online"] : [event.attendanceMode === "online" ? "online" : "physical"];
  const expectedBy = (mode: ParticipationMode) => confirmed.find((group) => group.attendanceMode === mode)?._count._all ?? 0;
  const presentBy = (mode: ParticipationMode) => presentRows.filter((checkIn) => checkIn.registration.attendanceMode === mode).length;
  const perMode = modes.map((mode) => ({ mode, ...row(expectedBy(mode), presentBy(mode)) }));
  const totalExpected = confirmed.reduce((sum, group) => sum + group._count._all, 0);
  const rounds = namedRounds(event.rounds).map((round) => {
    const recorded = presences.some((presence) => presence.roundId === round.id);
    return {
      id: round.id,
      name: round.name,
      title: round.title,
      recorded,
      workshops: round.workshops.map((workshop) => {
        const expected = choices.find((choice) => choice.workshopId === workshop.id)?._count._all ?? 0;
        const present = presences.find((presence) => presence.workshopId === workshop.id)?._count._all ?? 0;
        return { id: workshop.id, number: workshop.number, title: workshop.title, ...(recorded ? row(expected, present) : { expected, present: null, noShow: null, noShowRate: null }) };
      }),
    };
  });
  return {
    event,
    ended: event.endsAt <= new Date(),
    total: row(totalExpected, presentRows.length),
    perMode,
    rounds,
    responses,
    responseRate: percentage(responses, presentRows.length),
    followUpsSent,
  };
}

export type AfterEventOverview = NonNullable<Awaited<ReturnType<typeof afterEventOverview>>>;
