import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueReminders } from "@/lib/mail/reminders";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent, makeSymposium } from "@/tests/factories";

// The minisymposium is online only: "Na aanmelden ontvangt u uiterlijk een dag vooraf de link naar het symposium."
const baseUrl = "https://bijeen.example.org";

async function register(slug: string, email: string, extra: Record<string, unknown> = {}) {
  const outcome = await registerForEvent(slug, { name: "Noor de Vries", email, consent: true, ...extra }, { baseUrl });
  if (outcome.kind !== "registered") throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe("the minisymposium's join link", () => {
  it("goes out the day before, in the reminder, once, to every online registrant", async () => {
    const startsAt = addDays(new Date(), 3);
    await makeSymposium(db, {
      slug: "minisymposium",
      title: "Minisymposium Grote zorgen, grote kansen",
      onlineJoinUrl: "https://teams.example.org/l/meetup-join/symposium",
      onlineJoinDetails: "Vergadering-ID 123 456 789",
      startsAt,
    });
    const first = await register("minisymposium", "noor@example.org", { question: "Hoe verder?" });
    const second = await register("minisymposium", "bram@example.org");

    expect(await queueReminders(db, { baseUrl, now: addHours(startsAt, -25) })).toEqual([]);
    const mailIds = await queueReminders(db, { baseUrl, now: addHours(startsAt, -23) });
    expect(mailIds).toHaveLength(2);
    const mails = await db.outboxMessage.findMany({ where: { id: { in: mailIds } }, orderBy: { toEmail: "asc" } });
    expect(mails.map((mail) => [mail.toEmail, mail.registrationId])).toEqual([
      ["bram@example.org", second.registrationId],
      ["noor@example.org", first.registrationId],
    ]);
    for (const mail of mails) {
      expect(mail.subject).toBe("Morgen: Minisymposium Grote zorgen, grote kansen");
      expect(mail.text).toContain("https://teams.example.org/l/meetup-join/symposium");
      expect(mail.text).toContain("Vergadering-ID 123 456 789");
      expect(mail.html).toContain('href="https://teams.example.org/l/meetup-join/symposium"');
    }
    expect(await queueReminders(db, { baseUrl, now: addHours(startsAt, -1) })).toEqual([]);
  });

  it("waits for the link when the organiser sets it late, and then sends it before the start", async () => {
    const startsAt = addDays(new Date(), 3);
    const event = await makeSymposium(db, { slug: "nog-geen-link", startsAt });
    await register("nog-geen-link", "noor@example.org");
    expect(await queueReminders(db, { baseUrl, now: addHours(startsAt, -23) })).toEqual([]);
    await db.event.update({ where: { id: event.id }, data: { onlineJoinUrl: "https://teams.example.org/laat" } });
    const [mailId] = await queueReminders(db, { baseUrl, now: addHours(startsAt, -3) });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: mailId! } })).text).toContain("https://teams.example.org/laat");
  });

  it("still reminds people on site at a hybrid event whose online link is not set", async () => {
    const startsAt = addDays(new Date(), 3);
    await makeEvent(db, { slug: "hybride", attendanceMode: "hybrid", capacityPhysical: 10, capacityOnline: 10, startsAt });
    await register("hybride", "zaal@example.org", { attendanceMode: "physical" });
    await register("hybride", "thuis@example.org", { attendanceMode: "online" });
    const mailIds = await queueReminders(db, { baseUrl, now: addHours(startsAt, -23) });
    expect((await db.outboxMessage.findMany({ where: { id: { in: mailIds } } })).map((mail) => mail.toEmail)).toEqual(["zaal@example.org"]);
  });
});
