import { describe, expect, it } from "vitest";
import { isCrossOriginPageWrite, isReadablePath } from "@/lib/http/request-guards";

describe("isReadablePath", () => {
  it.each(["/", "/evenementen/leercafe-blik-op-samenlevingsopbouw", "/evenementen/caf%C3%A9/agenda.ics", "/api/events", "/aanmelding/Ab_-09"])(
    "accepts %s",
    (path) => expect(isReadablePath(path)).toBe(true),
  );

  it.each(["/evenementen/%ff", "/evenementen/%ff/agenda.ics", "/aanmelding/%E0%A4%A", "/api/events/%", "/api/events/%00", "/api/events/a%0Ab/registrations", "/evenementen/%7F", "/evenementen/%C2%85"])(
    "refuses %s",
    (path) => expect(isReadablePath(path)).toBe(false),
  );
});

describe("isCrossOriginPageWrite", () => {
  const post = { method: "POST", pathname: "/evenementen/x/aanmelden", host: "bijeen.example.org" };

  it("refuses a form post from another site, also with a malformed Origin", () => {
    expect(isCrossOriginPageWrite({ ...post, origin: "https://evil.example" })).toBe(true);
    expect(isCrossOriginPageWrite({ ...post, origin: "https://bijeen.example.org:8443" })).toBe(true);
    expect(isCrossOriginPageWrite({ ...post, origin: "not a url" })).toBe(true);
  });

  it("lets the site's own posts, reads, the JSON API and posts without an Origin through", () => {
    expect(isCrossOriginPageWrite({ ...post, origin: "https://Bijeen.example.org" })).toBe(false);
    expect(isCrossOriginPageWrite({ ...post, method: "GET", origin: "https://evil.example" })).toBe(false);
    expect(isCrossOriginPageWrite({ ...post, pathname: "/api/events/x/registrations", origin: "https://evil.example" })).toBe(false);
    expect(isCrossOriginPageWrite({ ...post, origin: null })).toBe(false);
    expect(isCrossOriginPageWrite({ ...post, origin: "null" })).toBe(false);
  });
});
