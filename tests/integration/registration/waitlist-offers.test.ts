import { addDays, addHours } from "date-fns";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { CHANNEL } from "@/lib/cache/page-cache-handler.mjs";
import { db } from "@/lib/db/client";
import { eventTag } from "@/lib/events/page-tags";
import { pageExpiriesSent } from "@/lib/events/invalidate";
import { passExpiredOffersOn } from "@/lib/mail/worker";
import { acceptOffer, declineOffer, expireOffers } from "@/lib/registration/capacity/offers";
import { cancelRegistration } from "@/lib/registration/manage";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";
const startsAt = addDays(new Date(), 30);
const person = (index: number) => ({ name: `Deelnemer ${index}`, email: `d${index}@example.org`, consent: true });

async function registered(slug: string, index: number) {
  const outcome = await registerForEvent(slug, person(index), { baseUrl });
  if (outcome.kind !== "registered") throw new Error(`not registered: ${JSON.stringify(outcome)}`);
  return outcome;
}
const find = (id: number) => db.registration.findUniqueOrThrow({ where: { id } });
const statusOf = async (id: number) => (await find(id)).status;

async function leercafe(slug: string, capacity = 2) {
  return makeEvent(db, { slug, format: "leercafe", startsAt, capacityPhysical: capacity, waitlistEnabled: true, waitlistOffers: true, offerHours: 24 });
}

describe("waitlist offers that expire", () => {
  it("offers a freed place to the first waiting person and holds it for them", async () => {
    await leercafe("aanbod");
    const first = await registered("aanbod", 1);
    await registered("aanbod", 2);
    const waiting = await registered("aanbod", 3);
    const now = new Date();

    await cancelRegistration(db, first.manageToken, { baseUrl, now });
    const offered = await find(waiting.registrationId);
    expect(offered.status).toBe("offered");
    expect(offered.offerExpiresAt).toEqual(addHours(now, 24));
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "offered", registrationId: waiting.registrationId } });
    expect(mail.text).toContain(`${baseUrl}/aanmelding/${waiting.manageToken}/aanbod`);
    // The place is held: a newcomer goes to the waitlist.
    expect(await registered("aanbod", 4)).toMatchObject({ status: "waitlisted" });
    expect(await db.auditEntry.count({ where: { action: "registration.offer" } })).toBe(1);

    expect(await acceptOffer(db, waiting.manageToken, { baseUrl, now: addHours(now, 2) })).toMatchObject({ kind: "accepted" });
    expect(await find(waiting.registrationId)).toMatchObject({ status: "confirmed", offerExpiresAt: null });
    expect(await db.outboxMessage.count({ where: { kind: "confirmed", registrationId: waiting.registrationId } })).toBe(1);
    // A second click changes nothing.
    expect(await acceptOffer(db, waiting.manageToken, { baseUrl, now: addHours(now, 2) })).toMatchObject({ kind: "refused", message: "Je hebt deze plek al aangenomen." });
  });

  it("passes an expired offer to the next in line while a parallel cancellation frees another place: nobody skipped, never overbooked", async () => {
    const event = await leercafe("verloopt");
    const a = await registered("verloopt", 1);
    const b = await registered("verloopt", 2);
    const w1 = await registered("verloopt", 3);
    const w2 = await registered("verloopt", 4);
    const w3 = await registered("verloopt", 5);
    const w4 = await registered("verloopt", 6);
    const now = new Date();
    await cancelRegistration(db, a.manageToken, { baseUrl, now });
    expect(await statusOf(w1.registrationId)).toBe("offered");

    const later = addHours(now, 25);
    const [expired] = await Promise.all([expireOffers(db, { baseUrl, now: later }), cancelRegistration(db, b.manageToken, { baseUrl, now: later })]);

    expect(await statusOf(w1.registrationId)).toBe("cancelled");
    expect(await statusOf(w2.registrationId)).toBe("offered");
    expect(await statusOf(w3.registrationId)).toBe("offered");
    expect(await statusOf(w4.registrationId)).toBe("waitlisted");
    const holding = await db.registration.count({ where: { eventId: event.id, status: { in: ["confirmed", "pending", "offered"] } } });
    expect(holding).toBe(2);
    expect(await db.outboxMessage.count({ where: { kind: "offer_expired", registrationId: w1.registrationId } })).toBe(1);
    expect(expired.eventSlugs).toEqual(["verloopt"]);

    // Running late or twice does nothing more.
    expect((await expireOffers(db, { baseUrl, now: later })).mailIds).toEqual([]);
    expect(await db.registration.count({ where: { eventId: event.id, status: "offered" } })).toBe(2);
  });

  it("refuses to accept after the offer expired, in Dutch, and passes the place on there and then", async () => {
    await leercafe("te-laat", 1);
    const a = await registered("te-laat", 1);
    const w1 = await registered("te-laat", 2);
    const w2 = await registered("te-laat", 3);
    const now = new Date();
    await cancelRegistration(db, a.manageToken, { baseUrl, now });

    const outcome = await acceptOffer(db, w1.manageToken, { baseUrl, now: addHours(now, 24) });
    expect(outcome).toMatchObject({ kind: "refused" });
    expect(outcome.kind === "refused" && outcome.message).toMatch(/^Dit aanbod is verlopen op .+\. De plek is naar de volgende op de wachtlijst gegaan\.$/);
    expect(await statusOf(w1.registrationId)).toBe("cancelled");
    expect(await statusOf(w2.registrationId)).toBe("offered");
    expect(await acceptOffer(db, w1.manageToken, { baseUrl, now: addHours(now, 24) })).toMatchObject({
      kind: "refused",
      message: "Dit aanbod geldt niet meer: de aanmelding is geannuleerd of het aanbod is verlopen.",
    });
  });

  it("passes a declined offer to the next in line", async () => {
    await leercafe("nee", 1);
    const a = await registered("nee", 1);
    const w1 = await registered("nee", 2);
    const w2 = await registered("nee", 3);
    await cancelRegistration(db, a.manageToken, { baseUrl });
    expect(await declineOffer(db, w1.manageToken, { baseUrl })).toMatchObject({ kind: "declined" });
    expect(await statusOf(w1.registrationId)).toBe("cancelled");
    expect(await statusOf(w2.registrationId)).toBe("offered");
    expect(await db.auditEntry.count({ where: { action: "registration.offer.decline" } })).toBe(1);
  });

  it("promotes at once when the event does not use offers", async () => {
    await makeEvent(db, { slug: "direct", startsAt, capacityPhysical: 1, waitlistEnabled: true });
    const a = await registered("direct", 1);
    const w1 = await registered("direct", 2);
    await cancelRegistration(db, a.manageToken, { baseUrl });
    expect(await statusOf(w1.registrationId)).toBe("confirmed");
  });

  describe("on the queue", () => {
    const stops: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const stop of stops.splice(0).reverse()) await stop();
    });

    it("expires the event's pages on every server when a lapsed offer frees a place", async () => {
      await leercafe("vrijgekomen", 1);
      const a = await registered("vrijgekomen", 1);
      const w1 = await registered("vrijgekomen", 2);
      await cancelRegistration(db, a.manageToken, { baseUrl });
      await db.registration.update({ where: { id: w1.registrationId }, data: { offerExpiresAt: addHours(new Date(), -1) } });
      // What every `next start` hears (lib/cache/page-cache-handler.mjs).
      const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await listener.connect();
      stops.push(() => listener.end());
      const heard: string[][] = [];
      listener.on("notification", (message) => heard.push((JSON.parse(message.payload ?? "{}") as { tags?: string[] }).tags ?? []));
      await listener.query(`LISTEN ${CHANNEL}`);
      const dispatched: number[] = [];

      // The job's own function, as the queue runs it each minute.
      await passExpiredOffersOn(db, { baseUrl, dispatch: async (ids) => void dispatched.push(...ids) });
      await pageExpiriesSent();

      await expect.poll(() => heard.flat(), { timeout: 5_000, interval: 50 }).toContain(eventTag("vrijgekomen"));
      expect(await statusOf(w1.registrationId)).toBe("cancelled");
      expect(await db.outboxMessage.count({ where: { id: { in: dispatched }, kind: "offer_expired" } })).toBe(1);
    });
  });
});
