import { describe, expect, it } from "vitest";
import { hasSessionCookie, pageCaching, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/page-caching";

describe("pageCaching", () => {
  it("lets proxies keep the cached public pages only if they ask every time", () => {
    for (const pathname of ["/", "/archief", "/lijst/agenda", "/lijst/archief", "/evenementen/leercafe"]) {
      expect(pageCaching({ method: "GET", pathname, signedIn: false })).toEqual({ cacheControl: PUBLIC_CACHE_CONTROL });
    }
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
