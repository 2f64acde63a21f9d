import { describe, expect, it } from "vitest";
import { places, teamPlacesLeftLabel } from "@/lib/events/availability";
import { checkTeam } from "@/lib/registration/rules";
import { fieldErrorsFrom, registrationInputFromForm, registrationInputSchema, teamSchema } from "@/lib/registration/schema";
import { editedParticipantRows, participantRowsFromValues, withParticipantValues } from "@/lib/registration/team-form";

const validTeam = {
  organisation: " Gemeente Zeist ",
  name: "Sociaal wijkteam Zeist-West",
  participants: [{ name: "Koen de Boer", email: "koen@zeist.example.org", role: "" }],
};

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("the team schema", () => {
  it("trims, drops an empty role, and keeps the participants in order", () => {
    const parsed = teamSchema.parse({
      ...validTeam,
      participants: [...validTeam.participants, { name: "Sanne Mulder", email: " sanne@welzijn.example.org ", role: "Opbouwwerker" }],
    });
    expect(parsed).toEqual({
      organisation: "Gemeente Zeist",
      name: "Sociaal wijkteam Zeist-West",
      participants: [
        { name: "Koen de Boer", email: "koen@zeist.example.org", role: undefined },
        { name: "Sanne Mulder", email: "sanne@welzijn.example.org", role: "Opbouwwerker" },
      ],
    });
  });

  it("names each mistake by its field and participant row, in Dutch", () => {
    const result = registrationInputSchema.safeParse({
      name: "Fatima Yilmaz",
      email: "fatima@zeist.example.org",
      consent: true,
      team: {
        organisation: "",
        name: "Wijkteam",
        participants: [
          { name: "Koen", email: "koen@example.org" },
          { name: "K", email: "KOEN@example.org" },
          { name: "", email: "x@example.org" },
        ],
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFrom(result.error)).toEqual({
      "team.organisation": ["Vul de gemeente of organisatie in."],
      "team.participants.1.name": ["Vul de naam van deze deelnemer in."],
      "team.participants.1.email": ["Dit e-mailadres staat al bij een andere deelnemer."],
      "team.participants.2.name": ["Vul de naam van deze deelnemer in."],
    });
  });

  it("wants at least one participant and at most 25", () => {
    const none = teamSchema.safeParse({ ...validTeam, participants: [] });
    expect(none.success ? {} : fieldErrorsFrom(none.error)).toEqual({ participants: ["Noem ten minste één deelnemer."] });
    const many = Array.from({ length: 26 }, (_, index) => ({ name: `Deelnemer ${index}`, email: `d${index}@example.org` }));
    const tooMany = teamSchema.safeParse({ ...validTeam, participants: many });
    expect(tooMany.success ? {} : fieldErrorsFrom(tooMany.error)).toEqual({ participants: ["Een team heeft hooguit 25 deelnemers."] });
  });

  it("says a team is wrong where persons register, and missing where teams do", () => {
    const team = teamSchema.parse(validTeam);
    expect(checkTeam(team, { registersTeams: true })).toEqual({ ok: true, team });
    expect(checkTeam(undefined, { registersTeams: false })).toEqual({ ok: true, team: undefined });
    expect(checkTeam(undefined, { registersTeams: true })).toMatchObject({
      ok: false,
      errors: { team: [expect.stringContaining("Meld een team aan")] },
    });
    expect(checkTeam(team, { registersTeams: false })).toMatchObject({
      ok: false,
      errors: { team: [expect.stringContaining("per persoon")] },
    });
  });
});

describe("the team form", () => {
  const typed: [string, string][] = [
    ["name", "Fatima Yilmaz"],
    ["team-organisation", "Gemeente Zeist"],
    ["team-name", "Wijkteam West"],
    ["participant-0-name", "Koen"],
    ["participant-0-email", "koen@example.org"],
    ["participant-0-role", ""],
    ["participant-1-name", ""],
    ["participant-1-email", ""],
    ["participant-1-role", ""],
    ["participant-2-name", "Sanne"],
    ["participant-2-email", "sanne@example.org"],
    ["participant-2-role", "Opbouwwerker"],
  ];

  it("reads the team from the form, leaving out rows left empty", () => {
    expect(registrationInputFromForm(form(typed)).team).toEqual({
      organisation: "Gemeente Zeist",
      name: "Wijkteam West",
      participants: [
        { name: "Koen", email: "koen@example.org", role: "" },
        { name: "Sanne", email: "sanne@example.org", role: "Opbouwwerker" },
      ],
    });
    expect(registrationInputFromForm(form([["name", "Een persoon"]])).team).toBeUndefined();
  });

  it("adds an empty row or removes one without losing anything typed, and is not fooled by other buttons", () => {
    expect(editedParticipantRows(form([...typed, ["deelnemers", "add"]]))).toHaveLength(4);
    expect(editedParticipantRows(form([...typed, ["deelnemers", "remove-0"]]))?.map((row) => row.name)).toEqual(["", "Sanne"]);
    expect(
      editedParticipantRows(
        form([
          ["participant-0-name", "Koen"],
          ["deelnemers", "remove-0"],
        ]),
      ),
    ).toEqual([{ name: "", email: "", role: "" }]);
    expect(editedParticipantRows(form([...typed, ["deelnemers", "iets-anders"]]))).toBeNull();
    expect(editedParticipantRows(form(typed))).toBeNull();
  });

  it("numbers the rows again from 0 in the values it sends back, and shows at least one row", () => {
    const values = withParticipantValues({ name: "Fatima", "participant-7-name": "weg", deelnemers: "add" }, [
      { name: "Sanne", email: "s@example.org", role: "" },
    ]);
    expect(values).toEqual({
      name: "Fatima",
      "participant-0-name": "Sanne",
      "participant-0-email": "s@example.org",
      "participant-0-role": "",
    });
    expect(participantRowsFromValues(values)).toEqual([{ name: "Sanne", email: "s@example.org", role: "" }]);
    expect(participantRowsFromValues(undefined)).toEqual([{ name: "", email: "", role: "" }]);
  });
});

describe("places of a team event", () => {
  it("are counted in teams", () => {
    expect(teamPlacesLeftLabel(places(10, 7))).toBe("nog ruimte voor 3 teams");
    expect(teamPlacesLeftLabel(places(10, 9))).toBe("nog ruimte voor 1 team");
    expect(teamPlacesLeftLabel(places(10, 10))).toBe("vol");
    expect(teamPlacesLeftLabel(places(null, 4))).toBeNull();
  });
});
