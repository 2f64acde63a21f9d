import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { erasePerson, personalDataReport, reportCsv } from "@/lib/privacy/requests";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent, makeOrganiser, registrationData } from "@/tests/factories";
import { findEverywhere } from "./search";

const baseUrl = "https://bijeen.example.org";
const EMAIL = "wilhelmina.knotsenburg@voorbeeld.nl";
const NAME = "Wilhelmina Knotsenburg";

async function registered(slug: string, name: string, email: string) {
  const outcome = await registerForEvent(slug, { name, email, consent: true, organisation: "Gemeente Knotsenburg" }, { baseUrl });
  if (outcome.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe("requests from people about their data", () => {
  it("finds everything about an address across events, for JSON and CSV", async () => {
    const morning = addDays(new Date(), 10);
    const een = await makeEvent(db, {
      slug: "een",
      title: "Bijeenkomst een",
      startsAt: morning,
      // The activities round was added later (number 2) but comes first in the day.
      rounds: [
        { number: 1, startsAt: addHours(morning, 3), endsAt: addHours(morning, 4), workshops: [{ number: 1, title: "Samen sterk", capacity: 10 }] },
        { number: 2, kind: "activities", title: "Wijkwandeling of posters", startsAt: addHours(morning, 1), endsAt: addHours(morning, 2), workshops: [{ number: 1, title: "Wijkwandeling", capacity: 10 }] },
      ],
    });
    await makeEvent(db, { slug: "twee", title: "Bijeenkomst twee", startsAt: addDays(new Date(), 20) });
    const first = await registered("een", NAME, EMAIL);
    await registered("twee", NAME, EMAIL.toUpperCase());
    await registered("twee", "Iemand Anders", "anders@voorbeeld.nl");
    const rounds = await db.workshopRound.findMany({ where: { eventId: een.id }, include: { workshops: true }, orderBy: { number: "asc" } });
    for (const round of rounds) {
      await db.registrationWorkshop.create({ data: { registrationId: first.registrationId, eventId: een.id, roundId: round.id, workshopId: round.workshops[0]!.id } });
    }
    await db.roundPresence.create({ data: { registrationId: first.registrationId, eventId: een.id, roundId: rounds[1]!.id, workshopId: rounds[1]!.workshops[0]!.id, byName: "Ontvangst" } });
    await db.registration.update({ where: { id: first.registrationId }, data: { registerBody: "skj", registerNumber: "110012345" } });
    const question = await db.evaluationQuestion.create({ data: { eventId: een.id, kind: "text", label: "Wat neem je mee?" } });
    await db.evaluationResponse.create({ data: { eventId: een.id, registrationId: first.registrationId, answers: { create: [{ questionId: question.id, text: "Meer wandelen" }] } } });

    const report = await personalDataReport(db, ` ${EMAIL.toUpperCase()} `);
    expect(report.registrations.map((registration) => registration.event.title)).toEqual(["Bijeenkomst een", "Bijeenkomst twee"]);
    expect(report.registrations[0]).toMatchObject({
      workshops: ["Wijkwandeling of posters, workshop 1: Wijkwandeling", "Ronde 1, workshop 1: Samen sterk"],
      register: { body: "SKJ (Kwaliteitsregister Jeugd)", number: "110012345" },
      presentIn: ["Wijkwandeling of posters, workshop 1: Wijkwandeling"],
      evaluation: [{ question: "Wat neem je mee?", answer: "Meer wandelen" }],
    });
    expect(report.mails).toHaveLength(2);
    const csv = reportCsv(report);
    expect(csv).toContain(NAME);
    expect(csv).toContain("SKJ (Kwaliteitsregister Jeugd) 110012345");
    expect(csv).toContain("Wat neem je mee?: Meer wandelen");
    expect(csv).not.toContain("Iemand Anders");
  });

  it("erases a person everywhere: cancels first so the waitlist gets the place, then leaves no trace, and logs it without the address", async () => {
    const full = await makeEvent(db, { slug: "vol", startsAt: addDays(new Date(), 10), capacityPhysical: 1, waitlistEnabled: true });
    const series = await makeEvent(db, { slug: "kring", format: "leerkring", registersTeams: true, startsAt: addDays(new Date(), 30), capacityPhysical: 5 });
    await registered("vol", NAME, EMAIL);
    const waiting = await registered("vol", "Wachtende Persoon", "wacht@voorbeeld.nl");
    // A member of someone else's team.
    await db.registration.create({
      data: registrationData(series.id, "contact@voorbeeld.nl", { name: "Contact Persoon", teamName: "Team Noord", participants: { create: [{ name: NAME, email: EMAIL }] } }),
    });
    expect((await findEverywhere([EMAIL, NAME])).length).toBeGreaterThan(3);

    const actor = await makeOrganiser(db, { name: "Bea Beheer", role: "beheerder" });
    const outcome = await erasePerson(db, EMAIL, { actor, baseUrl });

    expect(outcome).toMatchObject({ registrations: 1, cancelled: 1 });
    expect(await db.registration.findUniqueOrThrow({ where: { id: waiting.registrationId } })).toMatchObject({ status: "confirmed" });
    expect(await db.registration.count({ where: { eventId: full.id, status: "confirmed" } })).toBe(1);
    expect(await findEverywhere([EMAIL, NAME])).toEqual([]);
    // The waiting person's promotion mail goes out; the erased person's cancellation mail never does.
    const mails = await db.outboxMessage.findMany({ where: { id: { in: outcome.mailIds } } });
    expect(mails.map((mail) => [mail.kind, mail.toEmail])).toEqual([["promoted", "wacht@voorbeeld.nl"]]);
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "privacy.erase" } })).toMatchObject({
      summary: "Een verzoek tot verwijdering uitgevoerd: 1 aanmelding geanonimiseerd, 1 geannuleerd.",
      actorName: "Bea Beheer",
    });
    expect(await db.teamParticipant.count({ where: { registration: { eventId: series.id } } })).toBe(1);
  });
});
