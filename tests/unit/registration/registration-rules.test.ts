import { describe, expect, it } from "vitest";
import { quotaLocks } from "@/lib/registration/capacity/rules";
import { checkAgainstEvent, type EventForRegistration } from "@/lib/registration/rules";
import { registrationInputFromForm, registrationInputSchema } from "@/lib/registration/schema";

const event = (overrides: Partial<EventForRegistration> = {}): EventForRegistration => ({
  attendanceMode: "physical",
  registersTeams: false,
  acceptsQuestions: false,
  lunchProvided: false,
  rounds: [
    { id: 11, number: 1, workshops: [{ id: 101, number: 1, title: "Een", onSiteOnly: false }, { id: 106, number: 6, title: "Zes", onSiteOnly: false }] },
    { id: 12, number: 2, workshops: [{ id: 201, number: 1, title: "Middag", onSiteOnly: false }] },
  ],
  questions: [],
  ...overrides,
});
const input = (overrides: Record<string, unknown> = {}) => ({ attendanceMode: undefined, workshops: {}, answers: {}, ...overrides });

describe("checking a registration against its event", () => {
  it("resolves workshop numbers per round to the database's ids, in round order", () => {
    const result = checkAgainstEvent(input({ workshops: { "2": 1, "1": 6 } }), event());
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        attendanceMode: "physical",
        choices: [
          { roundId: 11, workshopId: 106, roundNumber: 1, workshopNumber: 6 },
          { roundId: 12, workshopId: 201, roundNumber: 2, workshopNumber: 1 },
        ],
      }),
    });
  });

  it("refuses an activity that is only on site to someone taking part online, and allows it on site", () => {
    const hybrid = event({
      attendanceMode: "hybrid",
      rounds: [{ id: 13, number: 3, workshops: [{ id: 301, number: 1, title: "Wijkwandeling", onSiteOnly: true }, { id: 302, number: 2, title: "Speeddates", onSiteOnly: false }] }],
    });
    expect(checkAgainstEvent(input({ attendanceMode: "online", workshops: { "3": 1 } }), hybrid)).toEqual({
      ok: false,
      errors: { "workshops.3": ['"Wijkwandeling" is alleen op locatie. Kies iets anders, of doe op locatie mee.'] },
    });
    expect(checkAgainstEvent(input({ attendanceMode: "online", workshops: { "3": 2 } }), hybrid)).toMatchObject({ ok: true });
    expect(checkAgainstEvent(input({ attendanceMode: "physical", workshops: { "3": 1 } }), hybrid)).toMatchObject({ ok: true });
  });

  it("refuses a workshop that is not in that round", () => {
    expect(checkAgainstEvent(input({ workshops: { "2": 6, "3": 1 } }), event())).toEqual({
      ok: false,
      errors: { "workshops.2": ["Deze workshop bestaat niet (meer); kies een andere."], "workshops.3": ["Deze workshop bestaat niet (meer); kies een andere."] },
    });
  });

  it("asks a hybrid event's registrant to choose, and takes the only mode otherwise", () => {
    expect(checkAgainstEvent(input(), event({ attendanceMode: "hybrid" }))).toMatchObject({ ok: false, errors: { attendanceMode: [expect.any(String)] } });
    expect(checkAgainstEvent(input({ attendanceMode: "online" }), event({ attendanceMode: "hybrid" }))).toMatchObject({ ok: true, value: { attendanceMode: "online" } });
    expect(checkAgainstEvent(input({ attendanceMode: "physical" }), event({ attendanceMode: "online" }))).toMatchObject({ ok: true, value: { attendanceMode: "online" } });
  });

  it("requires required answers, checks choices, and refuses answers to questions of other events", () => {
    const questions = [
      { id: 7, label: "Sector", kind: "choice" as const, required: true, options: ["Beleid", "Onderwijs"] },
      { id: 8, label: "Opmerking", kind: "short_text" as const, required: false, options: [] },
    ];
    expect(checkAgainstEvent(input({ answers: {} }), event({ questions }))).toMatchObject({ ok: false, errors: { "answers.7": ["Beantwoord deze vraag."] } });
    expect(checkAgainstEvent(input({ answers: { "7": "Sport" } }), event({ questions }))).toMatchObject({ ok: false, errors: { "answers.7": ["Kies een van de mogelijkheden."] } });
    expect(checkAgainstEvent(input({ answers: { "7": "Beleid", "99": "x" } }), event({ questions }))).toMatchObject({ ok: false, errors: { "answers.99": [expect.any(String)] } });
    expect(checkAgainstEvent(input({ answers: { "7": "Beleid", "8": "  " } }), event({ questions }))).toMatchObject({ ok: true, value: { answers: { "7": "Beleid" } } });
  });

  it("keeps a panel question only where the event takes them, and dietary wishes only for lunch on site", () => {
    const withExtras = input({ question: "Hoe verder?", dietaryWishes: "vegan" });
    expect(checkAgainstEvent(withExtras, event())).toMatchObject({ ok: true, value: { question: undefined, dietaryWishes: undefined } });
    expect(checkAgainstEvent(withExtras, event({ acceptsQuestions: true, lunchProvided: true }))).toMatchObject({ ok: true, value: { question: "Hoe verder?", dietaryWishes: "vegan" } });
    expect(checkAgainstEvent({ ...withExtras, attendanceMode: "online" }, event({ attendanceMode: "hybrid", lunchProvided: true }))).toMatchObject({ ok: true, value: { dietaryWishes: undefined } });
  });
});

describe("quota locks", () => {
  it("come in one global order, modes before workshops, each once", () => {
    expect(quotaLocks(5, ["online", "physical"], [30, 12, 30])).toEqual([
      { kind: 1, id: 5 },
      { kind: 2, id: 5 },
      { kind: 3, id: 12 },
      { kind: 3, id: 30 },
    ]);
  });
});

describe("the registration form's fields", () => {
  it("reads workshops per round, answers per question and the consent box", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ name: " Noor ", email: "noor@example.org", "workshop-1": "6", "workshop-2": "", "answer-7": "Beleid", consent: "on", website: "" })) form.append(key, value);
    const raw = registrationInputFromForm(form);
    expect(raw).toMatchObject({ workshops: { "1": 6 }, answers: { "7": "Beleid" }, consent: true });
    expect(registrationInputSchema.parse(raw)).toMatchObject({ name: "Noor", email: "noor@example.org", workshops: { "1": 6 } });
  });

  it("refuses a missing consent and a filled honeypot", () => {
    const result = registrationInputSchema.safeParse({ name: "Noor", email: "noor@example.org", consent: false, website: "http://spam" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["consent", "website"]);
  });

  it("trims the e-mail address and refuses one without a domain", () => {
    expect(registrationInputSchema.parse({ name: "Noor", email: "  noor@example.org ", consent: true }).email).toBe("noor@example.org");
    expect(registrationInputSchema.safeParse({ name: "Noor", email: "noor@", consent: true }).success).toBe(false);
  });
});
