import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { addDays, addHours } from "date-fns";
import ICAL from "ical.js";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutboxMessage, MAX_MAIL_ATTEMPTS } from "@/lib/mail/deliver";
import { queueReminders } from "@/lib/mail/reminders";
import { createMailTransport } from "@/lib/mail/transport";
import { createMailWorker } from "@/lib/mail/worker";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";

/** A real SMTP server on a free port that parses every message it receives. */
async function startSmtp() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return { received, url: `smtp://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function registration(slug: string, extra: Record<string, unknown> = {}) {
  const outcome = await registerForEvent(slug, { name: "Noor de Vries", email: "noor@example.org", consent: true, ...extra }, { baseUrl });
  if (outcome.kind !== "registered") throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe("mail", () => {
  it("sends the confirmation in Dutch, as text and HTML, with the manage link and a calendar file", async () => {
    const smtp = await startSmtp();
    stops.push(smtp.stop);
    const startsAt = addDays(new Date(), 10);
    await makeEvent(db, {
      slug: "mail",
      title: "Leercafé Samen",
      startsAt,
      rounds: [{ number: 1, startsAt, endsAt: addHours(startsAt, 1), workshops: [{ number: 6, title: "Handen ineen" }] }],
    });
    const outcome = await registration("mail", { workshops: { "1": 6 } });

    const result = await deliverOutboxMessage(db, outcome.mailIds[0]!, createMailTransport({ SMTP_URL: smtp.url, MAIL_DIR: "unused" }), baseUrl);
    expect(result).toBe("sent");
    const [mail] = smtp.received;
    expect(mail?.subject).toBe("Aanmelding bevestigd: Leercafé Samen");
    expect(mail?.to).toMatchObject({ value: [{ address: "noor@example.org", name: "Noor de Vries" }] });
    expect(mail?.text).toContain("Beste Noor de Vries,");
    expect(mail?.text).toContain(`${baseUrl}/aanmelding/${outcome.manageToken}`);
    expect(mail?.text).toContain("Workshop ronde 1: nr. 6: Handen ineen");
    expect(mail?.html).toContain(`href="${baseUrl}/aanmelding/${outcome.manageToken}"`);
    const attachment = mail?.attachments.find((file) => file.filename === "bijeenkomst.ics");
    expect(attachment?.contentType).toBe("text/calendar");
    const calendarEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(attachment!.content.toString("utf8"))).getFirstSubcomponent("vevent")!);
    expect(calendarEvent.summary).toBe("Leercafé Samen");
    expect(calendarEvent.startDate.toJSDate().getTime()).toBe(Math.floor(startsAt.getTime() / 1000) * 1000);

    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } })).toMatchObject({ status: "sent", attempts: 1 });
    expect(await deliverOutboxMessage(db, outcome.mailIds[0]!, createMailTransport({ SMTP_URL: smtp.url, MAIL_DIR: "unused" }), baseUrl)).toBe("skipped");
    expect(smtp.received).toHaveLength(1);
  });

  it("keeps a message queued while the mail server is down, and marks it failed after the last attempt", async () => {
    await makeEvent(db, { slug: "storing" });
    const outcome = await registration("storing");
    const down = createMailTransport({ SMTP_URL: "smtp://127.0.0.1:9", MAIL_DIR: "unused" });
    expect(await deliverOutboxMessage(db, outcome.mailIds[0]!, down, baseUrl)).toBe("retry");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } })).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("ECONNREFUSED") });
    for (let attempt = 2; attempt < MAX_MAIL_ATTEMPTS; attempt += 1) await deliverOutboxMessage(db, outcome.mailIds[0]!, down, baseUrl);
    expect(await deliverOutboxMessage(db, outcome.mailIds[0]!, down, baseUrl)).toBe("failed");
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } })).status).toBe("failed");
  });

  it("writes .eml files locally when no SMTP server is set", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bijeen-mail-"));
    await makeEvent(db, { slug: "lokaal", title: "Lokale bijeenkomst" });
    const outcome = await registration("lokaal");
    expect(await deliverOutboxMessage(db, outcome.mailIds[0]!, createMailTransport({ MAIL_DIR: dir }), baseUrl)).toBe("sent");
    const [file] = await readdir(dir);
    const parsed = await simpleParser(await readFile(path.join(dir, file!)));
    expect(parsed.subject).toBe("Aanmelding bevestigd: Lokale bijeenkomst");
  });

  it("delivers through the pg-boss worker after the registration commits", async () => {
    const smtp = await startSmtp();
    stops.push(smtp.stop);
    const worker = await createMailWorker({
      db,
      connectionString: process.env.DATABASE_URL!,
      transport: createMailTransport({ SMTP_URL: smtp.url, MAIL_DIR: "unused" }),
      baseUrl,
      pollingIntervalSeconds: 0.5,
    });
    stops.push(worker.stop);
    await makeEvent(db, { slug: "wachtrij", title: "Via de wachtrij" });
    const outcome = await registration("wachtrij");
    await worker.dispatch(outcome.mailIds);
    await expect.poll(() => smtp.received.length, { timeout: 15_000, interval: 200 }).toBe(1);
    expect(smtp.received[0]?.subject).toBe("Aanmelding bevestigd: Via de wachtrij");
  });

  it("queues one reminder the day before, with the join link for online attendees", async () => {
    await makeEvent(db, {
      slug: "morgen",
      title: "Online morgen",
      attendanceMode: "online",
      capacityOnline: 50,
      onlinePlatform: "Microsoft Teams",
      onlineJoinUrl: "https://teams.example.org/join/123",
      startsAt: addHours(new Date(), 20),
    });
    await makeEvent(db, { slug: "later", startsAt: addDays(new Date(), 5) });
    await registration("morgen");
    await registration("later");
    const first = await queueReminders(db, { baseUrl });
    expect(first).toHaveLength(1);
    const reminder = await db.outboxMessage.findUniqueOrThrow({ where: { id: first[0]! } });
    expect(reminder.subject).toBe("Morgen: Online morgen");
    expect(reminder.text).toContain("https://teams.example.org/join/123");
    expect(await queueReminders(db, { baseUrl })).toEqual([]);
  });
});
