import { serializeSignedCookie } from "better-call";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, signedSessionCookieValue } from "@/tests/e2e/session";

// The browser tests sign organisers in by writing a session and signing its cookie themselves: this holds
// their signature to the one better-auth checks (better-call's), so an upgrade that changes it fails here.

describe("the browser tests' session cookie", () => {
  it("is signed as better-auth signs its session cookie", async () => {
    const secret = "een-geheim-van-minstens-tweeendertig-tekens";
    const token = "0123456789abcdef0123456789abcdef";
    const header = await serializeSignedCookie(SESSION_COOKIE, token, secret);
    expect(header).toBe(`${SESSION_COOKIE}=${signedSessionCookieValue(token, secret)}`);
  });
});
