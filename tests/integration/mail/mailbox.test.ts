import { describe, expect, it } from "vitest";
import { handleBulkMail, listBulkMails } from "@/lib/mail/bulk";
import { listMailbox, resendMailboxMessage } from "@/lib/mail/mailbox";
import { createAdminUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { makeEvent, registrationData } from "@/tests/factories";

async function organiser() {
  const created = await createAdminUser(db, { name: "Olga Organisator", email: "olga@example.org", password: "een-goed-wachtwoord", role: "redacteur" });
  if (!created.ok) throw new Error("setup");
  return { id: created.id, name: "Olga Organisator", email: "olga@example.org", role: "redacteur" as const };
}

const message = (eventId: number, status: "queued" | "sent" | "failed", toEmail: string) =>
  db.outboxMessage.create({ data: { kind: "confirmed", toEmail, subject: `Bevestiging voor ${toEmail}`, text: "Hallo", status, eventId, attempts: status === "queued" ? 0 : 6, lastError: status === "failed" ? "550 mailbox unavailable" : null } });

describe("the mailbox", () => {
  it("lists messages newest first with counts per status, filtered and searched", async () => {
    const event = await makeEvent(db);
    await message(event.id, "sent", "a@example.org");
    await message(event.id, "failed", "b@example.org");
    await message(event.id, "queued", "c@example.org");
    const all = await listMailbox(db, { q: "", page: 1 });
    expect(all.counts).toEqual({ queued: 1, sent: 1, failed: 1 });
    expect(all.rows.map((row) => row.toEmail)).toEqual(["c@example.org", "b@example.org", "a@example.org"]);
    expect(all.rows[0]?.eventTitle).toBe(event.title);
    expect((await listMailbox(db, { status: "failed", q: "", page: 1 })).rows.map((row) => row.toEmail)).toEqual(["b@example.org"]);
    expect((await listMailbox(db, { q: "A@EXAMPLE", page: 1 })).rows.map((row) => row.toEmail)).toEqual(["a@example.org"]);
  });

  it("puts a failed message back in the queue, copies a sent one, and leaves a queued one alone; each resend is logged", async () => {
    const event = await makeEvent(db);
    const actor = await organiser();
    const failed = await message(event.id, "failed", "b@example.org");
    const sent = await message(event.id, "sent", "a@example.org");
    const queued = await message(event.id, "queued", "c@example.org");

    expect(await resendMailboxMessage(db, failed.id, actor)).toEqual({ ok: true, messageId: failed.id });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "queued", attempts: 0, lastError: null });

    const copy = await resendMailboxMessage(db, sent.id, actor);
    if (!copy.ok) throw new Error("not resent");
    expect(copy.messageId).not.toBe(sent.id);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: copy.messageId } })).toMatchObject({ status: "queued", toEmail: "a@example.org", subject: sent.subject, eventId: event.id });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("sent");

    expect(await resendMailboxMessage(db, queued.id, actor)).toMatchObject({ ok: false });
    expect(await resendMailboxMessage(db, 999_999, actor)).toMatchObject({ ok: false });

    const log = await db.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(log.map((entry) => [entry.action, entry.eventId, entry.actorName])).toEqual([
      ["mail.resend", event.id, "Olga Organisator"],
      ["mail.resend", event.id, "Olga Organisator"],
    ]);
  });

  it("shows each message to attendees, across events, with how many of its copies have gone", async () => {
    const actor = await organiser();
    const [first, second] = await Promise.all([makeEvent(db), makeEvent(db)]);
    for (const [event, count] of [[first, 3], [second, 1]] as const) {
      for (let index = 0; index < count; index += 1) await db.registration.create({ data: registrationData(event.id, `p${index}-${event.id}@example.org`) });
    }
    const send = (eventId: number, subject: string, statuses: ("confirmed" | "waitlisted")[] = ["confirmed"]) =>
      handleBulkMail(db, eventId, { intent: "send", nonce: crypto.randomUUID(), statuses, mode: "all", workshopId: null, subject, body: "Beste {{ naam }}" }, { actor, baseUrl: "https://bijeen.example.org" });
    await send(first.id, "Eerste");
    await send(second.id, "Tweede");
    // A message nobody fits writes nothing, and so is not listed.
    expect((await send(second.id, "Niemand", ["waitlisted"])).kind).toBe("invalid");
    const copies = await db.outboxMessage.findMany({ where: { eventId: first.id, kind: "bulk" }, orderBy: { id: "asc" } });
    await db.outboxMessage.update({ where: { id: copies[0]!.id }, data: { status: "sent", sentAt: new Date() } });
    await db.outboxMessage.update({ where: { id: copies[1]!.id }, data: { status: "failed", attempts: 6 } });

    const rows = await listBulkMails(db);
    expect(rows.map((row) => [row.subject, row.eventTitle, row.total, row.counts])).toEqual([
      ["Tweede", second.title, 1, { queued: 1, sent: 0, failed: 0 }],
      ["Eerste", first.title, 3, { queued: 1, sent: 1, failed: 1 }],
    ]);
  });
});
