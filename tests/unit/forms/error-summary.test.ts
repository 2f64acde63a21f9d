import { describe, expect, it } from "vitest";
import { errorSummaryLinks, errorTitle, fieldId, inputNameForError } from "@/lib/forms/error-summary";

describe("the error summary's links", () => {
  it("point at the input each error key is about, also for keys with dots", () => {
    expect(inputNameForError("workshops.1")).toBe("workshop-1");
    expect(inputNameForError("answers.4")).toBe("answer-4");
    expect(inputNameForError("team.participants.0.name")).toBe("participant-0-name");
    expect(inputNameForError("team.participants.12.email")).toBe("participant-12-email");
    expect(inputNameForError("team.participants")).toBe("participant-0-name");
    expect(inputNameForError("team.organisation")).toBe("team-organisation");
    expect(inputNameForError("team")).toBe("team-organisation");
    expect(inputNameForError("email")).toBe("email");
    expect(errorSummaryLinks({ "workshops.1": ["Kies een workshop."], "team.participants.0.name": ["Vul de naam in."] })).toEqual([
      { key: "workshops.1", href: `#${fieldId("workshop-1")}`, message: "Kies een workshop." },
      { key: "team.participants.0.name", href: "#veld-participant-0-name", message: "Vul de naam in." },
    ]);
  });

  it("list every field with errors once, in the form's order, joining its messages", () => {
    const links = errorSummaryLinks(
      { consent: ["Geef toestemming."], name: ["Vul je naam in.", "Te kort."], attendanceMode: ["Kies hoe je meedoet."], "answers.4": ["Beantwoord deze vraag."], email: undefined, role: [] },
      { order: ["name", "email", "attendanceMode", "answers.", "consent"] },
    );
    expect(links.map((link) => [link.key, link.message])).toEqual([
      ["name", "Vul je naam in. Te kort."],
      ["attendanceMode", "Kies hoe je meedoet."],
      ["answers.4", "Beantwoord deze vraag."],
      ["consent", "Geef toestemming."],
    ]);
  });

  it("keep errors that belong to no field as text, and take an id override", () => {
    expect(errorSummaryLinks({ form: ["Probeer het opnieuw."], intoId: ["Kies een vraag."] }, { targets: { intoId: "veld-intoId-7" } })).toEqual([
      { key: "form", href: null, message: "Probeer het opnieuw." },
      { key: "intoId", href: "#veld-intoId-7", message: "Kies een vraag." },
    ]);
  });

  it("prefix the page title once", () => {
    expect(errorTitle("Aanmelden | Bijeen")).toBe("Fout: Aanmelden | Bijeen");
    expect(errorTitle("Fout: Aanmelden | Bijeen")).toBe("Fout: Aanmelden | Bijeen");
  });
});
