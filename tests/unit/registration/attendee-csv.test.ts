import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { attendeesCsv } from "@/lib/registration/attendee-csv";
import type { AdminRegistrationRow, AdminRegistrationsEvent } from "@/lib/registration/list";

const event = { attendanceMode: "physical", registersTeams: false, lunchProvided: false, rounds: [] } as unknown as AdminRegistrationsEvent;
const attendee = (id: number, createdAt: string): AdminRegistrationRow => ({
  id,
  name: `Deelnemer ${id}`,
  email: `d${id}@example.org`,
  organisation: null,
  role: null,
  teamName: null,
  status: "confirmed",
  attendanceMode: "physical",
  dietaryWishes: null,
  createdAt: new Date(createdAt),
  offerExpiresAt: null,
  workshops: [],
});

describe("the attendee CSV's registration time", () => {
  it("is a day-month-year date-time in Amsterdam time, which Dutch Excel reads as one value", () => {
    const csv = attendeesCsv(event, [attendee(1, "2026-12-01T19:04:00Z"), attendee(2, "2026-07-01T07:30:00Z")], { perWorkshop: false });
    const rows = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    // Winter time is UTC+1, summer time UTC+2.
    expect(rows.map((row) => row["Aangemeld op"])).toEqual(["01-12-2026 20:04", "01-07-2026 09:30"]);
  });
});
