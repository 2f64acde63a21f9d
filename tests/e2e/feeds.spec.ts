import { expect, test } from "./fixtures";
import ICAL from "ical.js";

test.describe("feeds for calendars and search engines", () => {
  test("serves the agenda as a calendar subscription and each event as a calendar file", async ({ request }) => {
    const agenda = await request.get("/agenda.ics");
    expect(agenda.headers()["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await agenda.text()));
    const summaries = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component).summary);
    expect(summaries).toContain("Congrestival Back to basics, omzien naar elkaar");
    expect(summaries.filter((summary) => summary.startsWith("Leerkring collectief"))).toHaveLength(6);

    const single = await request.get("/evenementen/leercafe-blik-op-samenlevingsopbouw/agenda.ics");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await single.text())).getFirstSubcomponent("vevent")!);
    const start = event.startDate.toJSDate();
    expect(new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" }).format(start)).toBe("14:00");
    expect(event.location).toBe("Buurtcentrum Filmwijk, Walt Disneyplantsoen 76/78, 1325 SX Almere");

    expect((await request.get("/evenementen/bestaat-niet/agenda.ics")).status()).toBe(404);
  });

  test("describes each event to search engines as schema.org JSON-LD and OpenGraph", async ({ page }) => {
    await page.goto("/evenementen/congrestival-back-to-basics");
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(data).toMatchObject({
      "@type": "Event",
      name: "Congrestival Back to basics, omzien naar elkaar",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      organizer: { "@type": "Organization", name: "Movisie" },
      offers: { price: "0.00", priceCurrency: "EUR" },
    });
    expect(data.location.map((location: { "@type": string }) => location["@type"])).toEqual(["Place", "VirtualLocation"]);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Congrestival Back to basics, omzien naar elkaar");

    await page.goto("/evenementen/minisymposium-grote-zorgen-grote-kansen");
    const online = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(online.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(online.location["@type"]).toBe("VirtualLocation");
  });

  test("offers a sitemap, robots.txt and an Atom feed", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/evenementen/leerkring-collectief-preventief-werken</loc>");
    expect(sitemap).toContain("/evenementen/leercafe-blik-op-samenlevingsopbouw-2022</loc>");
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Disallow: \/aanmelding\//);
    expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
    const atom = await request.get("/atom.xml");
    expect(atom.headers()["content-type"]).toContain("application/atom+xml");
    const text = await atom.text();
    expect(text.match(/<entry>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(text).toContain("Aan de slag met hindernissen bij community building");
  });
});
