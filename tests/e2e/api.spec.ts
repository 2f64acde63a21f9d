import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("lists upcoming events with the listing's filters", async ({ request }) => {
    const response = await request.get("/api/events");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(5);
    expect(body.page).toBe(1);
    expect(body.events.map((event: { format: string }) => event.format).sort()).toEqual(["congrestival", "leercafe", "leerkring", "minisymposium", "themabijeenkomst"]);
    for (const event of body.events) {
      expect(event).toEqual(expect.objectContaining({ slug: expect.any(String), title: expect.any(String), status: "published" }));
      expect(new Date(event.startsAt).toISOString()).toBe(event.startsAt);
      expect(event.url).toMatch(/^http:\/\/localhost:\d+\/evenementen\//);
    }

    const online = await (await request.get("/api/events?mode=online")).json();
    expect(online.events.every((event: { attendanceMode: string }) => event.attendanceMode !== "physical")).toBe(true);
    const search = await (await request.get("/api/events?q=hindernis")).json();
    expect(search.events.map((event: { slug: string }) => event.slug)).toEqual(["themabijeenkomst-hindernissen-community-building"]);
  });

  test("answers bad parameters with 400 and a Dutch message", async ({ request }) => {
    for (const query of ["format=borrel", "page=0", "page=abc", "from=2026-13-45", "mode=teleport", "from=2027-01-10&to=2027-01-01"]) {
      const response = await request.get(`/api/events?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.message).toBe("Ongeldige parameters.");
      expect(Object.keys(body.errors).length, query).toBeGreaterThan(0);
    }
  });

  test("shows one event with places per mode, rounds with places per workshop, and its registration state", async ({ request }) => {
    const body = await (await request.get("/api/events/congrestival-back-to-basics")).json();
    expect(body.attendanceMode).toBe("hybrid");
    expect(body.capacity).toEqual({ physical: { total: 250, remaining: 190 }, online: { total: 500, remaining: 460 } });
    expect(body.registration.state).toBe("open");
    const roundOne = body.rounds.find((round: { number: number }) => round.number === 1);
    expect(roundOne.workshops.find((workshop: { number: number }) => workshop.number === 6)).toMatchObject({
      title: "Sociaal professionals. Handen ineen",
      capacity: 30,
      remaining: 4,
    });

    const leercafe = await (await request.get("/api/events/leercafe-blik-op-samenlevingsopbouw")).json();
    expect(leercafe.registration.state).toBe("full");
    const leerkring = await (await request.get("/api/events/leerkring-collectief-preventief-werken")).json();
    expect(leerkring.meetings).toHaveLength(6);
  });

  test("answers an unknown event with 404 JSON", async ({ request }) => {
    const response = await request.get("/api/events/bestaat-niet");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ message: "Deze bijeenkomst bestaat niet." });
  });
});
