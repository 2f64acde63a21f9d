import { describe, expect, it } from "vitest";
import { amsterdamTime } from "@/lib/dates";
import { labelledChoices, namedRounds, roundChoiceLabel, roundHeading, roundNames, workshopsInDayOrder } from "@/lib/events/rounds";

// The congrestival's day: the activities round was added last (number 3) but takes place between rounds 1 and 2.
const day = [
  {
    number: 1,
    kind: "workshops" as const,
    title: "Ochtendprogramma",
    startsAt: amsterdamTime("2022-09-23 11:10"),
    endsAt: amsterdamTime("2022-09-23 12:10"),
  },
  {
    number: 2,
    kind: "workshops" as const,
    title: null,
    startsAt: amsterdamTime("2022-09-23 14:10"),
    endsAt: amsterdamTime("2022-09-23 15:10"),
  },
  {
    number: 3,
    kind: "activities" as const,
    title: "Speeddates, wijkwandeling of posters",
    startsAt: amsterdamTime("2022-09-23 13:00"),
    endsAt: amsterdamTime("2022-09-23 14:00"),
  },
];

describe("naming rounds", () => {
  it("orders rounds by time and names an activities round by its title", () => {
    expect(namedRounds(day).map((round) => round.name)).toEqual(["Ronde 1", "Speeddates, wijkwandeling of posters", "Ronde 2"]);
  });

  it("numbers workshop rounds by their place in time among workshop rounds, not by their stored number", () => {
    const reordered = [
      { ...day[0]!, number: 2 },
      { ...day[1]!, number: 1, startsAt: amsterdamTime("2022-09-23 09:00"), endsAt: amsterdamTime("2022-09-23 10:00") },
      day[2]!,
    ];
    expect(Object.fromEntries(roundNames(reordered))).toEqual({ 1: "Ronde 1", 2: "Ronde 2", 3: "Speeddates, wijkwandeling of posters" });
  });

  it("writes headings with the round's own title and time", () => {
    expect(namedRounds(day).map(roundHeading)).toEqual([
      "Ronde 1: Ochtendprogramma (11.10\u2013\u206012.10\u00a0uur)",
      "Speeddates, wijkwandeling of posters (13.00\u2013\u206014.00\u00a0uur)",
      "Ronde 2 (14.10\u2013\u206015.10\u00a0uur)",
    ]);
  });

  it("calls an untitled activities round Activiteiten", () => {
    expect(roundNames([{ ...day[2]!, title: null }]).get(3)).toBe("Activiteiten");
  });

  it("labels chosen workshops by round, in the order of the day", () => {
    const choices = [
      { roundNumber: 2, title: "Jongerenwerk" },
      { roundNumber: 3, title: "Wijkwandeling" },
      { roundNumber: 1, title: "Handen ineen" },
    ];
    expect(labelledChoices(choices, day).map((choice) => [choice.roundLabel, choice.title])).toEqual([
      ["Workshop ronde 1", "Handen ineen"],
      ["Speeddates, wijkwandeling of posters", "Wijkwandeling"],
      ["Workshop ronde 2", "Jongerenwerk"],
    ]);
    expect(roundChoiceLabel({ kind: "workshops", name: "Ronde 2" })).toBe("Workshop ronde 2");
  });
});

describe("workshops in the order of the day", () => {
  it("names each workshop with its round as the site does, for filters, charts and reports", () => {
    const withWorkshops = day.map((round) => ({
      ...round,
      workshops: [
        { id: round.number * 10 + 2, number: 2, title: `Tweede van ${round.number}` },
        { id: round.number * 10 + 1, number: 1, title: `Eerste van ${round.number}` },
      ],
    }));
    expect(workshopsInDayOrder(withWorkshops).map((workshop) => [workshop.id, workshop.label])).toEqual([
      [11, "Ronde 1, workshop 1: Eerste van 1"],
      [12, "Ronde 1, workshop 2: Tweede van 1"],
      [31, "Speeddates, wijkwandeling of posters, workshop 1: Eerste van 3"],
      [32, "Speeddates, wijkwandeling of posters, workshop 2: Tweede van 3"],
      [21, "Ronde 2, workshop 1: Eerste van 2"],
      [22, "Ronde 2, workshop 2: Tweede van 2"],
    ]);
  });
});
