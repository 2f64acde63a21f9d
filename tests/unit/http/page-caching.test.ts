import { describe, expect, it } from "vitest";
import { cachedListingKey } from "@/lib/events/listing-cache-key";
import { hasSessionCookie, pageCaching, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/page-caching";

describe("pageCaching", () => {
  it("lets proxies keep the cached public pages only if they ask every time", () => {
    for (const pathname of ["/", "/archief", "/lijst/agenda", "/lijst/archief", "/evenementen/leercafe"]) {
      expect(pageCaching({ method: "GET", pathname, signedIn: false })).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL });
    }
  });

  it("sends a filtered listing to its own cached page, one per set of filters, and a refused filter nowhere", () => {
    const leercafes = pageCaching({ method: "GET", pathname: "/", search: "?format=leercafe", signedIn: false });
    expect(leercafes).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL, rewriteTo: `/lijst/agenda/${cachedListingKey(new URLSearchParams("format=leercafe"))}` });
    // The same filters written otherwise land on the same page.
    const both = pageCaching({ method: "GET", pathname: "/archief", search: "?format=leercafe&format=congrestival&utm_source=mail", signedIn: false });
    expect(both.rewriteTo).toBe(pageCaching({ method: "GET", pathname: "/archief", search: "?format=congrestival,leercafe", signedIn: false }).rewriteTo);
    expect(both.rewriteTo).toMatch(/^\/lijst\/archief\/[A-Za-z0-9_-]+$/);
    // Rendered per request: a refused filter shows its error, empty fields are redirected to the clean address.
    expect(pageCaching({ method: "GET", pathname: "/", search: "?page=nul", signedIn: false })).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL });
    expect(pageCaching({ method: "GET", pathname: "/", search: "?format=leercafe&q=", signedIn: false })).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL });
    expect(pageCaching({ method: "GET", pathname: "/", search: "?", signedIn: false })).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL });
    expect(pageCaching({ method: "GET", pathname: "/lijst/agenda/Zm9ybWF0PWxlZXJjYWZl", signedIn: false })).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL });
    expect(pageCaching({ method: "GET", pathname: "/", search: "?q=buurt", signedIn: true }).cacheControl).toBe(PRIVATE_CACHE_CONTROL);
  });

  it("sends a signed-in organiser to the per-request event page, and keeps it private", () => {
    expect(pageCaching({ method: "GET", pathname: "/evenementen/leercafe", signedIn: true })).toEqual({
      cacheControl: PRIVATE_CACHE_CONTROL,
      rewriteTo: "/evenementen/leercafe/voorbeeld",
      renderedPerRequest: true,
    });
  });

  it("keeps admin and manage pages private, and leaves other pages and writes to Next", () => {
    expect(pageCaching({ method: "GET", pathname: "/admin/evenementen/3", signedIn: true }).cacheControl).toBe(PRIVATE_CACHE_CONTROL);
    expect(pageCaching({ method: "POST", pathname: "/aanmelding/abc", signedIn: false }).cacheControl).toBe(PRIVATE_CACHE_CONTROL);
    expect(pageCaching({ method: "GET", pathname: "/administratie", signedIn: false })).toEqual({});
    expect(pageCaching({ method: "POST", pathname: "/evenementen/leercafe", signedIn: false })).toEqual({});
  });

  it("marks the pages rendered per request, whose scripts get a nonce, and no cached page", () => {
    for (const pathname of ["/admin", "/admin/evenementen/3", "/aanmelding/abc", "/evenementen/leercafe/aanmelden"]) {
      expect(pageCaching({ method: "GET", pathname, signedIn: false }).renderedPerRequest, pathname).toBe(true);
    }
    for (const pathname of ["/", "/archief", "/evenementen/leercafe", "/privacy"]) {
      expect(pageCaching({ method: "GET", pathname, signedIn: false }).renderedPerRequest, pathname).toBeUndefined();
    }
    // A signed-in organiser's listing is still the cached one.
    expect(pageCaching({ method: "GET", pathname: "/", signedIn: true }).renderedPerRequest).toBeUndefined();
  });

  it("knows better-auth's session cookie over http and https", () => {
    expect(hasSessionCookie(["bijeen.session_token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-bijeen.session_token"])).toBe(true);
    expect(hasSessionCookie(["bijeen.session_data", "other"])).toBe(false);
  });
});
