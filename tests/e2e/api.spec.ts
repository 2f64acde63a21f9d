import { expect, test } from "./fixtures";

test.describe("JSON API", () => {
  // Reads page 1 of the seeded listing: runs before other tests add events (playwright.config.ts).
  test("lists upcoming events with the listing's filters", { tag: "@seeded-listing" }, async ({ request }) => {
    const response = await request.get("/api/events");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBeGreaterThanOrEqual(5);
    expect(body.page).toBe(1);
    expect(new Set(body.events.map((event: { format: string }) => event.format))).toEqual(new Set(["congrestival", "leercafe", "leerkring", "minisymposium", "themabijeenkomst"]));
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
    // Other browser tests register for this event; the exact counts are checked on the leerkring below.
    expect(body.capacity.physical.total).toBe(250);
    expect(body.capacity.online).toMatchObject({ total: 500 });
    expect(body.registration.state).toBe("open");
    const roundOne = body.rounds.find((round: { number: number }) => round.number === 1);
    expect(roundOne.workshops.find((workshop: { number: number }) => workshop.number === 6)).toMatchObject({
      title: "Sociaal professionals. Handen ineen",
      capacity: 30,
      remaining: expect.any(Number),
    });

    const leercafe = await (await request.get("/api/events/leercafe-blik-op-samenlevingsopbouw")).json();
    expect(leercafe.registration.state).toBe("full");
    const leerkring = await (await request.get("/api/events/leerkring-collectief-preventief-werken")).json();
    expect(leerkring.meetings).toHaveLength(6);
    expect(leerkring.capacity).toEqual({ physical: { total: 10, remaining: 6 } });
  });

  test("answers an unknown event with 404 JSON", async ({ request }) => {
    const response = await request.get("/api/events/bestaat-niet");
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ message: "Deze bijeenkomst bestaat niet." });
  });
});

test.describe("registration API", () => {
  const path = "/api/events/congrestival-back-to-basics/registrations";
  const email = `api-${Date.now()}@example.org`;

  test("registers, refuses a second time, and explains bad input", async ({ request }) => {
    const created = await request.post(path, {
      data: { name: "Gijs Meijer", email, organisation: "Gemeente Almere", role: "Beleidsadviseur", attendanceMode: "physical", workshops: { "1": 1 }, consent: true },
    });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body.status).toBe("confirmed");
    expect(body.manageUrl).toMatch(/^http:\/\/localhost:\d+\/aanmelding\/[A-Za-z0-9_-]{43}$/);

    const again = await request.post(path, { data: { name: "Gijs Meijer", email, attendanceMode: "online", consent: true } });
    expect(again.status()).toBe(409);
    expect(await again.json()).toMatchObject({ reason: "already_registered" });

    const invalid = await request.post(path, { data: { name: "", email: "nee", consent: false } });
    expect(invalid.status()).toBe(422);
    expect((await invalid.json()).errors).toMatchObject({ name: ["Vul je naam in."], consent: [expect.any(String)] });

    const notJson = await request.post(path, { data: "geen json", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(422);

    const full = await request.post("/api/events/leercafe-blik-op-samenlevingsopbouw/registrations", { data: { name: "Hanna Bos", email: `hanna-${email}`, consent: true } });
    expect(full.status()).toBe(409);
    expect(await full.json()).toMatchObject({ reason: "full", message: "Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk." });

    expect((await request.post("/api/events/bestaat-niet/registrations", { data: { name: "X Y", email: `x-${email}`, consent: true } })).status()).toBe(404);
  });
});
