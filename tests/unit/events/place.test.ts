import { describe, expect, it } from "vitest";
import { isVenueUnknown, placeLabel } from "@/lib/events/place";

describe("placeLabel", () => {
  it("names venue and city", () => {
    expect(placeLabel({ attendanceMode: "physical", venueName: "Buurtcentrum Filmwijk", venueCity: "Almere" })).toBe(
      "Buurtcentrum Filmwijk, Almere",
    );
  });
  it("says Online for online events, whatever venue fields hold", () => {
    expect(placeLabel({ attendanceMode: "online", venueName: "Ergens", venueCity: "Utrecht" })).toBe("Online");
  });
  it("adds online for hybrid events", () => {
    expect(placeLabel({ attendanceMode: "hybrid", venueName: "Krachtstation", venueCity: "Utrecht" })).toBe("Krachtstation, Utrecht en online");
  });
  it("says the location is not known yet, keeping a known city", () => {
    expect(placeLabel({ attendanceMode: "physical", venueName: null, venueCity: "Utrecht" })).toBe("Utrecht, locatie nog niet bekend");
    expect(placeLabel({ attendanceMode: "physical", venueName: null, venueCity: null })).toBe("Locatie nog niet bekend");
  });
  it("does not promise a location for an event that is over", () => {
    expect(placeLabel({ attendanceMode: "physical", venueName: null, venueCity: "Utrecht" }, { past: true })).toBe("Utrecht");
    expect(placeLabel({ attendanceMode: "hybrid", venueName: null, venueCity: null }, { past: true })).toBe("Op locatie en online");
  });
  it("knows when a venue is still unknown", () => {
    expect(isVenueUnknown({ attendanceMode: "physical", venueName: null, venueCity: "Utrecht" })).toBe(true);
    expect(isVenueUnknown({ attendanceMode: "online", venueName: null, venueCity: null })).toBe(false);
    expect(isVenueUnknown({ attendanceMode: "hybrid", venueName: "Krachtstation", venueCity: null })).toBe(false);
  });
});
