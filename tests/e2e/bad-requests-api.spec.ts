import { expect, test } from "./fixtures";

// Requests a visitor's browser would never send, but anyone can: none of them may answer 500.
// (The file name ends in api.spec.ts: the answers do not depend on the screen, so it runs in the desktop project only.)

const event = "congrestival-back-to-basics";

test.describe("requests from outside never answer 500", () => {
  test("a path with a malformed percent-encoding or a control character is the Dutch 404 page, or 404 JSON under /api", async ({ request }) => {
    for (const path of ["/evenementen/%ff", "/evenementen/%ff/agenda.ics", "/evenementen/%ff/aanmelden", "/aanmelding/%ff", "/aanmelding/%00", "/evenementen/%00", "/admin/evenementen/%ff"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("text/html");
      expect(await response.text(), path).toContain("Pagina niet gevonden");
    }
    for (const path of ["/api/events/%ff", "/api/events/%00", `/api/events/${event}%00`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect((await response.json()).message, path).toBe("Dit adres bestaat niet.");
    }
    for (const path of ["/api/events/%ff/registrations", "/api/events/%00/registrations"]) {
      const response = await request.post(path, { data: { name: "Noor de Vries", email: "noor@example.org", consent: true } });
      expect(response.status(), path).toBe(404);
      expect((await response.json()).message, path).toBe("Dit adres bestaat niet.");
    }
  });

  test("a NUL in a name, organisation, role or team field of the JSON API is a 422 on that field", async ({ request }) => {
    const response = await request.post(`/api/events/${event}/registrations`, {
      data: { name: "Noor\u0000 de Vries", email: `nul-${Date.now()}@example.org`, organisation: "Gemeente\u0000", role: "Advi\u0000seur", attendanceMode: "online", consent: true },
    });
    expect(response.status()).toBe(422);
    const message = ["Hier staat een onzichtbaar teken in dat we niet kunnen bewaren. Typ de tekst opnieuw."];
    expect((await response.json()).errors).toMatchObject({ name: message, organisation: message, role: message });
  });

  test("a search term with a NUL still searches", async ({ request }) => {
    expect((await request.get("/api/events?q=hinder%00nis")).status()).toBe(200);
    const page = await request.get("/?q=hinder%00nis");
    expect(page.status()).toBe(200);
  });

  test("a server action posted from another site is refused with 403, with or without JavaScript's headers", async ({ request }) => {
    const withJavaScript = await request.post(`/evenementen/${event}/aanmelden`, {
      headers: { Origin: "https://elders.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(withJavaScript.status()).toBe(403);
    expect(await withJavaScript.text()).toBe("Dit formulier kan alleen vanaf Bijeen zelf worden verstuurd.");
    const withoutJavaScript = await request.post("/admin/inloggen", {
      headers: { Origin: "https://elders.example" },
      multipart: { [`$ACTION_ID_${"0".repeat(42)}`]: "", email: "beheer@example.org", password: "x" },
    });
    expect(withoutJavaScript.status()).toBe(403);
  });
});
