import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { outboxContent } from "@/lib/mail/render";
import { registerForEvent, type RegistrationOutcome } from "@/lib/registration/register";
import { changeTeamParticipants } from "@/lib/registration/team";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 30);
const register = (slug: string, input: unknown) => registerForEvent(slug, input, { baseUrl });

/** A leerkring like the seeded one: teams, intake, three meetings. */
function makeLeerkring(slug: string, overrides: Parameters<typeof makeEvent>[1] = {}) {
  return makeEvent(db, {
    slug,
    title: "Leerkring preventief werken",
    format: "leerkring",
    startsAt,
    endsAt: addDays(startsAt, 60),
    attendanceMode: "hybrid",
    capacityPhysical: 10,
    capacityOnline: 0,
    registersTeams: true,
    requiresApproval: true,
    meetings: [0, 30, 60].map((days, index) => ({
      number: index + 1,
      startsAt: addDays(startsAt, days),
      endsAt: addHours(addDays(startsAt, days), 2),
      mode: index === 1 ? ("online" as const) : ("physical" as const),
      place: index === 1 ? "Microsoft Teams" : "Movisie, Utrecht",
    })),
    ...overrides,
  });
}

const team = (index: number, extra: Record<string, unknown> = {}) => ({
  name: `Contactpersoon ${index}`,
  email: `contact${index}@gemeente${index}.nl`,
  role: "Beleidsadviseur",
  consent: true,
  team: {
    organisation: `Gemeente ${index}`,
    name: `Wijkteam ${index}`,
    participants: [
      { name: `Sociaal werker ${index}`, email: `werker${index}@gemeente${index}.nl`, role: "Wijkteammedewerker" },
      { name: `Beleid ${index}`, email: `beleid${index}@gemeente${index}.nl` },
    ],
  },
  ...extra,
});

const tally = (outcomes: RegistrationOutcome[]) =>
  outcomes.reduce<Record<string, number>>((counts, outcome) => {
    const key = outcome.kind === "registered" ? outcome.status : outcome.kind === "refused" ? outcome.reason : outcome.kind;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

describe("registering a team", () => {
  it("stores the team, its contact person and its participants, pending intake, and mails 'aanvraag ontvangen'", async () => {
    await makeLeerkring("kring");
    const outcome = await register("kring", team(1));
    expect(outcome).toMatchObject({ kind: "registered", status: "pending" });
    if (outcome.kind !== "registered") return;

    const registration = await db.registration.findUniqueOrThrow({
      where: { id: outcome.registrationId },
      include: { participants: { orderBy: { position: "asc" } } },
    });
    expect(registration).toMatchObject({
      name: "Contactpersoon 1",
      email: "contact1@gemeente1.nl",
      role: "Beleidsadviseur",
      organisation: "Gemeente 1",
      teamName: "Wijkteam 1",
      attendanceMode: "physical",
    });
    expect(registration.participants.map(({ name, email, role, position }) => ({ name, email, role, position }))).toEqual([
      { name: "Sociaal werker 1", email: "werker1@gemeente1.nl", role: "Wijkteammedewerker", position: 0 },
      { name: "Beleid 1", email: "beleid1@gemeente1.nl", role: null, position: 1 },
    ]);

    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } });
    expect(row).toMatchObject({ kind: "pending", toEmail: "contact1@gemeente1.nl" });
    const mail = await db.$transaction((tx) => outboxContent(tx, row, baseUrl));
    expect(mail?.subject).toBe("Aanvraag ontvangen: Leerkring preventief werken");
    expect(mail?.text).toContain("We hebben de aanvraag van Wijkteam 1 (Gemeente 1)");
    expect(mail?.text).toContain("intakegesprek");
    expect(mail?.text).toContain("Deelnemer 2: Beleid 1 (beleid1@gemeente1.nl)");
    expect(mail?.text).toContain("Bijeenkomst 2: ");
    expect(mail?.text).toContain("online via Microsoft Teams");
    expect(mail?.calendar).toBeNull();
  });

  it("counts teams, not people: ten teams fill ten places under a rush, never more", async () => {
    await makeLeerkring("druk");
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, index) => register("druk", team(index))));
    expect(tally(outcomes)).toEqual({ pending: 10, full: 20 });
    expect(await db.registration.count({ where: { event: { slug: "druk" }, status: { in: ["pending", "confirmed"] } } })).toBe(10);
    expect(await db.teamParticipant.count({ where: { registration: { event: { slug: "druk" } } } })).toBe(20);
  });

  it("explains bad team input per participant row in Dutch", async () => {
    await makeLeerkring("fout");
    const outcome = await register("fout", {
      name: "Contact",
      email: "contact@example.org",
      consent: true,
      team: {
        organisation: "",
        name: "W",
        participants: [
          { name: "Anna", email: "anna@example.org" },
          { name: "", email: "geen-adres" },
          { name: "Anna Twee", email: "ANNA@example.org" },
        ],
      },
    });
    expect(outcome).toEqual({
      kind: "invalid",
      errors: {
        "team.organisation": ["Vul de gemeente of organisatie in."],
        "team.name": ["Vul de naam van het team in."],
        "team.participants.1.name": ["Vul de naam van deze deelnemer in."],
        "team.participants.1.email": ["Vul een geldig e-mailadres in, zoals naam@organisatie.nl."],
        "team.participants.2.email": ["Dit e-mailadres staat al bij een andere deelnemer."],
      },
    });
    expect(await register("fout", team(1, { team: { organisation: "Gemeente", name: "Wijkteam", participants: [] } }))).toMatchObject({
      kind: "invalid",
      errors: { "team.participants": ["Noem ten minste één deelnemer."] },
    });
    expect(await register("fout", { ...team(1), team: undefined })).toMatchObject({
      kind: "invalid",
      errors: { team: [expect.stringContaining("Meld een team aan")] },
    });
    expect(await db.registration.count({ where: { event: { slug: "fout" } } })).toBe(0);
  });

  it("refuses a team for an event where people register one by one", async () => {
    await makeEvent(db, { slug: "persoonlijk", startsAt });
    expect(await register("persoonlijk", team(1))).toMatchObject({
      kind: "invalid",
      errors: { team: ["Voor deze bijeenkomst meld je je per persoon aan, niet als team."] },
    });
  });
});

describe("changing a team's participants through the manage link", () => {
  it("adds, edits and removes participants, keeps at least one, and mails the change", async () => {
    await makeLeerkring("wijzig");
    const outcome = await register("wijzig", team(1));
    if (outcome.kind !== "registered") throw new Error(outcome.kind);
    const token = outcome.manageToken;

    const none = await changeTeamParticipants(db, token, [], { baseUrl });
    expect(none).toEqual({ kind: "invalid", errors: { "team.participants": ["Noem ten minste één deelnemer."] } });
    const bad = await changeTeamParticipants(db, token, [{ name: "Nieuw", email: "nieuw" }], { baseUrl });
    expect(bad).toEqual({
      kind: "invalid",
      errors: { "team.participants.0.email": ["Vul een geldig e-mailadres in, zoals naam@organisatie.nl."] },
    });

    const changed = await changeTeamParticipants(
      db,
      token,
      [
        { name: "Beleid Een (nieuw)", email: "beleid1@gemeente1.nl", role: "Senior beleidsadviseur" },
        { name: "Sociaal werk", email: "sw@welzijn.nl", role: "Opbouwwerker" },
        { name: "Derde", email: "derde@gemeente1.nl" },
      ],
      { baseUrl },
    );
    expect(changed.kind).toBe("done");
    const participants = await db.teamParticipant.findMany({
      where: { registrationId: outcome.registrationId },
      orderBy: { position: "asc" },
    });
    expect(participants.map((participant) => participant.name)).toEqual(["Beleid Een (nieuw)", "Sociaal werk", "Derde"]);
    if (changed.kind !== "done") return;
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: changed.mailIds[0]! } });
    expect(row).toMatchObject({
      kind: "changed",
      toEmail: "contact1@gemeente1.nl",
      subject: "Deelnemers gewijzigd: Leerkring preventief werken",
    });
    expect(row.text).toContain("Deelnemer 3: Derde (derde@gemeente1.nl)");
    expect(row.text).not.toContain("Sociaal werker 1");
  });

  it("changes nothing for a person's registration, a cancelled team, or an unknown token", async () => {
    await makeEvent(db, { slug: "persoon", startsAt });
    const person = await register("persoon", { name: "Een Persoon", email: "persoon@example.org", consent: true });
    if (person.kind !== "registered") throw new Error(person.kind);
    const rows = [{ name: "Iemand", email: "iemand@example.org" }];
    expect(await changeTeamParticipants(db, person.manageToken, rows, { baseUrl })).toEqual({ kind: "not_found" });
    expect(await changeTeamParticipants(db, "x".repeat(43), rows, { baseUrl })).toEqual({ kind: "not_found" });
    expect(await db.teamParticipant.count()).toBe(0);
  });

  it("serialises two saves at once: the participants are those of one save, never a mix", async () => {
    await makeLeerkring("tegelijk");
    const outcome = await register("tegelijk", team(1));
    if (outcome.kind !== "registered") throw new Error(outcome.kind);
    const first = [
      { name: "Eerste A", email: "a@example.org" },
      { name: "Eerste B", email: "b@example.org" },
    ];
    const second = [{ name: "Tweede C", email: "c@example.org" }];
    const results = await Promise.all(
      [first, second, first, second].map((rows) => changeTeamParticipants(db, outcome.manageToken, rows, { baseUrl })),
    );
    expect(results.map((result) => result.kind)).toEqual(["done", "done", "done", "done"]);
    const names = (
      await db.teamParticipant.findMany({ where: { registrationId: outcome.registrationId }, orderBy: { position: "asc" } })
    ).map((participant) => participant.name);
    expect([["Eerste A", "Eerste B"], ["Tweede C"]]).toContainEqual(names);
  });
});
