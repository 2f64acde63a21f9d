import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "@/lib/event-editor/field-types";
import { applyRowIntent, flattenValues, nestValues, rowCount } from "@/lib/event-editor/form-values";
import { slugFromTitle } from "@/lib/event-editor/schema";

describe("the event form's values", () => {
  it("nests dotted names into lists and objects, and flattens them back", () => {
    const flat = { title: "x", "rounds.0.title": "Ochtend", "rounds.0.workshops.1.title": "B", "rounds.1.title": "Middag" };
    const nested = nestValues(flat);
    expect(nested).toEqual({ title: "x", rounds: [{ title: "Ochtend", workshops: [undefined, { title: "B" }] }, { title: "Middag" }] });
    expect(flattenValues(nested)).toEqual(flat);
  });

  it("keeps request names away from Object.prototype", () => {
    expect(nestValues({ "__proto__.polluted": "ja", "constructor.prototype.polluted": "ja", "a..b": "x" })).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("adds, removes and moves rows without losing what was typed", () => {
    const values = { title: "x", "speakers.0.name": "Anouk", "speakers.1.name": "Bram", "speakers.2.name": "Cas" };
    expect(applyRowIntent(values, "down:speakers.0")).toEqual({ title: "x", "speakers.0.name": "Bram", "speakers.1.name": "Anouk", "speakers.2.name": "Cas" });
    expect(applyRowIntent(values, "up:speakers.0")).toEqual(values);
    expect(applyRowIntent(values, "remove:speakers.1")).toEqual({ title: "x", "speakers.0.name": "Anouk", "speakers.1.name": "Cas" });
    expect(rowCount(applyRowIntent(values, "add:speakers")!, "speakers")).toBe(4);
    const withRound = applyRowIntent({}, "add:rounds")!;
    expect(rowCount(withRound, "rounds.0.workshops")).toBe(2);
    expect(rowCount(applyRowIntent(withRound, "add:rounds.0.workshops")!, "rounds.0.workshops")).toBe(3);
  });

  it("ignores intents that name no list of the form", () => {
    for (const intent of ["add:title", "remove:speakers", "up:__proto__.0", "add:rounds.0.workshops.1", "remove:speakers.9", "drop:speakers.0"]) {
      expect(applyRowIntent({ "speakers.0.name": "A" }, intent), intent).toBeNull();
    }
  });
});

describe("Amsterdam wall-clock times", () => {
  it("reads a datetime-local value as Amsterdam time in winter and summer", () => {
    expect(fromLocalInput("2027-01-12T14:00")?.toISOString()).toBe("2027-01-12T13:00:00.000Z");
    expect(fromLocalInput("2027-06-15T14:00")?.toISOString()).toBe("2027-06-15T12:00:00.000Z");
    expect(toLocalInput(new Date("2027-06-15T12:00:00.000Z"))).toBe("2027-06-15T14:00");
  });

  it("refuses dates that do not exist", () => {
    for (const value of ["2027-02-29T10:00", "2027-13-01T10:00", "2027-01-01T24:00", "morgen", ""]) expect(fromLocalInput(value), value).toBeNull();
  });
});

describe("slugs", () => {
  it("are made from a Dutch title", () => {
    expect(slugFromTitle("Leercafé: Blik op samenlevingsopbouw!")).toBe("leercafe-blik-op-samenlevingsopbouw");
    expect(slugFromTitle("  Congrestival 2027 — ‘Back to basics’ ")).toBe("congrestival-2027-back-to-basics");
    expect(slugFromTitle("!!!")).toBe("");
  });
});
