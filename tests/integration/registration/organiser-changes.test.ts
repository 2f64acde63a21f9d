import { addDays, addHours } from "date-fns";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addRegistrationByHand } from "@/lib/registration/add-by-hand";
import { attendeesCsv } from "@/lib/registration/attendee-csv";
import {
  acceptByOrganiser,
  cancelRegistrationByOrganiser,
  declineByOrganiser,
  moveToWorkshop,
  promoteByOrganiser,
} from "@/lib/registration/organiser-changes";
import {
  findEventForRegistrations,
  listAttendees,
  listRegistrations,
  parseRegistrationFilters,
  registrationSummary,
} from "@/lib/registration/list";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 30);
const person = (index: number, extra: Record<string, unknown> = {}) => ({
  name: `Deelnemer ${index}`,
  email: `d${index}@example.org`,
  consent: true,
  ...extra,
});
const twoWorkshops = [
  {
    number: 1,
    startsAt,
    endsAt: addHours(startsAt, 1),
    workshops: [
      { number: 1, title: "Een", capacity: 1 },
      { number: 2, title: "Twee", capacity: 1 },
    ],
  },
];

async function organiser() {
  const user = await db.user.create({
    data: { id: "organisator-1", name: "Olga Organisator", email: "olga@example.org", role: "redacteur" },
  });
  return { actor: { id: user.id, name: user.name }, baseUrl };
}

async function registered(slug: string, input: unknown) {
  const outcome = await registerForEvent(slug, input, { baseUrl });
  if (outcome.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(outcome)}`);
  return outcome;
}
const statusOf = async (id: number) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;
const auditActions = async () => (await db.auditEntry.findMany({ orderBy: { id: "asc" } })).map((entry) => [entry.action, entry.actorName]);

describe("an organiser's actions on registrations", () => {
  it("cancels: frees the place, promotes the first waiting, mails both, and logs it in the same transaction", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "annuleer", startsAt, capacityPhysical: 1, waitlistEnabled: true });
    const first = await registered("annuleer", person(1));
    const waiting = await registered("annuleer", person(2));

    const outcome = await cancelRegistrationByOrganiser(db, event.id, first.registrationId, options);
    expect(outcome).toMatchObject({
      kind: "done",
      message: "Aanmelding van Deelnemer 1 geannuleerd. Deelnemer 2 kreeg de vrije plek van de wachtlijst.",
    });
    expect(await statusOf(first.registrationId)).toBe("cancelled");
    expect(await statusOf(waiting.registrationId)).toBe("confirmed");
    expect(await db.outboxMessage.count({ where: { kind: "cancelled", toEmail: "d1@example.org" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { kind: "promoted", toEmail: "d2@example.org" } })).toBe(1);
    expect(await auditActions()).toEqual([["registration.cancel", "Olga Organisator"]]);

    expect(await cancelRegistrationByOrganiser(db, event.id, first.registrationId, options)).toMatchObject({ kind: "refused" });
    expect(await auditActions()).toHaveLength(1);
  });

  it("names the round as visitors see it, by time, not by its stored number", async () => {
    const options = await organiser();
    const afternoon = addHours(startsAt, 4);
    const event = await makeEvent(db, {
      slug: "rondes-in-tijd",
      startsAt,
      rounds: [
        { number: 1, startsAt: afternoon, endsAt: addHours(afternoon, 1), workshops: [{ number: 1, title: "Middag", capacity: 1 }, { number: 2, title: "Ook middag" }] },
        { number: 2, startsAt, endsAt: addHours(startsAt, 1), workshops: [{ number: 1, title: "Ochtend" }] },
      ],
    });
    const anouk = await registered("rondes-in-tijd", person(1));
    await registered("rondes-in-tijd", person(2, { workshops: { "1": 1 } }));
    expect(await moveToWorkshop(db, event.id, anouk.registrationId, { roundNumber: 1, workshopNumber: 2 }, options)).toMatchObject({
      kind: "done",
      message: "Deelnemer 1 is verplaatst naar workshop 2: Ook middag (Ronde 2).",
    });
    expect(await moveToWorkshop(db, event.id, anouk.registrationId, { roundNumber: 1, workshopNumber: null }, options)).toMatchObject({
      kind: "done",
      message: "Deelnemer 1 heeft nu geen keuze meer in Ronde 2.",
    });
  });

  it("refuses a registration of another event", async () => {
    const options = await organiser();
    await makeEvent(db, { slug: "een", startsAt });
    const other = await makeEvent(db, { slug: "ander", startsAt });
    const registration = await registered("een", person(1));
    expect(await cancelRegistrationByOrganiser(db, other.id, registration.registrationId, options)).toEqual({ kind: "not_found" });
    expect(await statusOf(registration.registrationId)).toBe("confirmed");
  });

  it("moves to another workshop only when it has room, and promotes whoever waited for the freed one", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "verplaats", startsAt, rounds: twoWorkshops });
    const anouk = await registered("verplaats", person(1, { workshops: { "1": 1 } }));
    const bram = await registered("verplaats", person(2, { workshops: { "1": 2 } }));

    const full = await moveToWorkshop(db, event.id, anouk.registrationId, { roundNumber: 1, workshopNumber: 2 }, options);
    expect(full).toMatchObject({ kind: "refused", fieldErrors: { "workshops.1": ["Workshop 2: Twee is vol. Kies een andere workshop."] } });
    expect(await moveToWorkshop(db, event.id, bram.registrationId, { roundNumber: 1, workshopNumber: null }, options)).toMatchObject({
      kind: "done",
    });
    expect(await moveToWorkshop(db, event.id, anouk.registrationId, { roundNumber: 1, workshopNumber: 2 }, options)).toMatchObject({
      kind: "done",
      message: "Deelnemer 1 is verplaatst naar workshop 2: Twee (Ronde 1).",
    });
    const choices = await db.registrationWorkshop.findMany({ include: { workshop: true } });
    expect(choices.map((choice) => [choice.registrationId, choice.workshop.title])).toEqual([[anouk.registrationId, "Twee"]]);
    expect(await db.outboxMessage.count({ where: { kind: "changed" } })).toBe(2);
    expect(await moveToWorkshop(db, event.id, anouk.registrationId, { roundNumber: 1, workshopNumber: 9 }, options)).toMatchObject({
      kind: "refused",
    });
    expect((await auditActions()).map(([action]) => action)).toEqual(["registration.move", "registration.move"]);
  });

  it("promotes someone from the waitlist by hand only when there is a place", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "wachtlijst", startsAt, capacityPhysical: 1, waitlistEnabled: true });
    const first = await registered("wachtlijst", person(1));
    const second = await registered("wachtlijst", person(2));
    const third = await registered("wachtlijst", person(3));
    expect(await promoteByOrganiser(db, event.id, third.registrationId, options)).toMatchObject({
      kind: "refused",
      message: expect.stringContaining("1 van 1 bezet"),
    });

    await db.event.update({ where: { id: event.id }, data: { capacityPhysical: 2 } });
    // The third, not the second: the organiser chooses.
    expect(await promoteByOrganiser(db, event.id, third.registrationId, options)).toMatchObject({ kind: "done" });
    expect([await statusOf(first.registrationId), await statusOf(second.registrationId), await statusOf(third.registrationId)]).toEqual([
      "confirmed",
      "waitlisted",
      "confirmed",
    ]);
    expect(await db.outboxMessage.count({ where: { kind: "promoted", toEmail: "d3@example.org" } })).toBe(1);
    expect(await promoteByOrganiser(db, event.id, first.registrationId, options)).toMatchObject({
      kind: "refused",
      message: "Deelnemer 1 staat niet (meer) op de wachtlijst.",
    });
  });

  it("approves and declines intake registrations, with a mail each and within capacity", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "intake", startsAt, capacityPhysical: 2, requiresApproval: true, waitlistEnabled: true });
    const first = await registered("intake", person(1));
    const second = await registered("intake", person(2));
    const waiting = await registered("intake", person(3));
    expect([first.status, second.status, waiting.status]).toEqual(["pending", "pending", "waitlisted"]);

    expect(await acceptByOrganiser(db, event.id, first.registrationId, options)).toMatchObject({ kind: "done" });
    expect(await statusOf(first.registrationId)).toBe("confirmed");
    expect(await db.outboxMessage.count({ where: { kind: "accepted", toEmail: "d1@example.org" } })).toBe(1);
    expect(await acceptByOrganiser(db, event.id, first.registrationId, options)).toMatchObject({ kind: "refused" });

    const declined = await declineByOrganiser(
      db,
      event.id,
      second.registrationId,
      "Jullie vraag past beter bij de volgende kring.",
      options,
    );
    expect(declined).toMatchObject({
      kind: "done",
      message: "Deelnemer 2 is afgewezen en krijgt daarover een e-mail. Deelnemer 3 kreeg de vrije plek van de wachtlijst.",
    });
    expect(await statusOf(second.registrationId)).toBe("rejected");
    // Under intake, the place freed goes to the waiting person as a pending registration.
    expect(await statusOf(waiting.registrationId)).toBe("pending");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "declined" } });
    expect(mail.text).toContain("Jullie vraag past beter bij de volgende kring.");

    // Capacity lowered below what is confirmed and pending: accepting is refused, not overbooked.
    await db.event.update({ where: { id: event.id }, data: { capacityPhysical: 1 } });
    expect(await acceptByOrganiser(db, event.id, waiting.registrationId, options)).toMatchObject({
      kind: "refused",
      message: expect.stringContaining("geen plek"),
    });
    expect(await declineByOrganiser(db, event.id, waiting.registrationId, "x".repeat(2001), options)).toMatchObject({
      kind: "refused",
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect((await auditActions()).map(([action]) => action)).toEqual(["registration.accept", "registration.decline"]);
  });
});

describe("adding someone by hand", () => {
  const noor = { name: "Noor de Vries", email: "noor@example.org", organisation: "Gemeente Utrecht", role: "Beleidsadviseur" };

  it("uses the registration rules: confirmed with a mail, Dutch field errors, no duplicates", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "hand", startsAt, rounds: twoWorkshops, attendanceMode: "hybrid", capacityOnline: 50 });
    expect(await addRegistrationByHand(db, event.id, { name: "N", email: "geen-adres" }, options)).toEqual({
      kind: "invalid",
      errors: { name: ["Vul de naam in."], email: ["Vul een geldig e-mailadres in, zoals naam@organisatie.nl."] },
    });
    expect(await addRegistrationByHand(db, event.id, { ...noor, workshops: { "1": 2 } }, options)).toMatchObject({
      kind: "invalid",
      errors: { attendanceMode: [expect.any(String)] },
    });

    const added = await addRegistrationByHand(db, event.id, { ...noor, attendanceMode: "physical", workshops: { "1": 2 } }, options);
    expect(added).toMatchObject({
      kind: "added",
      status: "confirmed",
      message: "Noor de Vries is aangemeld (op locatie) en krijgt een bevestiging per e-mail.",
    });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "confirmed" } });
    expect(mail).toMatchObject({ toEmail: "noor@example.org", subject: expect.stringContaining("Aanmelding bevestigd") });
    expect(mail.calendar).toContain("BEGIN:VCALENDAR");
    expect(await auditActions()).toEqual([["registration.add", "Olga Organisator"]]);

    expect(
      await addRegistrationByHand(db, event.id, { ...noor, email: "NOOR@example.org", attendanceMode: "online" }, options),
    ).toMatchObject({
      kind: "refused",
      fieldErrors: { email: [expect.stringContaining("al aangemeld")] },
    });
  });

  it("refuses like the public form when it is full, and goes over capacity only when asked", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "vol", startsAt, capacityPhysical: 1, rounds: twoWorkshops });
    await registered("vol", person(1, { workshops: { "1": 1 } }));

    expect(await addRegistrationByHand(db, event.id, { ...noor }, options)).toMatchObject({
      kind: "refused",
      fieldErrors: { overCapacity: [expect.stringContaining("Ook als het vol is")] },
    });
    await db.event.update({ where: { id: event.id }, data: { capacityPhysical: 5 } });
    expect(await addRegistrationByHand(db, event.id, { ...noor, workshops: { "1": 1 } }, options)).toMatchObject({
      kind: "refused",
      fieldErrors: { "workshops.1": [expect.any(String)] },
    });
    await db.event.update({ where: { id: event.id }, data: { capacityPhysical: 1 } });

    const over = await addRegistrationByHand(db, event.id, { ...noor, workshops: { "1": 1 }, overCapacity: true }, options);
    expect(over).toMatchObject({ kind: "added", status: "confirmed", message: expect.stringContaining("boven het aantal plekken") });
    expect(await db.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(2);
    expect(await db.registrationWorkshop.count({ where: { workshop: { title: "Een" } } })).toBe(2);
    expect((await db.auditEntry.findFirstOrThrow()).details).toMatchObject({ overCapacity: true });
  });

  it("puts them on the waitlist when the event has one, like the public form", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "wacht", startsAt, capacityPhysical: 1, waitlistEnabled: true });
    await registered("wacht", person(1));
    expect(await addRegistrationByHand(db, event.id, noor, options)).toMatchObject({ kind: "added", status: "waitlisted" });
    expect(await db.outboxMessage.count({ where: { kind: "waitlisted", toEmail: "noor@example.org" } })).toBe(1);
  });

  it("never overbooks when organisers and the public form add at the same time", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "druk", startsAt, capacityPhysical: 5 });
    const byHand = Array.from({ length: 10 }, (_, index) =>
      addRegistrationByHand(db, event.id, { name: `Handmatig ${index}`, email: `hand${index}@example.org` }, options),
    );
    const publicForm = Array.from({ length: 10 }, (_, index) => registerForEvent("druk", person(index), { baseUrl }));
    const outcomes = await Promise.all([...byHand, ...publicForm]);
    expect(await db.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(5);
    expect(outcomes.filter((outcome) => outcome.kind === "added" || outcome.kind === "registered")).toHaveLength(5);
    expect(await db.auditEntry.count()).toBe(outcomes.filter((outcome) => outcome.kind === "added").length);
  });

  it("goes over capacity under concurrency exactly as often as asked", async () => {
    const options = await organiser();
    const event = await makeEvent(db, { slug: "over", startsAt, capacityPhysical: 2 });
    const outcomes = await Promise.all([
      ...Array.from({ length: 4 }, (_, index) =>
        addRegistrationByHand(db, event.id, { name: `Zonder ${index}`, email: `zonder${index}@example.org` }, options),
      ),
      ...Array.from({ length: 3 }, (_, index) =>
        addRegistrationByHand(db, event.id, { name: `Met ${index}`, email: `met${index}@example.org`, overCapacity: true }, options),
      ),
    ]);
    expect(outcomes.slice(4).every((outcome) => outcome.kind === "added")).toBe(true);
    const confirmed = await db.registration.count({ where: { eventId: event.id, status: "confirmed" } });
    const withoutOverride = outcomes.slice(0, 4).filter((outcome) => outcome.kind === "added").length;
    // Those without the tick got in only while places were left, so never more than the capacity of them.
    expect(withoutOverride).toBeLessThanOrEqual(2);
    expect(confirmed).toBe(withoutOverride + 3);
  });
});

describe("the registrations table, its counts and the attendee CSV", () => {
  it("filters by status, mode, workshop and search, and counts per mode and workshop", async () => {
    const event = await makeEvent(db, {
      slug: "tabel",
      startsAt,
      attendanceMode: "hybrid",
      capacityPhysical: 1,
      capacityOnline: 10,
      waitlistEnabled: true,
      rounds: twoWorkshops,
    });
    await registered("tabel", person(1, { attendanceMode: "physical", organisation: "Gemeente Zwolle", workshops: { "1": 1 } }));
    await registered("tabel", person(2, { attendanceMode: "physical", workshops: { "1": 2 } }));
    await registered("tabel", person(3, { attendanceMode: "online", name: "Zoë Öztürk", workshops: { "1": 2 } }));
    const loaded = (await findEventForRegistrations(db, String(event.id)))!;

    const all = await listRegistrations(db, event.id, parseRegistrationFilters({}));
    expect(all.map((row) => [row.name, row.status])).toEqual([
      ["Deelnemer 1", "confirmed"],
      ["Deelnemer 2", "waitlisted"],
      ["Zoë Öztürk", "confirmed"],
    ]);
    const names = async (params: Record<string, string | string[]>) =>
      (await listRegistrations(db, event.id, parseRegistrationFilters(params))).map((row) => row.name);
    expect(await names({ status: "waitlisted" })).toEqual(["Deelnemer 2"]);
    expect(await names({ mode: "online" })).toEqual(["Zoë Öztürk"]);
    expect(await names({ workshop: String(loaded.rounds[0]!.workshops[1]!.id) })).toEqual(["Deelnemer 2", "Zoë Öztürk"]);
    expect(await names({ q: "zwolle" })).toEqual(["Deelnemer 1"]);
    expect(await names({ q: "D3@EXAMPLE" })).toEqual(["Zoë Öztürk"]);
    expect(await names({ status: "onzin", mode: ["online", "physical"], workshop: "abc" })).toEqual(["Zoë Öztürk"]);

    const summary = await registrationSummary(db, loaded);
    expect(summary.modes).toEqual([
      { mode: "physical", capacity: 1, confirmed: 1, pending: 0, waitlisted: 1, offered: 0 },
      { mode: "online", capacity: 10, confirmed: 1, pending: 0, waitlisted: 0, offered: 0 },
    ]);
    expect(summary.workshops.map(({ title, capacity, confirmed, waitlisted }) => [title, capacity, confirmed, waitlisted])).toEqual([
      ["Een", 1, 1, 0],
      ["Twee", 1, 1, 1],
    ]);
  });

  it("writes a CSV that Dutch Excel opens: BOM, semicolons, CRLF, quoting, date-times Excel reads, no formulas", async () => {
    const event = await makeEvent(db, {
      slug: "csv",
      startsAt,
      attendanceMode: "hybrid",
      capacityOnline: 10,
      rounds: twoWorkshops,
      lunchProvided: true,
    });
    await registered(
      "csv",
      person(1, {
        name: '=HYPERLINK("http://kwaad.example";"klik")',
        organisation: 'Van Dam; de Boer & "Zn"',
        attendanceMode: "physical",
        workshops: { "1": 1 },
        dietaryWishes: "geen noten\nen geen vis",
      }),
    );
    await registered(
      "csv",
      person(2, { name: "Zoë Öztürk", organisation: "+31 wijkteam", role: "@coördinator", attendanceMode: "online" }),
    );
    await registered("csv", person(3, { name: "Anna -Bakker", organisation: "-Stichting", attendanceMode: "online" }));
    const loaded = (await findEventForRegistrations(db, String(event.id)))!;
    const csv = attendeesCsv(loaded, await listAttendees(db, event.id), { perWorkshop: false });

    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFNaam;E-mailadres;Organisatie;Functie;Deelname;Workshop ronde 1;Dieetwensen;Aangemeld op");
    expect(csv.replaceAll("\r\n", "").includes("\n")).toBe(true); // only inside the quoted dietary wishes
    const rows = parse(csv, { bom: true, delimiter: ";", columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(rows.map((row) => row.Naam)).toEqual(['\'=HYPERLINK("http://kwaad.example";"klik")', "Anna -Bakker", "Zoë Öztürk"]);
    expect(rows[0]).toMatchObject({
      Organisatie: 'Van Dam; de Boer & "Zn"',
      Deelname: "Op locatie",
      "Workshop ronde 1": "1. Een",
      Dieetwensen: "geen noten\nen geen vis",
      "Aangemeld op": expect.stringMatching(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/),
    });
    expect(rows[2]).toMatchObject({ Organisatie: "'+31 wijkteam", Functie: "'@coördinator", Deelname: "Online", "Workshop ronde 1": "" });
    expect(rows[1]).toMatchObject({ Organisatie: "'-Stichting" });

    const perWorkshop = attendeesCsv(loaded, await listAttendees(db, event.id, { workshopId: loaded.rounds[0]!.workshops[0]!.id }), {
      perWorkshop: true,
    });
    const workshopRows = parse(perWorkshop, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(workshopRows).toHaveLength(1);
    expect(Object.keys(workshopRows[0]!)).not.toContain("Workshop ronde 1");
  });
});
