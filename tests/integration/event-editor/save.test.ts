import { addDays, addHours } from "date-fns";
import { beforeEach, describe, expect, it } from "vitest";
import { findEditorEvent } from "@/lib/event-editor/editor-event";
import { createEventFromForm, updateEventFromForm, type SaveOutcome } from "@/lib/event-editor/save";
import { toLocalInput } from "@/lib/event-editor/field-types";
import { nestValues } from "@/lib/event-editor/form-values";
import { valuesFromEvent } from "@/lib/event-editor/values-from-event";
import { changeEventStatus, deleteEvent, duplicateEvent, publishEvent, unpublishEvent } from "@/lib/event-editor/lifecycle";
import { amsterdamTime } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { FormValues } from "@/lib/forms/action-state";
import { makeEvent, registrationData } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 30);
let actor: { id: string; name: string };

beforeEach(async () => {
  const id = `editor-${Math.random().toString(36).slice(2)}`;
  actor = await db.user.create({ data: { id, name: "Bea Beheer", email: `${id}@example.org`, role: "redacteur" }, select: { id: true, name: true } });
});

/** The form as the edit page fills it, with changes on top: what an organiser would post. */
async function formFor(eventId: number, changes: FormValues = {}, remove: string[] = []): Promise<FormValues> {
  const values = { ...valuesFromEvent((await findEditorEvent(db, eventId))!), ...changes };
  for (const key of Object.keys(values)) if (remove.some((prefix) => key === prefix || key.startsWith(`${prefix}.`))) delete values[key];
  return values;
}
const save = (eventId: number, values: FormValues, confirmCapacity = false) => updateEventFromForm(db, eventId, nestValues(values), { actor, baseUrl, confirmCapacity });
const saved = (outcome: SaveOutcome) => {
  if (outcome.kind !== "saved") throw new Error(`not saved: ${JSON.stringify(outcome)}`);
  return outcome;
};

const twoRounds = () => [
  { number: 1, startsAt, endsAt: addHours(startsAt, 1), workshops: [{ number: 1, title: "Buurtkracht", capacity: 2 }, { number: 2, title: "Schulden", capacity: 10 }] },
  { number: 2, startsAt: addHours(startsAt, 2), endsAt: addHours(startsAt, 3), workshops: [{ number: 1, title: "Jongeren", capacity: null }] },
];

async function register(eventId: number, email: string, extra: Record<string, unknown> = {}) {
  return db.registration.create({ data: registrationData(eventId, email, extra) });
}
async function choose(registrationId: number, eventId: number, workshopTitle: string) {
  const workshop = await db.workshop.findFirstOrThrow({ where: { title: workshopTitle, round: { eventId } } });
  await db.registrationWorkshop.create({ data: { registrationId, eventId, roundId: workshop.roundId, workshopId: workshop.id } });
}

describe("creating an event from the organisers' form", () => {
  const form = (overrides: FormValues = {}): FormValues => ({
    title: "Leercafé Wijkgericht Werken",
    format: "leercafe",
    summary: "Samen leren over wijkgericht werken.",
    body: "## Programma\n\nWe beginnen **op tijd**.",
    organiser: "Movisie",
    startsAt: "2027-03-16T14:00",
    endsAt: "2027-03-16T17:00",
    attendanceMode: "physical",
    venueName: "Buurthuis De Linde",
    venueCity: "Utrecht",
    capacityPhysical: "30",
    priceCents: "12,50",
    "rounds.0.startsAt": "2027-03-16T14:30",
    "rounds.0.endsAt": "2027-03-16T15:30",
    "rounds.0.workshops.0.title": "Buurtkracht",
    "rounds.0.workshops.0.capacity": "15",
    "rounds.0.workshops.1.title": "",
    "rounds.1.startsAt": "2027-03-16T15:45",
    "rounds.1.endsAt": "2027-03-16T16:45",
    "rounds.1.workshops.0.title": "Schulden",
    "contactPersons.0.name": "Anouk",
    "contactPersons.0.email": "anouk@example.org",
    "contactPersons.1.name": "",
    ...overrides,
  });

  it("stores a draft in UTC from Amsterdam times, with a slug from the title, blank rows dropped, and an audit entry", async () => {
    const outcome = saved(await createEventFromForm(db, nestValues(form()), { actor, baseUrl }));
    const event = (await findEditorEvent(db, outcome.id))!;
    expect(event).toMatchObject({ slug: "leercafe-wijkgericht-werken", status: "draft", priceCents: 1250, capacityPhysical: 30, version: 1 });
    expect(event.startsAt).toEqual(amsterdamTime("2027-03-16 14:00"));
    expect(event.startsAt.toISOString()).toBe("2027-03-16T13:00:00.000Z");
    expect(event.rounds.map((round) => [round.number, round.workshops.map((workshop) => [workshop.number, workshop.title, workshop.capacity])])).toEqual([
      [1, [[1, "Buurtkracht", 15]]],
      [2, [[1, "Schulden", null]]],
    ]);
    expect(event.contactPersons.map((person) => person.name)).toEqual(["Anouk"]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { eventId: outcome.id } });
    expect(audit).toMatchObject({ action: "event.create", actorName: "Bea Beheer", summary: 'Evenement "Leercafé Wijkgericht Werken" aangemaakt (concept).' });

    // The same title again gets a free slug; a slug asked for that is taken is refused next to its field.
    expect(saved(await createEventFromForm(db, nestValues(form()), { actor, baseUrl })).slug).toBe("leercafe-wijkgericht-werken-2");
    expect(await createEventFromForm(db, nestValues(form({ slug: "leercafe-wijkgericht-werken" })), { actor, baseUrl })).toMatchObject({
      kind: "invalid",
      fieldErrors: { slug: ["Dit webadres is al in gebruik bij een ander evenement. Kies een ander."] },
    });
  });

  it("answers every field's mistake in Dutch under the form's own names, and never throws on rubbish", async () => {
    const outcome = await createEventFromForm(
      db,
      nestValues(form({ title: "", endsAt: "2027-03-16T13:00", capacityPhysical: "-3", "rounds.0.workshops.0.capacity": "veel", "rounds.1.endsAt": "2027-02-31T10:00", venueName: "", registrationOpensAt: "2027-03-10T10:00", registrationClosesAt: "2027-03-01T10:00" })),
      { actor, baseUrl },
    );
    expect(outcome.kind).toBe("invalid");
    const errors = outcome.kind === "invalid" ? outcome.fieldErrors : {};
    expect(Object.keys(errors).sort()).toEqual(["capacityPhysical", "endsAt", "registrationClosesAt", "rounds.0.workshops.0.capacity", "rounds.1.endsAt", "title", "venueName"]);
    expect(errors.title).toEqual(["Vul een titel in."]);
    expect(errors.endsAt).toEqual(["Het einde moet na het begin liggen."]);
    expect(errors["rounds.1.endsAt"]).toEqual(["Vul een bestaande datum en tijd in, zoals 14-03-2027 13:30."]);

    for (const rubbish of [null, 42, "tekst", [], { rounds: "x" }, { rounds: [{ workshops: { 0: 1 } }] }, { title: ["a", "b"] }]) {
      expect((await createEventFromForm(db, rubbish, { actor, baseUrl })).kind).toBe("invalid");
    }
    expect(await db.event.count()).toBe(0);
  });
});

describe("saving an event from the form", () => {
  it("edits every nested list: adds, removes, reorders and renumbers, keeping workshop and question ids", async () => {
    const event = await makeEvent(db, {
      startsAt,
      rounds: twoRounds(),
      contactPersons: [{ name: "Anouk" }, { name: "Bram" }],
      speakers: [{ name: "Spreker Een" }],
      programme: [{ title: "Welkom" }, { title: "Lunch" }],
      meetings: [{ number: 1, startsAt, endsAt: addHours(startsAt, 2), mode: "physical" }],
      questions: [{ label: "Welke kwestie?" }, { label: "Je gemeente?" }],
    });
    const before = (await findEditorEvent(db, event.id))!;
    const values = await formFor(event.id, {
      "contactPersons.1.name": "Bram Bakker",
      "contactPersons.2.name": "Cas",
      "contactPersons.2.phone": "030-1234567",
      "programme.0.title": "Lunch",
      "programme.1.title": "Welkom",
      // Round 1: the two workshops swap places, a third arrives.
      "rounds.0.workshops.0.id": String(before.rounds[0]!.workshops[1]!.id),
      "rounds.0.workshops.0.title": "Schulden (vernieuwd)",
      "rounds.0.workshops.0.capacity": "12",
      "rounds.0.workshops.1.id": String(before.rounds[0]!.workshops[0]!.id),
      "rounds.0.workshops.1.title": "Buurtkracht",
      "rounds.0.workshops.1.capacity": "2",
      "rounds.0.workshops.2.title": "Nieuw: Mantelzorg",
      "rounds.0.workshops.2.onSiteOnly": "on",
      "rounds.0.kind": "activities",
      "meetings.1.startsAt": toLocalInput(addDays(startsAt, 7)),
      "meetings.1.endsAt": toLocalInput(addHours(addDays(startsAt, 7), 2)),
      "meetings.1.mode": "online",
      "questions.0.id": String(before.questions[1]!.id),
      "questions.0.label": "In welke gemeente werk je?",
      "questions.0.kind": "choice",
      "questions.0.options": "Utrecht\nAmsterdam",
    }, ["speakers", "rounds.1", "questions.1"]);

    const outcome = saved(await save(event.id, values));
    const after = (await findEditorEvent(db, event.id))!;
    expect(after.version).toBe(2);
    expect(after.contactPersons.map((person) => [person.name, person.phone])).toEqual([["Anouk", null], ["Bram Bakker", null], ["Cas", "030-1234567"]]);
    expect(after.speakers).toEqual([]);
    expect(after.programmeItems.map((item) => item.title)).toEqual(["Lunch", "Welkom"]);
    expect(after.rounds.map((round) => round.kind)).toEqual(["activities"]);
    expect(after.rounds[0]!.workshops.map((workshop) => workshop.onSiteOnly)).toEqual([false, false, true]);
    expect(after.rounds[0]!.workshops.map((workshop) => [workshop.number, workshop.id, workshop.title, workshop.capacity])).toEqual([
      [1, before.rounds[0]!.workshops[1]!.id, "Schulden (vernieuwd)", 12],
      [2, before.rounds[0]!.workshops[0]!.id, "Buurtkracht", 2],
      [3, expect.any(Number), "Nieuw: Mantelzorg", null],
    ]);
    expect(after.meetings.map((meeting) => [meeting.number, meeting.mode])).toEqual([[1, "physical"], [2, "online"]]);
    expect(after.questions.map((question) => [question.id, question.label, question.kind, question.options])).toEqual([
      [before.questions[1]!.id, "In welke gemeente werk je?", "choice", ["Utrecht", "Amsterdam"]],
    ]);
    expect(outcome.summary).toBe(`"${event.title}" bewerkt. Gewijzigd: Contactpersonen, Sprekers, Programma, Workshoprondes en workshops, Bijeenkomsten van de reeks, Vragen op het aanmeldformulier.`);
    expect(await db.auditEntry.findFirstOrThrow({ where: { eventId: event.id, action: "event.update" } })).toMatchObject({ summary: outcome.summary, actorId: actor.id });
  });

  it("names the changed fields in the audit log with their old and new values, and a save without changes says so", async () => {
    const event = await makeEvent(db, { startsAt });
    const first = saved(await save(event.id, await formFor(event.id, { title: "Nieuwe titel", capacityPhysical: "25", lunchProvided: "on" })));
    expect(first.summary).toBe(`"Nieuwe titel" bewerkt. Gewijzigd: Titel van "${event.title}" naar "Nieuwe titel", Lunch van nee naar ja, Plekken op locatie van 20 naar 25.`);
    const second = saved(await save(event.id, await formFor(event.id)));
    expect(second.summary).toBe('"Nieuwe titel" opgeslagen zonder wijzigingen.');
    expect(await db.auditEntry.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("refuses the later of two saves that started from the same version, and keeps the first", async () => {
    const event = await makeEvent(db, { startsAt });
    const anouk = await formFor(event.id, { title: "Titel van Anouk" });
    const bram = await formFor(event.id, { summary: "Samenvatting van Bram" });
    expect(saved(await save(event.id, anouk)).version).toBe(2);
    expect(await save(event.id, bram)).toMatchObject({ kind: "conflict", message: expect.stringContaining("Iemand anders heeft dit evenement intussen gewijzigd") });
    const stored = (await findEditorEvent(db, event.id))!;
    expect(stored).toMatchObject({ title: "Titel van Anouk", summary: event.summary, version: 2 });
    expect(await db.auditEntry.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("stores a description posted with the browser's CRLF line ends as it was: nothing changed, nothing logged as changed", async () => {
    const event = await makeEvent(db, { startsAt, body: "Eerste alinea.\n\nTweede alinea.", audience: "Sociaal werkers\nen vrijwilligers" });
    const outcome = saved(await save(event.id, await formFor(event.id, { body: "Eerste alinea.\r\n\r\nTweede alinea.", audience: "Sociaal werkers\r\nen vrijwilligers" })));
    expect(outcome.summary).toBe(`"${event.title}" opgeslagen zonder wijzigingen.`);
    expect((await findEditorEvent(db, event.id))!).toMatchObject({ body: "Eerste alinea.\n\nTweede alinea.", audience: "Sociaal werkers\nen vrijwilligers" });
  });

  it("lets only one of two simultaneous saves from the same version through", async () => {
    const event = await makeEvent(db, { startsAt, rounds: twoRounds() });
    const outcomes = await Promise.all([1, 2, 3].map(async (index) => save(event.id, await formFor(event.id, { title: `Titel ${index}` }))));
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["conflict", "conflict", "saved"]);
    expect((await findEditorEvent(db, event.id))!.version).toBe(2);
  });

  it("asks before lowering a capacity below the places taken, then keeps everyone registered", async () => {
    const event = await makeEvent(db, { startsAt, capacityPhysical: 3, rounds: twoRounds() });
    for (const index of [1, 2, 3]) {
      const registration = await register(event.id, `p${index}@example.org`);
      if (index < 3) await choose(registration.id, event.id, "Buurtkracht");
    }
    const values = await formFor(event.id, { capacityPhysical: "2", "rounds.0.workshops.0.capacity": "1", "rounds.0.workshops.1.capacity": "1" });
    const asked = await save(event.id, values);
    expect(asked).toMatchObject({ kind: "needs_confirmation" });
    expect(asked.kind === "needs_confirmation" && Object.keys(asked.fieldErrors).sort()).toEqual(["capacityPhysical", "rounds.0.workshops.0.capacity"]);
    expect((await findEditorEvent(db, event.id))!.capacityPhysical).toBe(3);

    saved(await save(event.id, values, true));
    const after = (await findEditorEvent(db, event.id))!;
    expect(after.capacityPhysical).toBe(2);
    expect(after.rounds[0]!.workshops[0]!.capacity).toBe(1);
    expect(await db.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(3);
  });

  it("refuses to remove a workshop or round that people chose, but removes one chosen only by cancelled registrations", async () => {
    const event = await makeEvent(db, { startsAt, rounds: twoRounds() });
    const active = await register(event.id, "actief@example.org");
    await choose(active.id, event.id, "Buurtkracht");
    const gone = await register(event.id, "weg@example.org", { status: "cancelled", activeEmail: null, cancelledAt: new Date() });
    await choose(gone.id, event.id, "Jongeren");

    const withoutWorkshop = await formFor(event.id, {}, ["rounds.0.workshops"]);
    const refused = await save(event.id, withoutWorkshop);
    expect(refused).toMatchObject({ kind: "invalid", fieldErrors: { "rounds.0.workshops": [expect.stringContaining('Workshop "Buurtkracht" heeft 1 aanmelding en kan niet worden verwijderd')] } });
    expect(refused.kind === "invalid" && refused.message).toContain("Je wijzigingen staan nog in het formulier.");
    expect(await save(event.id, await formFor(event.id, {}, ["rounds.0"]))).toMatchObject({ kind: "invalid", fieldErrors: { rounds: [expect.stringContaining("Buurtkracht")] } });
    expect((await findEditorEvent(db, event.id))!.version).toBe(1);

    saved(await save(event.id, await formFor(event.id, {}, ["rounds.1"])));
    const after = (await findEditorEvent(db, event.id))!;
    expect(after.rounds.map((round) => round.workshops.map((workshop) => workshop.title))).toEqual([["Buurtkracht", "Schulden"]]);
    expect(await db.registration.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ status: "cancelled" });
  });

  it("keeps a mode that people registered for", async () => {
    const event = await makeEvent(db, { startsAt, attendanceMode: "hybrid", capacityOnline: 10, onlinePlatform: "Teams" });
    await register(event.id, "online@example.org", { attendanceMode: "online" });
    expect(await save(event.id, await formFor(event.id, { attendanceMode: "physical" }))).toMatchObject({
      kind: "invalid",
      fieldErrors: { attendanceMode: ["Er is 1 aanmelding voor online. Laat die vorm staan, of verplaats of annuleer eerst die aanmeldingen."] },
    });
    saved(await save(event.id, await formFor(event.id, { attendanceMode: "online" })));
    expect((await findEditorEvent(db, event.id))!).toMatchObject({ attendanceMode: "online", venueName: null, capacityPhysical: null, capacityOnline: 10 });
  });

  it("gives raised places to the waitlist in order, with a mail", async () => {
    const event = await makeEvent(db, { startsAt, capacityPhysical: 1, waitlistEnabled: true });
    await register(event.id, "eerste@example.org");
    const second = await register(event.id, "tweede@example.org", { status: "waitlisted", createdAt: addHours(new Date(), -2) });
    const third = await register(event.id, "derde@example.org", { status: "waitlisted", createdAt: addHours(new Date(), -1) });

    const outcome = saved(await save(event.id, await formFor(event.id, { capacityPhysical: "2" })));
    expect(await db.registration.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "confirmed", promotedAt: expect.any(Date) });
    expect(await db.registration.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({ status: "waitlisted" });
    const mails = await db.outboxMessage.findMany({ where: { id: { in: outcome.mailIds } } });
    expect(mails.map((mail) => [mail.kind, mail.toEmail])).toEqual([["promoted", "tweede@example.org"]]);

    // A workshop's raised capacity counts too: nobody waits for it here, so nothing more happens.
    saved(await save(event.id, await formFor(event.id, { capacityPhysical: "" })));
    expect(await db.registration.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({ status: "confirmed" });
  });

  it("switches waitlist offers on with their hours, sets an own retention term, and refuses numbers out of range next to their fields", async () => {
    const event = await makeEvent(db, { startsAt, capacityPhysical: 1, waitlistEnabled: true });
    const outcome = saved(await save(event.id, await formFor(event.id, { waitlistOffers: "on", offerHours: "48", retentionMonths: "6" })));
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ waitlistOffers: true, offerHours: 48, retentionMonths: 6 });
    expect(outcome.summary).toContain(
      "Gewijzigd: Vrijgekomen plek eerst aanbieden van nee naar ja, Uren om een aangeboden plek te accepteren van 24 naar 48, Bewaartermijn in maanden van standaard naar 6.",
    );

    // The place freed now is offered for 48 hours, not given.
    await register(event.id, "eerste@example.org");
    const waiting = await register(event.id, "tweede@example.org", { status: "waitlisted" });
    saved(await save(event.id, await formFor(event.id, { capacityPhysical: "2" })));
    const offered = await db.registration.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(offered.status).toBe("offered");
    expect(offered.offerExpiresAt!.getTime() - Date.now()).toBeGreaterThan(47 * 60 * 60 * 1000);

    const refused = await save(event.id, await formFor(event.id, { offerHours: "0", retentionMonths: "twaalf" }));
    expect(refused.kind).toBe("invalid");
    expect(refused.kind === "invalid" && refused.fieldErrors).toMatchObject({
      offerHours: ["Vul een heel aantal uren in, van 1 tot 336."],
      retentionMonths: ["Vul een heel aantal maanden in, van 1 tot 120, of laat het leeg voor de standaardtermijn."],
    });

    // Empty is the default term again; offers need a waitlist.
    saved(await save(event.id, await formFor(event.id, { retentionMonths: "", waitlistEnabled: "" }, ["waitlistEnabled"])));
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ waitlistOffers: false, retentionMonths: null });
  });

  it("mails everyone registered when the venue becomes known, and only then", async () => {
    const event = await makeEvent(db, { startsAt, venueName: null, venueCity: "Utrecht", capacityPhysical: 1, waitlistEnabled: true });
    await register(event.id, "bevestigd@example.org");
    await register(event.id, "wacht@example.org", { status: "waitlisted" });
    await register(event.id, "weg@example.org", { status: "cancelled", activeEmail: null });
    const outcome = saved(await save(event.id, await formFor(event.id, { venueUnknown: "", venueName: "Stadskantoor", venueAddress: "Stadsplateau 1", venuePostcode: "3521 AZ" })));
    const mails = await db.outboxMessage.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } });
    expect(mails.map((mail) => [mail.kind, mail.toEmail])).toEqual([
      ["event_venue_known", "bevestigd@example.org"],
      ["event_venue_known", "wacht@example.org"],
    ]);
    expect(outcome.mailIds).toEqual(mails.map((mail) => mail.id));
    expect(mails[0]!.text).toContain("Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht");
    saved(await save(event.id, await formFor(event.id, { venueName: "Stadskantoor, zaal 2" })));
    expect(await db.outboxMessage.count({ where: { eventId: event.id } })).toBe(2);
  });
});

describe("an event's lifecycle", () => {
  it("publishes, goes back to draft only without registrations, and writes the audit log", async () => {
    const event = await makeEvent(db, { startsAt, status: "draft" });
    expect(await publishEvent(db, event.id, { actor, baseUrl })).toMatchObject({ kind: "done" });
    expect(await unpublishEvent(db, event.id, { actor, baseUrl })).toMatchObject({ kind: "done" });
    await publishEvent(db, event.id, { actor, baseUrl });
    await register(event.id, "iemand@example.org");
    expect(await unpublishEvent(db, event.id, { actor, baseUrl })).toMatchObject({ kind: "refused", message: expect.stringContaining("Er is 1 aanmelding") });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("published");
    expect((await db.auditEntry.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } })).map((entry) => entry.action)).toEqual(["event.publish", "event.unpublish", "event.publish"]);
  });

  it("cancels with a reason, mailing every active registrant in the same transaction", async () => {
    const event = await makeEvent(db, { startsAt });
    await register(event.id, "a@example.org");
    await register(event.id, "b@example.org", { status: "pending" });
    await register(event.id, "c@example.org", { status: "cancelled", activeEmail: null });
    expect(await changeEventStatus(db, event.id, "cancelled", { reason: "" }, { actor, baseUrl })).toMatchObject({ kind: "refused", fieldErrors: { reason: [expect.any(String)], confirm: ["Vink aan dat je dit zeker weet."] } });
    const outcome = await changeEventStatus(db, event.id, "cancelled", { reason: "De spreker is ziek.", confirm: "on" }, { actor, baseUrl });
    expect(outcome).toMatchObject({ kind: "done", message: `"${event.title}" geannuleerd; 2 deelnemers krijgen een mail.` });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "cancelled", statusNote: "De spreker is ziek." });
    const mails = await db.outboxMessage.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } });
    expect(mails.map((mail) => [mail.kind, mail.toEmail])).toEqual([["event_cancelled", "a@example.org"], ["event_cancelled", "b@example.org"]]);
    expect(mails[0]!.text).toContain("De spreker is ziek.");
    expect(await changeEventStatus(db, event.id, "postponed", { reason: "Nieuwe datum volgt.", confirm: "on" }, { actor, baseUrl })).toMatchObject({ kind: "done" });
  });

  it("deletes only an event nobody ever registered for", async () => {
    const event = await makeEvent(db, { startsAt, rounds: twoRounds() });
    const registration = await register(event.id, "weg@example.org", { status: "cancelled", activeEmail: null });
    expect(await deleteEvent(db, event.id, {}, { actor, baseUrl })).toMatchObject({ kind: "refused", fieldErrors: { confirm: [expect.any(String)] } });
    expect(await deleteEvent(db, event.id, { confirm: "on" }, { actor, baseUrl })).toMatchObject({
      kind: "refused",
      message: expect.stringContaining("Dit evenement heeft 1 aanmelding (ook geannuleerde tellen mee) en kan daarom niet worden verwijderd."),
    });
    await db.registration.delete({ where: { id: registration.id } });
    expect(await deleteEvent(db, event.id, { confirm: "on" }, { actor, baseUrl })).toMatchObject({ kind: "done" });
    expect(await db.event.count({ where: { id: event.id } })).toBe(0);
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "event.delete" } })).toMatchObject({ summary: `Evenement "${event.title}" (${event.slug}) verwijderd.` });
  });

  it("duplicates everything but registrations as a draft, moving every date by whole days in Amsterdam time", async () => {
    // 14:00 in winter time; the new edition in summer time must still start at 14:00.
    const winter = amsterdamTime("2026-12-15 14:00");
    const event = await makeEvent(db, {
      slug: "leercafe-2026",
      startsAt: winter,
      endsAt: addHours(winter, 3),
      registrationClosesAt: amsterdamTime("2026-12-14 12:00"),
      rounds: [{ number: 1, startsAt: winter, endsAt: addHours(winter, 1), workshops: [{ number: 1, title: "Een", capacity: 5 }] }],
      contactPersons: [{ name: "Anouk" }],
      questions: [{ label: "Je gemeente?" }],
    });
    await register(event.id, "iemand@example.org");
    const outcome = await duplicateEvent(db, event.id, { startDate: "2027-06-15" }, { actor, baseUrl });
    if (outcome.kind !== "done") throw new Error(JSON.stringify(outcome));
    const copy = (await findEditorEvent(db, outcome.eventId!))!;
    expect(copy).toMatchObject({ slug: "leercafe-2027", status: "draft", title: event.title, version: 1 });
    expect(copy.startsAt).toEqual(amsterdamTime("2027-06-15 14:00"));
    expect(copy.registrationClosesAt).toEqual(amsterdamTime("2027-06-14 12:00"));
    expect(copy.rounds[0]!.startsAt).toEqual(amsterdamTime("2027-06-15 14:00"));
    expect(copy.rounds[0]!.workshops.map((workshop) => [workshop.title, workshop.capacity])).toEqual([["Een", 5]]);
    expect(copy.contactPersons.map((person) => person.name)).toEqual(["Anouk"]);
    expect(copy.questions.map((question) => question.label)).toEqual(["Je gemeente?"]);
    expect(await db.registration.count({ where: { eventId: copy.id } })).toBe(0);
    const again = await duplicateEvent(db, event.id, { startDate: "2027-06-15" }, { actor, baseUrl });
    expect(again.kind === "done" && (await db.event.findUniqueOrThrow({ where: { id: again.eventId! } })).slug).toBe("leercafe-2027-2");
  });
});
