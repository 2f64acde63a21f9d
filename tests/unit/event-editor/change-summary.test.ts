import { describe, expect, it } from "vitest";
import { changeSummary } from "@/lib/event-editor/change-summary";
import type { EditableEvent } from "@/lib/event-editor/values-from-event";

const event: EditableEvent = {
  version: 1,
  title: "Leercafé Wijkgericht Werken",
  slug: "leercafe-wijkgericht-werken",
  format: "leercafe",
  summary: "Samen leren.",
  body: "Tekst.",
  audience: null,
  organiser: "Movisie",
  partners: [],
  startsAt: new Date("2027-01-12T13:00:00Z"),
  endsAt: new Date("2027-01-12T16:00:00Z"),
  attendanceMode: "physical",
  venueName: "Buurthuis De Linde",
  venueAddress: null,
  venuePostcode: null,
  venueCity: "Utrecht",
  venueRouteNotes: null,
  onlinePlatform: null,
  onlineJoinUrl: null,
  onlineJoinDetails: null,
  priceCents: 0,
  lunchProvided: false,
  capacityPhysical: 100,
  capacityOnline: null,
  registrationOpensAt: null,
  registrationClosesAt: null,
  waitlistEnabled: true,
  waitlistOffers: false,
  offerHours: 24,
  retentionMonths: null,
  requiresApproval: false,
  registersTeams: false,
  acceptsQuestions: false,
  statusNote: null,
  contactPersons: [],
  speakers: [],
  programmeItems: [],
  rounds: [],
  meetings: [],
  questions: [],
};

describe("the audit sentence of an event save", () => {
  it("gives the old and the new value of each changed field, as the organiser would say them", () => {
    const after: EditableEvent = {
      ...event,
      version: 2,
      capacityPhysical: 80,
      startsAt: new Date("2027-01-12T12:30:00Z"),
      waitlistEnabled: false,
      format: "themabijeenkomst",
      priceCents: 1250,
      registrationClosesAt: new Date("2027-01-10T23:00:00Z"),
    };
    expect(changeSummary(event, after)).toBe(
      '"Leercafé Wijkgericht Werken" bewerkt. Gewijzigd: Soort bijeenkomst van Leercafé naar Themabijeenkomst, Begint op van 12-01-2027 14:00 naar 12-01-2027 13:30, ' +
        "Prijs van € 0 naar € 12,50, Plekken op locatie van 100 naar 80, Aanmelden sluit van leeg naar 11-01-2027 00:00, Wachtlijst van ja naar nee.",
    );
  });

  it("says 'geen limiet' for an empty capacity and 'nog niet bekend' for an unknown venue", () => {
    expect(changeSummary(event, { ...event, capacityPhysical: null, venueName: null })).toBe(
      '"Leercafé Wijkgericht Werken" bewerkt. Gewijzigd: Naam van de locatie van "Buurthuis De Linde" naar nog niet bekend, Plekken op locatie van 100 naar geen limiet.',
    );
  });

  it("shortens a long text and only names a changed list", () => {
    const body = "Een lange beschrijving ".repeat(10);
    const summary = changeSummary(event, { ...event, body, speakers: [{ name: "Anouk", description: null }] });
    expect(summary).toBe(`"Leercafé Wijkgericht Werken" bewerkt. Gewijzigd: Beschrijving van "Tekst." naar "${body.trim().slice(0, 59)}…", Sprekers.`);
  });

  it("only names a long text that changed beyond what is shown", () => {
    const body = "Een lange beschrijving ".repeat(10);
    expect(changeSummary({ ...event, body }, { ...event, body: `${body}Met een zin erbij.` })).toBe('"Leercafé Wijkgericht Werken" bewerkt. Gewijzigd: Beschrijving.');
  });

  it("says so when nothing changed", () => {
    expect(changeSummary(event, { ...event, version: 2 })).toBe('"Leercafé Wijkgericht Werken" opgeslagen zonder wijzigingen.');
  });
});
