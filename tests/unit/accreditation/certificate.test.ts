import { describe, expect, it } from "vitest";
import { checkRegisterNumber } from "@/lib/accreditation/bodies";
import { awardedAccreditations, certificateAvailability, certificateHours, pointsForBody, type AccreditationForCertificate } from "@/lib/accreditation/certificate";
import { checkRegister } from "@/lib/registration/rules";

const at = (time: string) => new Date(`2026-11-24T${time}:00+01:00`);
const event = { startsAt: at("09:30"), endsAt: at("16:00") };
const rounds = [
  { id: 1, number: 1, title: null, startsAt: at("10:00"), endsAt: at("11:30") },
  { id: 2, number: 2, title: null, startsAt: at("13:00"), endsAt: at("14:00") },
];
const whole: AccreditationForCertificate = { body: "registerplein", bodyName: null, number: "RP-123", points: 4, hours: null, scope: "whole_event", roundIds: [] };
const roundTwo: AccreditationForCertificate = { body: "skj", bodyName: null, number: "SKJ-9", points: 1.5, hours: 1, scope: "rounds", roundIds: [2] };

describe("certificate hours", () => {
  it("is the event's length when no accreditation names parts", () => {
    expect(certificateHours({ event, rounds, accreditations: [whole], attendedRoundIds: [] })).toBe(6.5);
  });
  it("counts only the named parts the person attended", () => {
    const both = { ...roundTwo, roundIds: [1, 2] };
    expect(certificateHours({ event, rounds, accreditations: [both], attendedRoundIds: [1] })).toBe(1.5);
    expect(certificateHours({ event, rounds, accreditations: [both], attendedRoundIds: [1, 2] })).toBe(2.5);
    expect(certificateHours({ event, rounds, accreditations: [both], attendedRoundIds: [] })).toBe(0);
    // With an accreditation for the whole day as well, the day counts.
    expect(certificateHours({ event, rounds, accreditations: [both, whole], attendedRoundIds: [1] })).toBe(6.5);
  });
  it("adds up a series' meetings", () => {
    const meetings = [{ startsAt: at("10:00"), endsAt: at("12:00") }, { startsAt: new Date("2026-12-08T10:00:00+01:00"), endsAt: new Date("2026-12-08T11:30:00+01:00") }];
    expect(certificateHours({ event: { ...event, endsAt: meetings[1]!.endsAt, meetings }, rounds: [], accreditations: [], attendedRoundIds: [] })).toBe(3.5);
  });
});

describe("certificate points", () => {
  it("grants a whole-event accreditation to everyone present, a per-round one only with presence in that round", () => {
    expect(awardedAccreditations({ accreditations: [whole, roundTwo], attendedRoundIds: [1] }).map((a) => a.number)).toEqual(["RP-123"]);
    const awarded = awardedAccreditations({ accreditations: [whole, roundTwo, { ...roundTwo, number: "SKJ-10", roundIds: [1] }], attendedRoundIds: [1, 2] });
    expect(pointsForBody(awarded, "skj")).toBe(3);
    expect(pointsForBody(awarded, "registerplein")).toBe(4);
    expect(pointsForBody(awarded, "kwaliteitsregister_vv")).toBe(0);
  });
});

describe("certificate availability", () => {
  const published = { endsAt: event.endsAt, status: "published" as const };
  it("waits for the end, then needs a check-in", () => {
    expect(certificateAvailability({ checkIn: { at: at("09:40") } }, published, at("15:59"))).toEqual({ available: false, reason: "not_ended" });
    expect(certificateAvailability({ checkIn: null }, published, at("16:00"))).toEqual({ available: false, reason: "not_present" });
    expect(certificateAvailability({ checkIn: { at: at("09:40") } }, published, at("16:00"))).toEqual({ available: true });
    expect(certificateAvailability({ checkIn: { at: at("09:40") } }, { ...published, status: "cancelled" }, at("17:00"))).toEqual({ available: false, reason: "not_held" });
  });
});

describe("register numbers", () => {
  it("takes an 11-digit BIG number for Kwaliteitsregister V&V, spaces and dots dropped", () => {
    expect(checkRegisterNumber("kwaliteitsregister_vv", "1234 5678 901")).toEqual({ ok: true, value: "12345678901" });
    expect(checkRegisterNumber("kwaliteitsregister_vv", "1234567890")).toEqual({ ok: false, message: expect.stringContaining("11 cijfers") });
  });
  it("takes digits only for Registerplein and SKJ, anything plain for another register", () => {
    expect(checkRegisterNumber("registerplein", "100-2345")).toEqual({ ok: true, value: "1002345" });
    expect(checkRegisterNumber("skj", "SKJ12a").ok).toBe(false);
    expect(checkRegisterNumber("other", "NVO-1234")).toEqual({ ok: true, value: "NVO-1234" });
  });
  it("asks for a register among the event's, and ignores both fields on an event without accreditation", () => {
    const errors: Record<string, string[]> = {};
    expect(checkRegister({ registerNumber: "123456" }, [{ body: "skj" }], errors)).toBeNull();
    expect(errors.registerBody).toBeDefined();
    const wrong: Record<string, string[]> = {};
    checkRegister({ registerBody: "registerplein", registerNumber: "123456" }, [{ body: "skj" }], wrong);
    expect(wrong.registerBody?.[0]).toContain("accrediteert deze bijeenkomst niet");
    expect(checkRegister({ registerBody: "skj", registerNumber: "123456" }, [], {})).toBeNull();
    expect(checkRegister({ registerBody: "skj", registerNumber: "12 34 56" }, [{ body: "skj" }], {})).toEqual({ body: "skj", number: "123456" });
  });
});
