import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { accreditationExport } from "@/lib/accreditation/attendance";
import { findCertificate } from "@/lib/accreditation/certificate-data";
import { accreditationCsv } from "@/lib/accreditation/csv";
import { addAccreditation } from "@/lib/accreditation/store";
import { db } from "@/lib/db/client";
import { makeEvent, makeOrganiser, registrationData } from "@/tests/factories";

// Accreditation on the real database: the certificate only after the end and only for those present, and the
// presence list per register as its CSV, read back.

const startsAt = new Date("2026-11-24T08:30:00Z");
const endsAt = new Date("2026-11-24T15:00:00Z");

async function accreditedEvent() {
  const organiser = await makeOrganiser(db);
  const admin = { id: organiser.id, name: organiser.name, email: organiser.email, role: "redacteur" as const };
  const event = await makeEvent(db, { startsAt, endsAt, status: "published" });
  const round = await db.workshopRound.create({
    data: { eventId: event.id, number: 1, startsAt: new Date("2026-11-24T09:00:00Z"), endsAt: new Date("2026-11-24T10:30:00Z"), workshops: { create: [{ number: 1, title: "Schulden" }] } },
    include: { workshops: true },
  });
  expect((await addAccreditation(db, event.id, { body: "registerplein", bodyName: undefined, number: "RP-2026-77", points: 4, scope: "whole_event", roundIds: [] }, admin as never)).ok).toBe(true);
  expect((await addAccreditation(db, event.id, { body: "registerplein", bodyName: undefined, number: "RP-2026-78", points: 1.5, scope: "rounds", roundIds: [round.id] }, admin as never)).ok).toBe(true);
  const register = async (name: string, extra: object = {}) =>
    db.registration.create({ data: registrationData(event.id, `${name.split(" ")[0]!.toLowerCase()}-${event.id}@example.org`, { name, registerBody: "registerplein", ...extra }) });
  return { event, round, register };
}

describe("the certificate of attendance", () => {
  it("is not there before the event has ended, nor for someone not present", async () => {
    const { event, register } = await accreditedEvent();
    const present = await register("Noor de Vries");
    const absent = await register("Bram Visser");
    await db.checkIn.create({ data: { registrationId: present.id, eventId: event.id, byName: "Deur" } });

    expect(await findCertificate(db, present.manageToken, new Date("2026-11-24T14:59:00Z"))).toMatchObject({ kind: "unavailable", reason: "not_ended" });
    expect(await findCertificate(db, absent.manageToken, new Date("2026-11-25T08:00:00Z"))).toMatchObject({ kind: "unavailable", reason: "not_present" });
    const found = await findCertificate(db, present.manageToken, new Date("2026-11-25T08:00:00Z"));
    expect(found).toMatchObject({ kind: "available", document: { name: "Noor de Vries", hours: "6,5 uur" } });
    expect(await findCertificate(db, "no-such-token-at-all-xxxxxxxx")).toEqual({ kind: "not_found" });
  });
});

describe("the presence CSV per register", () => {
  it("lists those present with their number, date, points and presence per round", async () => {
    const { event, round, register } = await accreditedEvent();
    const both = await register("Noor de Vries", { registerNumber: "1002345" });
    const morning = await register("=Bram Visser", { registerNumber: "1009999" });
    const absent = await register("Anouk Jansen", { registerNumber: "1001111" });
    const otherRegister = await register("Daan Berg", { registerBody: "skj", registerNumber: "555555" });
    for (const person of [both, morning, otherRegister]) await db.checkIn.create({ data: { registrationId: person.id, eventId: event.id, byName: "Deur" } });
    await db.roundPresence.create({ data: { registrationId: both.id, roundId: round.id, eventId: event.id, workshopId: round.workshops[0]!.id, byName: "Zaal" } });

    const found = (await accreditationExport(db, event.id, "registerplein"))!;
    const csv = accreditationCsv(found.event, "registerplein", found.accreditations, found.attendees);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(csv.slice(1), { delimiter: ";", record_delimiter: "\r\n" });
    expect(rows[0]).toEqual(["Registratienummer", "Naam", "E-mailadres", "Datum", "Accreditatienummer", "Punten", "Uren", "Ronde 1 (10:00-11:30)"]);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[3], row[4], row[5], row[6], row[7]])).toEqual([
      ["1009999", "'=Bram Visser", "24-11-2026", "RP-2026-77, RP-2026-78", "4", "6,5", "afwezig"],
      ["1002345", "Noor de Vries", "24-11-2026", "RP-2026-77, RP-2026-78", "5,5", "6,5", "aanwezig"],
    ]);
    expect(csv).not.toContain(absent.name);
    expect(csv).not.toContain(otherRegister.name);
  });
});
