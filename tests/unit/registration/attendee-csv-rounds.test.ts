import { describe, expect, it } from "vitest";
import { amsterdamTime } from "@/lib/dates";
import { namedRounds } from "@/lib/events/rounds";
import { attendeesCsv } from "@/lib/registration/attendee-csv";
import type { AdminRegistrationsEvent } from "@/lib/registration/list";

const round = (number: number, kind: "workshops" | "activities", title: string | null, time: string) => ({
  id: number,
  eventId: 1,
  number,
  kind,
  title,
  startsAt: amsterdamTime(`2026-09-25 ${time}`),
  endsAt: amsterdamTime(`2026-09-25 ${time}`),
  workshops: [],
});

describe("the attendee CSV", () => {
  it("heads round columns as the site names them, in the order of the day", () => {
    const rounds = namedRounds([
      round(1, "workshops", "Ochtend", "11:10"),
      round(2, "workshops", null, "14:10"),
      round(3, "activities", "Speeddates, wijkwandeling of posters", "13:00"),
    ]);
    const event = { attendanceMode: "physical", registersTeams: false, lunchProvided: false, rounds } as unknown as AdminRegistrationsEvent;
    const header = attendeesCsv(event, [], { perWorkshop: false }).split("\r\n")[0];
    expect(header).toBe(
      "\uFEFFNaam;E-mailadres;Organisatie;Functie;Workshop ronde 1;Speeddates, wijkwandeling of posters;Workshop ronde 2;Aangemeld op",
    );
  });
});
