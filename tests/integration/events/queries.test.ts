import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findPublicEvent, listUpcomingEvents } from "@/lib/events/queries";
import { makeEvent } from "@/tests/factories";

describe("public event queries", () => {
  it("lists upcoming public events soonest first, without drafts or past events", async () => {
    const now = new Date();
    await makeEvent(db, { slug: "later", startsAt: addDays(now, 30) });
    await makeEvent(db, { slug: "sooner", startsAt: addDays(now, 3) });
    await makeEvent(db, { slug: "concept", startsAt: addDays(now, 5), status: "draft" });
    await makeEvent(db, { slug: "voorbij", startsAt: addDays(now, -10) });
    await makeEvent(db, { slug: "geannuleerd", startsAt: addDays(now, 10), status: "cancelled" });

    const slugs = (await listUpcomingEvents(now)).map((event) => event.slug);
    expect(slugs).toEqual(["sooner", "geannuleerd", "later"]);
  });

  it("never shows a draft, and never hands out online join details", async () => {
    await makeEvent(db, { slug: "concept", status: "draft" });
    await makeEvent(db, { slug: "online", attendanceMode: "online", onlineJoinUrl: "https://teams.example.org/geheim" });
    expect(await findPublicEvent("concept")).toBeNull();
    const online = await findPublicEvent("online");
    expect(online).not.toBeNull();
    expect(JSON.stringify(online)).not.toContain("geheim");
  });
});
