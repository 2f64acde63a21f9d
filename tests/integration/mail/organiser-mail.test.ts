import { randomUUID } from "node:crypto";
import { addDays, addHours } from "date-fns";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { handleBulkMail, listBulkMails } from "@/lib/mail/bulk";
import type { BulkMailInput } from "@/lib/mail/bulk-schema";
import { queueReminders } from "@/lib/mail/reminders";
import { outboxContent } from "@/lib/mail/render";
import { resetTemplate, saveTemplate } from "@/lib/mail/templates/admin";
import { cancelRegistration, changeWorkshops } from "@/lib/registration/manage";
import { makeEvent, makeOrganiser, registrationData } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";

async function organiser() {
  const user = await makeOrganiser(db, { email: `org-${randomUUID()}@example.org` });
  return { id: user.id, name: user.name, email: user.email, role: "redacteur" as const };
}

function bulkInput(overrides: Partial<BulkMailInput> = {}): BulkMailInput {
  return { intent: "send", nonce: randomUUID(), statuses: ["confirmed"], mode: "all", workshopId: null, subject: "Praktisch: {{ evenement }}", body: "Beste {{ naam }},\n\nJe link: {{ beheerlink }}", ...overrides };
}

describe("a message to an event's registrants", () => {
  it("goes to exactly the chosen group, one outbox row each, and a second submit of the same form adds nothing", async () => {
    const event = await makeEvent(db, { attendanceMode: "hybrid", capacityPhysical: 10, capacityOnline: 10 });
    const actor = await organiser();
    const [site, online] = await Promise.all([
      db.registration.create({ data: registrationData(event.id, `site-${randomUUID()}@example.org`, { name: "Op Locatie", attendanceMode: "physical" }) }),
      db.registration.create({ data: registrationData(event.id, `online-${randomUUID()}@example.org`, { name: "Op Afstand", attendanceMode: "online" }) }),
    ]);
    await db.registration.create({ data: registrationData(event.id, `wacht-${randomUUID()}@example.org`, { status: "waitlisted", attendanceMode: "physical" }) });
    await db.registration.create({ data: registrationData(event.id, `weg-${randomUUID()}@example.org`, { status: "cancelled", activeEmail: null, attendanceMode: "physical" }) });
    // Someone offered a freed place is still one of the waiting; someone whose data was erased gets nothing.
    const offered = await db.registration.create({
      data: registrationData(event.id, `aanbod-${randomUUID()}@example.org`, { status: "offered", offerExpiresAt: addHours(new Date(), 20), attendanceMode: "online" }),
    });
    await db.registration.create({ data: registrationData(event.id, `verwijderd-${randomUUID()}@example.invalid`, { name: "Verwijderd", anonymisedAt: new Date(), attendanceMode: "physical" }) });

    const input = bulkInput({ mode: "physical" });
    const first = await handleBulkMail(db, event.id, input, { actor, baseUrl });
    expect(first.kind).toBe("sent");
    const rows = await db.outboxMessage.findMany({ where: { eventId: event.id, kind: "bulk" } });
    expect(rows.map((row) => row.toEmail)).toEqual([site.email]);
    expect(rows[0]!.subject).toBe(`Praktisch: ${event.title}`);
    expect(rows[0]!.text).toContain(`Beste Op Locatie,`);
    expect(rows[0]!.text).toContain(`${baseUrl}/aanmelding/${site.manageToken}`);

    const [again, parallel] = await Promise.all([handleBulkMail(db, event.id, input, { actor, baseUrl }), handleBulkMail(db, event.id, input, { actor, baseUrl })]);
    expect([again.kind, parallel.kind]).toEqual(["already_sent", "already_sent"]);
    expect(await db.outboxMessage.count({ where: { eventId: event.id, kind: "bulk" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { eventId: event.id, action: "mail.bulk" } })).toBe(1);

    const everyone = await handleBulkMail(db, event.id, bulkInput({ statuses: ["confirmed", "waitlisted"] }), { actor, baseUrl });
    expect(everyone.kind === "sent" && everyone.recipientCount).toBe(4);
    const [batch] = await listBulkMails(db, { eventId: event.id });
    expect(batch).toMatchObject({ total: 4, counts: { queued: 4, sent: 0, failed: 0 } });
    expect(await db.outboxMessage.count({ where: { eventId: event.id, kind: "bulk", registrationId: offered.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { eventId: event.id, kind: "bulk", toEmail: { endsWith: "@example.invalid" } } })).toBe(0);
    expect(online.id).toBeGreaterThan(0);
  });

  it("refuses to send to another group than the preview counted, writing nothing, and sends once it matches", async () => {
    const event = await makeEvent(db, { attendanceMode: "hybrid", capacityPhysical: 10, capacityOnline: 10 });
    const actor = await organiser();
    await db.registration.create({ data: registrationData(event.id, `site-${randomUUID()}@example.org`, { attendanceMode: "physical" }) });
    await db.registration.create({ data: registrationData(event.id, `online-${randomUUID()}@example.org`, { attendanceMode: "online" }) });
    const preview = await handleBulkMail(db, event.id, bulkInput({ intent: "preview", mode: "physical" }), { actor, baseUrl });
    expect(preview.kind === "preview" && preview.preview.recipientCount).toBe(1);

    // The choice changed after the preview: everyone is now two, not the one the button promised.
    const input = bulkInput({ mode: "all", previewedCount: 1 });
    const changed = await handleBulkMail(db, event.id, input, { actor, baseUrl });
    expect(changed.kind === "invalid" && changed.errors.statuses).toEqual([
      "Sinds het voorbeeld is de groep veranderd: het bericht zou nu naar 2 aangemelden gaan. Bekijk het voorbeeld opnieuw.",
    ]);
    expect(await db.bulkMail.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { eventId: event.id } })).toBe(0);

    // The same form, previewed again: its one-time key is still free.
    const sent = await handleBulkMail(db, event.id, { ...input, previewedCount: 2 }, { actor, baseUrl });
    expect(sent.kind === "sent" && sent.recipientCount).toBe(2);
  });

  it("refuses an unknown placeholder or a broken tag before anything is written, naming it", async () => {
    const event = await makeEvent(db);
    const actor = await organiser();
    await db.registration.create({ data: registrationData(event.id, `a-${randomUUID()}@example.org`) });
    const unknown = await handleBulkMail(db, event.id, bulkInput({ body: "Beste {{ naam }}, {% if online %}{{ zaalnummer }}{% endif %}" }), { actor, baseUrl });
    expect(unknown.kind).toBe("invalid");
    expect(unknown.kind === "invalid" && unknown.errors.body?.[0]).toContain("{{ zaalnummer }} bestaat niet");
    const broken = await handleBulkMail(db, event.id, bulkInput({ subject: "Hallo {{ naam" }), { actor, baseUrl });
    expect(broken.kind === "invalid" && broken.errors.subject?.[0]).toContain("niet afgesloten");
    const filter = await handleBulkMail(db, event.id, bulkInput({ body: "{{ naam | geheim }}" }), { actor, baseUrl });
    expect(filter.kind === "invalid" && filter.errors.body?.[0]).toContain('filter "geheim" bestaat niet');
    expect(await db.outboxMessage.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.bulkMail.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("editable automatic mails", () => {
  it("refuses a template that does not render, uses an event's own wording in the worker's render, and the default after a reset", async () => {
    const event = await makeEvent(db);
    const actor = await organiser();
    const registration = await db.registration.create({ data: registrationData(event.id, `b-${randomUUID()}@example.org`, { name: "Sam Jansen" }) });
    const refused = await saveTemplate(db, "confirmed", { eventId: event.id }, { subject: "Welkom {{ voornaam }}", body: "Hoi" }, actor);
    expect(refused.kind === "invalid" && refused.errors.subject?.[0]).toContain("{{ voornaam }} bestaat niet");
    const unclosed = await saveTemplate(db, "confirmed", { eventId: event.id }, { subject: "Welkom", body: "{% if team %}Hoi" }, actor);
    expect(unclosed.kind).toBe("invalid");
    expect(await db.eventMailTemplate.count({ where: { eventId: event.id } })).toBe(0);

    expect((await saveTemplate(db, "confirmed", { eventId: event.id }, { subject: "Tot ziens, {{ naam }}", body: "Eigen tekst voor {{ evenement }}." }, actor)).kind).toBe("saved");
    // A row as the registration hot path writes it: only its kind; the worker renders it.
    const hotPathRow = { kind: "confirmed", subject: null, text: null, html: null, calendar: null, registrationId: registration.id };
    const own = await db.$transaction((tx) => outboxContent(tx, hotPathRow, baseUrl));
    expect(own?.subject).toBe("Tot ziens, Sam Jansen");
    expect(own?.text).toContain(`Eigen tekst voor ${event.title}.`);

    await resetTemplate(db, "confirmed", { eventId: event.id }, actor);
    const back = await db.$transaction((tx) => outboxContent(tx, hotPathRow, baseUrl));
    expect(back?.subject).toBe(`Aanmelding bevestigd: ${event.title}`);
    expect(await db.auditEntry.count({ where: { eventId: event.id, action: { startsWith: "mail.template" } } })).toBe(2);
  });

  it("sends the default when a stored wording fails at send time, and says so in the log", async () => {
    const event = await makeEvent(db);
    const registration = await db.registration.create({ data: registrationData(event.id, `c-${randomUUID()}@example.org`) });
    // Written around the save-time check, as an old or hand-edited row could be.
    await db.eventMailTemplate.create({ data: { eventId: event.id, kind: "confirmed", subject: "{{ bestaatniet }}", body: "x" } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const content = await db.$transaction((tx) => outboxContent(tx, { kind: "confirmed", subject: null, text: null, html: null, calendar: null, registrationId: registration.id }, baseUrl));
    expect(content?.subject).toBe(`Aanmelding bevestigd: ${event.title}`);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe("reminders at the event's offsets", () => {
  it("sends the week-before and the day-before reminder once each, never twice", async () => {
    const now = new Date();
    const startsAt = addDays(now, 10);
    const event = await db.event.update({ where: { id: (await makeEvent(db, { startsAt })).id }, data: { reminderDaysBefore: [7, 1] } });
    const registration = await db.registration.create({ data: registrationData(event.id, `d-${randomUUID()}@example.org`, { createdAt: addDays(now, -1) }) });
    const mine = async () => db.outboxMessage.findMany({ where: { registrationId: registration.id, kind: "reminder" }, orderBy: { id: "asc" } });

    await queueReminders(db, { baseUrl, now });
    expect(await mine()).toHaveLength(0);
    const weekBefore = addDays(startsAt, -7);
    await Promise.all([queueReminders(db, { baseUrl, now: addHours(weekBefore, 1) }), queueReminders(db, { baseUrl, now: addHours(weekBefore, 1) })]);
    await queueReminders(db, { baseUrl, now: addHours(weekBefore, 2) });
    expect((await mine()).map((row) => row.subject)).toEqual([`Over 7 dagen: ${event.title}`]);
    const dayBefore = addDays(startsAt, -1);
    await queueReminders(db, { baseUrl, now: addHours(dayBefore, 1) });
    await queueReminders(db, { baseUrl, now: addHours(dayBefore, 3) });
    expect((await mine()).map((row) => row.subject)).toEqual([`Over 7 dagen: ${event.title}`, `Morgen: ${event.title}`]);
    expect(await db.reminderSent.count({ where: { registrationId: registration.id } })).toBe(2);
  });
});

describe("the self-service deadline", () => {
  it("refuses to cancel or change through the manage link after it, naming whom to contact; an organiser still can", async () => {
    const event = await db.event.update({ where: { id: (await makeEvent(db, { startsAt: addHours(new Date(), 24) })).id }, data: { selfServiceHoursBefore: 48 } });
    await db.contactPerson.create({ data: { eventId: event.id, name: "Anouk Visser", email: "a.visser@example.org" } });
    const registration = await db.registration.create({ data: registrationData(event.id, `e-${randomUUID()}@example.org`) });
    const cancel = await cancelRegistration(db, registration.manageToken, { baseUrl });
    expect(cancel.kind).toBe("refused");
    expect(cancel.kind === "refused" && cancel.message).toContain("Anouk Visser (a.visser@example.org)");
    expect((await changeWorkshops(db, registration.manageToken, {}, { baseUrl })).kind).toBe("refused");
    expect((await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe("confirmed");
    expect((await cancelRegistration(db, { id: registration.id }, { baseUrl })).kind).toBe("done");
  });

  it("lets a registrant cancel before it", async () => {
    const event = await db.event.update({ where: { id: (await makeEvent(db, { startsAt: addHours(new Date(), 72) })).id }, data: { selfServiceHoursBefore: 48 } });
    const registration = await db.registration.create({ data: registrationData(event.id, `f-${randomUUID()}@example.org`) });
    expect((await cancelRegistration(db, registration.manageToken, { baseUrl })).kind).toBe("done");
  });
});
