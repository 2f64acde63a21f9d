// Next's incremental cache (`cacheHandler` in next.config.js) for every `next start` of one site: rendered
// pages and `unstable_cache` entries live in this process's memory, and a tag expired anywhere expires them
// everywhere through PostgreSQL LISTEN/NOTIFY (docs/decisions/006-page-cache-isr.md).
//
// Plain JavaScript without `server-only`: Next loads this file itself at run time, outside the bundle.
//
// Never stale, by three rules:
// - an entry is dropped when one of its tags expired after its render *started* (the first miss of its
//   key), not after it was stored: a render that read the database before a registration committed is
//   never kept;
// - an entry is dropped when its lifetime (the page's `revalidate`, which the page sets to the next moment
//   it changes by itself) has passed: the next request renders again and waits for it, instead of Next's
//   stale-while-revalidate answer;
// - while the LISTEN connection is not up, nothing is served from or stored in the cache; when it comes back
//   (or is lost), the whole cache is dropped, since a notification may have been missed in between.
// Only answers with status 200 are stored: made-up addresses cannot fill the memory.

import pg from "pg";

export const CHANNEL = "bijeen_page_cache";
const TAGS_HEADER = "x-next-cache-tags";
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
const RECONNECT_MS = 500;

/** One process's cache: entries, tag expiries and the LISTEN connection that keeps them true. */
export class PageCache {
  /** @param {{ databaseUrl?: string, maxBytes?: number, log?: (message: string) => void }} options */
  constructor({ databaseUrl, maxBytes = DEFAULT_MAX_BYTES, log = (message) => console.warn(message) } = {}) {
    this.databaseUrl = databaseUrl;
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.log = log;
    /** @type {Map<string, { value: any, tags: string[], startedAt: number, lastModified: number, expiresAt: number, cacheControl: any, size: number }>} */
    this.entries = new Map();
    // A counter, not the clock: an expiry and a render's start in the same millisecond must still be ordered.
    this.tick = 0;
    /** @type {Map<string, number>} the tick at which a tag last expired */
    this.tagExpiredAt = new Map();
    /** @type {Map<string, number>} the tick at which a key was first missed since it was last stored */
    this.missedAt = new Map();
    this.origin = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    // Without a database (a build, a unit test) the cache is one process's: nothing to listen to.
    this.listening = !databaseUrl;
    this.client = null;
    this.stopped = false;
    this.connecting = null;
    this.reconnectTimer = null;
    /** Tags expired here that no notification has carried yet, and the expire() calls waiting for one. */
    this.unsentTags = new Set();
    /** @type {(() => void)[]} */
    this.waitingForSend = [];
    /** @type {Promise<void> | null} */
    this.sendingLoop = null;
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  remove(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /** Whether entries may be served and stored: always without a database, else while LISTEN is up. */
  get usable() {
    return this.listening;
  }

  /** Connects the LISTEN client once; later calls share the attempt. */
  start() {
    if (!this.databaseUrl || this.stopped || this.client || this.connecting) return this.connecting ?? Promise.resolve();
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async connect() {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: "bijeen-page-cache" });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => this.received(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    // Whatever was cached before may have missed an expiry while nobody listened.
    this.clear();
    this.listening = true;
  }

  lost(client, error) {
    if (this.client && this.client !== client) return;
    const wasListening = this.listening;
    this.client = null;
    this.listening = false;
    this.clear();
    client.removeAllListeners("notification");
    client.end().catch(() => {});
    if (this.stopped) return;
    if (wasListening) this.log(`[page-cache] LISTEN-verbinding verloren${error ? ` (${error.message})` : ""}; cache geleegd, opnieuw verbinden`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.start(), RECONNECT_MS);
    this.reconnectTimer.unref?.();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    this.listening = false;
    if (client) await client.end().catch(() => {});
  }

  received(payload) {
    let message;
    try {
      message = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    if (message.origin === this.origin || !Array.isArray(message.tags)) return;
    this.expireLocally(message.tags.filter((tag) => typeof tag === "string"));
  }

  expireLocally(tags) {
    const tick = ++this.tick;
    for (const tag of tags) this.tagExpiredAt.set(tag, tick);
  }

  /**
   * Expires tags here at once and tells every other process; resolves once PostgreSQL has a notification with
   * these tags.
   *
   * Expiries that arrive while a notification is on its way go out together in the next one: under a rush of
   * registrations, one notification per registration in a row on the LISTEN connection made each answer wait
   * for all those before it, an event-loop turn each (bench:opening).
   * @param {string[]} tags
   */
  expire(tags) {
    if (tags.length === 0) return Promise.resolve();
    this.expireLocally(tags);
    if (!this.databaseUrl) return Promise.resolve();
    return new Promise((resolve) => {
      for (const tag of tags) this.unsentTags.add(tag);
      this.waitingForSend.push(resolve);
      this.startSending();
    });
  }

  startSending() {
    if (this.sendingLoop) return;
    this.sendingLoop = this.sendUnsent().finally(() => {
      this.sendingLoop = null;
      // Tags added after the loop's last look, before this: they must not wait for the next expiry.
      if (this.unsentTags.size > 0) this.startSending();
    });
  }

  async sendUnsent() {
    while (this.unsentTags.size > 0) {
      const tags = [...this.unsentTags];
      const waiting = this.waitingForSend;
      this.unsentTags = new Set();
      this.waitingForSend = [];
      for (const chunk of payloadChunks(tags)) await this.notify(chunk);
      for (const resolve of waiting) resolve();
    }
  }

  async notify(tags) {
    try {
      if (this.client) await this.client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ origin: this.origin, tags })]);
      else await notifyOnce(this.databaseUrl, tags);
    } catch (error) {
      // Not even a new connection: the database is away, so every other process has lost its LISTEN
      // connection too and dropped its cache. The write itself committed; its answer must not fail.
      this.log(`[page-cache] kon verlopen tags niet doorgeven: ${error.message}`);
    }
  }

  /**
   * The entry for a key if it is still true, else null (and the key's render counts as started now).
   * @param {string} key
   * @param {string[]} [extraTags]
   */
  get(key, extraTags = []) {
    if (!this.usable) return null;
    const entry = this.entries.get(key);
    const now = Date.now();
    if (entry && now < entry.expiresAt && !this.expiredSince(entry.startedAt, entry.tags) && !this.expiredSince(entry.startedAt, extraTags)) {
      // Most recently used last, so the first key is the one to evict.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry;
    }
    if (entry) this.remove(key);
    if (!this.missedAt.has(key)) this.missedAt.set(key, this.tick);
    return null;
  }

  /**
   * Stores a render; `lifetimeSeconds` false or undefined: until a tag expires.
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[], lifetimeSeconds?: number | false, cacheControl?: any }} [options]
   */
  set(key, value, { tags = [], lifetimeSeconds, cacheControl } = {}) {
    const now = Date.now();
    const startedAt = this.missedAt.get(key) ?? this.tick;
    this.missedAt.delete(key);
    if (!this.usable) return;
    if (this.expiredSince(startedAt, tags)) return;
    const expiresAt = typeof lifetimeSeconds === "number" && lifetimeSeconds > 0 ? now + lifetimeSeconds * 1000 : Number.POSITIVE_INFINITY;
    const size = sizeOf(value);
    if (size > this.maxBytes) return;
    this.remove(key);
    this.entries.set(key, { value, tags, startedAt, lastModified: now, expiresAt, cacheControl, size });
    this.bytes += size;
    // The least recently used go first.
    while (this.bytes > this.maxBytes) this.remove(this.entries.keys().next().value);
  }

  expiredSince(startedAt, tags) {
    for (const tag of tags) {
      const expiredAt = this.tagExpiredAt.get(tag);
      if (expiredAt !== undefined && expiredAt > startedAt) return true;
    }
    return false;
  }
}

/** Tells every `next start` that tags expired, from a process without a page cache (a script, the mail worker). */
export async function notifyOnce(databaseUrl, tags) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "bijeen-page-cache-notify" });
  await client.connect();
  try {
    await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ origin: "script", tags })]);
  } finally {
    await client.end();
  }
}

/** PostgreSQL refuses a notification payload of 8000 bytes or more: tags in groups that stay well below. */
function payloadChunks(tags) {
  const chunks = [[]];
  let size = 0;
  for (const tag of tags) {
    if (size + tag.length + 3 > 6000 && chunks.at(-1).length > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1).push(tag);
    size += tag.length + 3;
  }
  return chunks;
}

/** About what an entry takes in memory: the page's HTML and RSC data, or the JSON of a data entry. */
function sizeOf(value) {
  if (value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE") {
    let size = 1024 + byteLength(value.html) + byteLength(value.rscData) + byteLength(value.body);
    if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += byteLength(segment);
    return size;
  }
  try {
    return 256 + (JSON.stringify(value) ?? "").length;
  } catch {
    return 1024 * 1024;
  }
}

function byteLength(part) {
  if (typeof part === "string") return part.length;
  if (part && typeof part.byteLength === "number") return part.byteLength;
  return 0;
}

function entryTags(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(ctx?.tags ?? []), ...(value?.tags ?? [])])];
}

function lifetime(value, ctx) {
  if (value?.kind === "FETCH") return typeof value.revalidate === "number" ? value.revalidate : ctx?.revalidate;
  return ctx?.cacheControl?.revalidate;
}

// Next makes a handler per request; the cache is the process's.
const processCacheKey = Symbol.for("bijeen.pageCache");
function processCache() {
  if (!globalThis[processCacheKey]) {
    const building = process.env.NEXT_PHASE === "phase-production-build";
    const megabytes = Number(process.env.PAGE_CACHE_MAX_MB);
    const cache = new PageCache({ databaseUrl: building ? undefined : process.env.DATABASE_URL, ...(megabytes > 0 ? { maxBytes: megabytes * 1024 * 1024 } : {}) });
    void cache.start();
    globalThis[processCacheKey] = cache;
  }
  return globalThis[processCacheKey];
}

/** The handler Next constructs (`cacheHandler` in next.config.js). */
export default class PageCacheHandler {
  constructor() {
    this.cache = processCache();
  }

  async get(key, ctx) {
    await this.cache.start();
    const entry = this.cache.get(key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
    if (!entry) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    // Only a page that rendered (200): never a 404 or the redirect to it for a made-up slug, which would fill
    // the memory and carry no event tag to end it when that slug is published.
    if (!value || (value.status !== undefined && value.status !== 200)) {
      this.cache.missedAt.delete(key);
      return;
    }
    this.cache.set(key, value, { tags: [...entryTags(value, ctx), ...(ctx?.softTags ?? [])], lifetimeSeconds: lifetime(value, ctx), cacheControl: ctx?.cacheControl });
  }

  async revalidateTag(tags) {
    await this.cache.expire(typeof tags === "string" ? [tags] : [...tags]);
  }

  resetRequestCache() {}
}
