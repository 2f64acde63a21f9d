import { addDays } from "date-fns";
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
    await makeEvent(db, { slug: "een", title: "Bijeenkomst een", startsAt: addDays(new Date(), 10) });
    await makeEvent(db, { slug: "twee", title: "Bijeenkomst twee", startsAt: addDays(new Date(), 20) });
    await registered("een", NAME, EMAIL);
    await registered("twee", NAME, EMAIL.toUpperCase());
    await registered("twee", "Iemand Anders", "anders@voorbeeld.nl");

    const report = await personalDataReport(db, ` ${EMAIL.toUpperCase()} `);
    expect(report.registrations.map((registration) => registration.event.title)).toEqual(["Bijeenkomst een", "Bijeenkomst twee"]);
    expect(report.mails).toHaveLength(2);
    const csv = reportCsv(report);
    expect(csv).toContain(NAME);
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
