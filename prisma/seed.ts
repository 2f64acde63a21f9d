import { addDays } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addWeeksInAmsterdam, weeksUntilOnOrAfter } from "@/lib/dates";
import { createEvent, type NewEvent } from "@/lib/events/create-event";
import { registrationData } from "./factories";
import { dutchPublicHoliday } from "@/lib/holidays";
import { demoEvents, type DemoEvent } from "./seed-data";

// Demo content: the original editions as an archive, and a copy of each moved into the coming weeks so
// the site always has the five formats on offer. Idempotent: an event whose slug exists is left alone,
// so organisers' edits survive a second run.

export async function seedDemoContent(db: PrismaClient, { today = new Date() }: { today?: Date } = {}) {
  const created: string[] = [];
  for (const demo of demoEvents) {
    const { upcomingSlug, leadDays, demoRegistrations: _registrationPlan, demoQuestions: _questions, ...original } = demo;
    if (!(await exists(db, original.slug))) {
      await createEvent(db, original);
      created.push(original.slug);
    }
    if (!(await exists(db, upcomingSlug))) {
      const upcoming = shiftByWeeks({ ...original, slug: upcomingSlug }, upcomingWeeks(original, today, leadDays));
      upcoming.registrationOpensAt = null;
      upcoming.registrationClosesAt = addDays(upcoming.startsAt, -1);
      const event = await createEvent(db, upcoming);
      await addDemoRegistrations(db, event, demo);
      await addDemoQuestions(db, event.id, demo);
      created.push(upcomingSlug);
    }
  }
  return { created };
}

async function exists(db: PrismaClient, slug: string): Promise<boolean> {
  return (await db.event.count({ where: { slug } })) > 0;
}

/**
 * How many whole weeks to move a demo event so it starts at least `leadDays` from today, and neither it nor
 * any of its meetings falls on a Dutch public holiday (the seed once put the congrestival on 1 January).
 */
export function upcomingWeeks(event: NewEvent, today: Date, leadDays: number): number {
  let weeks = weeksUntilOnOrAfter(event.startsAt, addDays(today, leadDays));
  const onHoliday = (moved: NewEvent) => [moved.startsAt, ...(moved.meetings ?? []).map((meeting) => meeting.startsAt)].some((day) => dutchPublicHoliday(day) !== null);
  while (onHoliday(shiftByWeeks(event, weeks))) weeks += 1;
  return weeks;
}

/** The same event some whole weeks later: weekday, time of day and duration stay as they were. */
export function shiftByWeeks(event: NewEvent, weeks: number): NewEvent {
  return shiftEvent(event, (date) => addWeeksInAmsterdam(date, weeks));
}

/** The same event with every date moved by `move` (durations and order stay as they were). */
export function shiftEvent(event: NewEvent, move: (date: Date) => Date): NewEvent {
  const moveOptional = (date: Date | null | undefined) => (date ? move(date) : date);
  return {
    ...event,
    startsAt: move(event.startsAt),
    endsAt: move(event.endsAt),
    registrationOpensAt: moveOptional(event.registrationOpensAt),
    registrationClosesAt: moveOptional(event.registrationClosesAt),
    programme: event.programme?.map((item) => ({
      ...item,
      startsAt: item.startsAt && move(item.startsAt),
      endsAt: item.endsAt && move(item.endsAt),
    })),
    rounds: event.rounds?.map((round) => ({ ...round, startsAt: move(round.startsAt), endsAt: move(round.endsAt) })),
    meetings: event.meetings?.map((meeting) => ({ ...meeting, startsAt: move(meeting.startsAt), endsAt: move(meeting.endsAt) })),
  };
}

const FIRST_NAMES = ["Anouk", "Bram", "Chaima", "Daan", "Esra", "Floor", "Gijs", "Hanna", "Imane", "Jeroen", "Kim", "Lotte", "Mohamed", "Noor", "Okke", "Priya", "Ruben", "Sanne", "Tim", "Yara"];
const LAST_NAMES = ["de Vries", "Jansen", "Bakker", "El Amrani", "Visser", "Smit", "Meijer", "de Boer", "Yilmaz", "Mulder", "Bos", "Vos"];
const ORGANISATIONS = ["Gemeente Utrecht", "Sociaal Werk De Schans", "Wijkteam Kanaleneiland", "Gemeente Almere", "WijZijn Traverse", "De Schoor", "Gemeente Westerkwartier"];
const ROLES = ["Sociaal werker", "Beleidsadviseur", "Wijkteammedewerker", "Teamleider", "Opbouwwerker", "Vrijwilliger"];

export async function addDemoRegistrations(db: PrismaClient, event: Awaited<ReturnType<typeof createEvent>>, demo: DemoEvent) {
  const plan = demo.demoRegistrations;
  if (!plan) return;
  const modes = [
    ...Array.from({ length: plan.physical ?? 0 }, () => "physical" as const),
    ...Array.from({ length: plan.online ?? 0 }, () => "online" as const),
  ];
  const choices = modes.map(() => new Map<number, number>());
  for (const [key, count] of Object.entries(plan.workshops ?? {})) {
    const [roundNumber, workshopNumber] = key.split(".").map(Number);
    const round = event.rounds.find((candidate) => candidate.number === roundNumber);
    const workshop = round?.workshops.find((candidate) => candidate.number === workshopNumber);
    if (!round || !workshop) throw new Error(`Demo-workshop ${key} bestaat niet in ${event.slug}`);
    let left = count;
    for (const chosen of choices) {
      if (left === 0) break;
      if (chosen.has(round.id)) continue;
      chosen.set(round.id, workshop.id);
      left -= 1;
    }
  }

  await db.$transaction(
    modes.map((attendanceMode, index) => {
      const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
      const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!;
      const email = `${first}.${last}.${index}@example.org`.toLowerCase().replace(/\s+/g, "");
      const isTeam = event.registersTeams;
      return db.registration.create({
        data: {
          ...registrationData(event.id, email, {
            status: event.requiresApproval && index % 2 === 1 ? "pending" : "confirmed",
            // Under intake, the confirmed ones were accepted by an organiser.
            decidedAt: event.requiresApproval && index % 2 === 0 ? new Date() : null,
            attendanceMode,
            name: `${first} ${last}`,
            organisation: ORGANISATIONS[index % ORGANISATIONS.length]!,
            role: ROLES[index % ROLES.length]!,
            teamName: isTeam ? `Wijkteam ${ORGANISATIONS[index % ORGANISATIONS.length]!.replace("Gemeente ", "")}` : null,
          }),
          workshops: {
            create: [...choices[index]!].map(([roundId, workshopId]) => ({ roundId, workshopId })),
          },
          // A team brings two of its people: someone from the (wijk)team and a policy adviser.
          ...(isTeam && {
            participants: {
              create: [1, 2].map((offset, position) => {
                const participantFirst = FIRST_NAMES[(index + offset * 7) % FIRST_NAMES.length]!;
                const participantLast = LAST_NAMES[(index + offset * 5) % LAST_NAMES.length]!;
                return {
                  name: `${participantFirst} ${participantLast}`,
                  email: `${participantFirst}.${participantLast}.${index}.${offset}@example.org`.toLowerCase().replace(/\s+/g, ""),
                  role: position === 0 ? "Wijkteammedewerker" : "Beleidsadviseur",
                  position,
                };
              }),
            },
          }),
        },
      });
    }),
    // Up to a few hundred registrations in one batch: on a busy machine more than Prisma's default 5 s.
    { maxWait: 30_000, timeout: 60_000 },
  );
}

/** The first registrants ask the demo questions; the next ones vote, as many as each question says. */
async function addDemoQuestions(db: PrismaClient, eventId: number, demo: DemoEvent) {
  if (!demo.demoQuestions?.length) return;
  const registrations = await db.registration.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { id: true } });
  const askers = registrations.slice(0, demo.demoQuestions.length);
  const voters = registrations.slice(demo.demoQuestions.length);
  for (const [index, question] of demo.demoQuestions.entries()) {
    const asker = askers[index];
    if (!asker) throw new Error(`Te weinig demo-aanmeldingen voor de vragen van ${demo.upcomingSlug}`);
    await db.submittedQuestion.create({
      data: {
        eventId,
        registrationId: asker.id,
        text: question.text,
        showName: question.showName,
        status: question.status,
        chosenForPanel: question.chosenForPanel ?? false,
        votes: { create: voters.slice(0, question.votes).map((voter) => ({ registrationId: voter.id })) },
      },
    });
  }
}
