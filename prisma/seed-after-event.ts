import { TZDate } from "@date-fns/tz";
import { addDays, addMinutes, differenceInCalendarDays } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TIME_ZONE, inAmsterdam } from "@/lib/dates";
import { createEvent } from "@/lib/events/create-event";
import { evaluationQuestions } from "@/lib/evaluation/questions";
import { followUpDueAt } from "@/lib/evaluation/rules";
import { addDemoRegistrations, shiftEvent } from "./seed";
import { demoEvents } from "./seed-data";

// Demo content for the day itself and after: an edition of the congrestival that ended three days before
// the seed runs, accredited by Registerplein, with most registrants checked in (some per workshop round),
// register numbers, evaluation answers, materials, and the follow-up mail marked as sent (so a first start
// mails nobody). Kept out of seedDemoContent, whose counts of events the seed tests pin; idempotent by slug.

export const RECENT_EDITION_SLUG = "congrestival-back-to-basics-vorige-editie";

const TAKE_AWAYS = [
  "De wijkwandeling liet zien hoeveel er al gebeurt als je gewoon aanbelt.",
  "Meer samenwerken met de bibliotheek en het buurthuis; die zitten vlak naast ons.",
  "Dat bewoners zelf vaak de beste ideeën hebben, als we ze de ruimte geven.",
  "Het gesprek met de wethouder over vertrouwen in plaats van verantwoording.",
  "Concrete tips om eenzaamheid bespreekbaar te maken zonder te pathologiseren.",
  "Een paar nieuwe contacten uit Groningen om ervaringen mee uit te wisselen.",
];
const IMPROVEMENTS = [
  "De zalen waren te warm in de middag.",
  "Iets meer tijd tussen de rondes om te netwerken.",
  "De online deelnemers konden de vragen uit de zaal slecht verstaan.",
  "Graag de dia's vooraf, dan kan ik beter meeschrijven.",
  "",
];

/** A small real PDF (one page, "Dia's opening"), so the download is a file a viewer opens. */
function demoPdf(): Uint8Array<ArrayBuffer> {
  const content = "BT /F1 24 Tf 72 720 Td (Back to basics: dia's van de opening) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(new TextEncoder().encode(pdf));
}

export async function seedRecentEdition(db: PrismaClient, { today = new Date() }: { today?: Date } = {}): Promise<{ created: boolean }> {
  if ((await db.event.count({ where: { slug: RECENT_EDITION_SLUG } })) > 0) return { created: false };
  const demo = demoEvents.find((candidate) => candidate.format === "congrestival")!;
  const { upcomingSlug: _upcoming, leadDays: _lead, demoRegistrations: _plan, demoQuestions: _questions, ...original } = demo;
  // Whole days in Amsterdam wall-clock time, so the day ends three calendar days before today at its own hour.
  const end = inAmsterdam(original.endsAt);
  const target = addDays(inAmsterdam(today), -3);
  const days = differenceInCalendarDays(new TZDate(target.getFullYear(), target.getMonth(), target.getDate(), TIME_ZONE), new TZDate(end.getFullYear(), end.getMonth(), end.getDate(), TIME_ZONE));
  const moved = shiftEvent({ ...original, slug: RECENT_EDITION_SLUG }, (date) => new Date(addDays(inAmsterdam(date), days).getTime()));
  moved.registrationOpensAt = null;
  moved.registrationClosesAt = addDays(moved.startsAt, -1);
  const event = await createEvent(db, moved);
  await addDemoRegistrations(db, event, { ...demo, demoRegistrations: { physical: 32, online: 12, workshops: { "1.6": 12, "1.1": 10, "2.1": 9 } } });

  const registrations = await db.registration.findMany({
    where: { eventId: event.id, status: "confirmed" },
    orderBy: { id: "asc" },
    select: { id: true, attendanceMode: true, workshops: { select: { roundId: true, workshopId: true } } },
  });
  // About one in seven did not come.
  const present = registrations.filter((_registration, index) => index % 7 !== 3);
  const followUpAt = followUpDueAt({ endsAt: event.endsAt, followUpAt: null });
  await db.checkIn.createMany({
    data: present.map((registration, index) => ({
      registrationId: registration.id,
      eventId: event.id,
      at: addMinutes(event.startsAt, -25 + (index % 30)),
      byName: "Ontvangst (demo)",
      source: registration.attendanceMode === "online" ? "organiser" : "door",
    })),
  });
  // The rooms of the first round kept a list; the second round's did not.
  const firstRound = [...event.rounds].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  await db.roundPresence.createMany({
    data: present.flatMap((registration, index) => {
      const choice = registration.workshops.find((workshop) => workshop.roundId === firstRound?.id);
      return choice && registration.attendanceMode === "physical" && index % 5 !== 4
        ? [{ registrationId: registration.id, roundId: choice.roundId, eventId: event.id, workshopId: choice.workshopId, at: addMinutes(firstRound!.startsAt, 3), byName: "Zaalbegeleider (demo)" }]
        : [];
    }),
  });
  await db.registration.updateMany({ where: { id: { in: present.map((registration) => registration.id) } }, data: { followUpSentAt: followUpAt } });

  // Accredited by Registerplein for the whole day; about half of those present gave their register number.
  await db.eventAccreditation.create({ data: { eventId: event.id, body: "registerplein", number: "RP-2026-0412", points: 4, scope: "whole_event" } });
  for (const [index, registration] of present.entries()) {
    if (index % 2 === 1) continue;
    await db.registration.update({ where: { id: registration.id }, data: { registerBody: "registerplein", registerNumber: String(40_210_000 + index * 137) } });
  }

  const questions = await evaluationQuestions(db, event.id);
  const overall = questions.find((question) => question.kind === "grade_1_10");
  const [takeAway, improve] = questions.filter((question) => question.kind === "text");
  const perWorkshop = questions.find((question) => question.kind === "workshop_grade");
  const grades = [8, 7, 9, 8, 6, 8, 7, 9, 10, 8, 7, 5, 8, 9, 7];
  for (const [index, registration] of present.entries()) {
    if (index % 5 === 2 || index % 5 === 4) continue; // about three in five answer
    const answers = [
      ...(overall ? [{ questionId: overall.id, grade: grades[index % grades.length]! }] : []),
      ...(takeAway ? [{ questionId: takeAway.id, text: TAKE_AWAYS[index % TAKE_AWAYS.length]! }] : []),
      ...(improve && IMPROVEMENTS[index % IMPROVEMENTS.length] ? [{ questionId: improve.id, text: IMPROVEMENTS[index % IMPROVEMENTS.length]! }] : []),
      ...(perWorkshop ? registration.workshops.map((choice, offset) => ({ questionId: perWorkshop.id, workshopId: choice.workshopId, grade: grades[(index + offset * 3) % grades.length]! })) : []),
    ];
    await db.evaluationResponse.create({
      data: { eventId: event.id, registrationId: registration.id, createdAt: addMinutes(followUpAt, 20 + index * 37), answers: { create: answers } },
    });
  }

  const workshopSix = event.rounds.find((round) => round.number === 1)?.workshops.find((workshop) => workshop.number === 6);
  const pdf = demoPdf();
  await db.eventMaterial.createMany({
    data: [
      { eventId: event.id, title: "Dia's van de opening", fileName: "dias-opening-back-to-basics.pdf", contentType: "application/pdf", size: pdf.byteLength, data: pdf, position: 0 },
      { eventId: event.id, title: "Opname van de talkshow", url: "https://www.youtube.com/@movisie", position: 1 },
      ...(workshopSix ? [{ eventId: event.id, workshopId: workshopSix.id, title: "Handout bij de workshop", url: "https://www.movisie.nl/", position: 2 }] : []),
    ],
  });
  return { created: true };
}
