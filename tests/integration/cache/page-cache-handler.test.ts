import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { CHANNEL, notifyOnce, PageCache } from "@/lib/cache/page-cache-handler.mjs";

// Two PageCaches on the real test database stand for two `next start` processes: an expiry in one must reach
// the other through LISTEN/NOTIFY, and a lost connection must empty the cache (docs/decisions/006).

const databaseUrl = process.env.DATABASE_URL!;
const made: PageCache[] = [];
const quiet = () => {};

async function listening(): Promise<PageCache> {
  const cache = new PageCache({ databaseUrl, log: quiet });
  made.push(cache);
  await cache.start();
  expect(cache.usable).toBe(true);
  return cache;
}

async function until(condition: () => boolean) {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
  return condition();
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((cache) => cache.stop()));
});

describe("the page cache across processes", () => {
  it("drops a page on the other process when a tag expires here", async () => {
    const [one, two] = [await listening(), await listening()];
    for (const cache of [one, two]) {
      cache.get("/evenementen/a");
      cache.set("/evenementen/a", { kind: "APP_PAGE", html: "oud" }, { tags: ["event:a"] });
      expect(cache.get("/evenementen/a")?.value).toEqual({ kind: "APP_PAGE", html: "oud" });
    }
    await one.expire(["event:a"]);
    expect(one.get("/evenementen/a")).toBeNull();
    expect(await until(() => two.get("/evenementen/a") === null)).toBe(true);
  });

  it("hears an expiry sent by a script without a cache", async () => {
    const cache = await listening();
    cache.get("k");
    cache.set("k", { kind: "APP_PAGE" }, { tags: ["listings"] });
    await notifyOnce(databaseUrl, ["listings"]);
    expect(await until(() => cache.get("k") === null)).toBe(true);
  });

  it("does not keep a render that started before an expiry, nor one past its lifetime", async () => {
    const cache = await listening();
    expect(cache.get("k")).toBeNull(); // the render starts
    await cache.expire(["event:a"]); // a registration commits meanwhile
    cache.set("k", { kind: "APP_PAGE" }, { tags: ["event:a"] });
    expect(cache.get("k")).toBeNull();

    cache.set("k", { kind: "APP_PAGE" }, { tags: ["event:a"], lifetimeSeconds: 0.05 });
    expect(cache.get("k")).not.toBeNull();
    expect(await until(() => cache.get("k") === null)).toBe(true);
  });

  it("sends the expiries of a rush of writes together, and every one of them reaches the other process", async () => {
    const [one, two] = [await listening(), await listening()];
    const listener = new pg.Client({ connectionString: databaseUrl });
    await listener.connect();
    const heard: string[][] = [];
    listener.on("notification", (message) => {
      const payload = JSON.parse(message.payload ?? "{}");
      if (payload.origin === one.origin) heard.push(payload.tags);
    });
    await listener.query(`LISTEN ${CHANNEL}`);
    try {
      const tags = Array.from({ length: 50 }, (_, index) => `event:rush-${index}`);
      for (const tag of tags) {
        two.get(tag);
        two.set(tag, { kind: "APP_PAGE" }, { tags: [tag] });
      }
      await Promise.all(tags.map((tag) => one.expire([tag])));
      expect(await until(() => tags.every((tag) => two.get(tag) === null))).toBe(true);
      expect(await until(() => heard.flat().length === tags.length)).toBe(true);
      // The first goes out alone; the 49 that came while it was on its way, together.
      expect(heard.length).toBeLessThanOrEqual(3);
    } finally {
      await listener.end();
    }
  });

  it("sends an expiry that comes the moment the previous notification was sent", async () => {
    const cache = await listening();
    await cache.expire(["event:eerste"]);
    // Here the sending loop has resolved the first but not yet stopped: the second must not wait forever.
    const second = await Promise.race([cache.expire(["event:tweede"]).then(() => "sent"), new Promise((resolve) => setTimeout(() => resolve("never sent"), 5000))]);
    expect(second).toBe("sent");
  });

  it("empties itself and serves nothing when its LISTEN connection is lost, until it is back", async () => {
    const cache = await listening();
    cache.get("k");
    cache.set("k", { kind: "APP_PAGE" }, { tags: [] });
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'bijeen-page-cache' AND datname = current_database()`);
    } finally {
      await admin.end();
    }
    expect(await until(() => !cache.usable)).toBe(true);
    expect(cache.entries.size).toBe(0);
    expect(await until(() => cache.usable)).toBe(true);
    expect(cache.get("k")).toBeNull();
  });
});
