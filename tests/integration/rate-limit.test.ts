import { describe, expect, it } from "vitest";
import { ATTEMPTS_PER_EMAIL, clientIp, consumeRegistrationAttempt } from "@/lib/registration/rate-limit";

describe("registration rate limit, stored in PostgreSQL", () => {
  it("refuses an IP address after its attempts, with a Dutch message", async () => {
    const results = [];
    for (let attempt = 0; attempt < 4; attempt += 1) results.push(await consumeRegistrationAttempt({ ip: "203.0.113.7" }, { perIpLimit: 3 }));
    expect(results.slice(0, 3).every((result) => result.ok)).toBe(true);
    expect(results[3]).toMatchObject({ ok: false, message: "Te veel aanmeldpogingen achter elkaar. Probeer het over 10 minuten opnieuw." });
    expect(await consumeRegistrationAttempt({ ip: "203.0.113.8" }, { perIpLimit: 3 })).toEqual({ ok: true });
  });

  it("limits attempts per e-mail address across addresses, whatever the capitals", async () => {
    for (let attempt = 0; attempt < ATTEMPTS_PER_EMAIL; attempt += 1) {
      expect(await consumeRegistrationAttempt({ ip: `198.51.100.${attempt}`, email: "Noor@Example.org" }, { perIpLimit: 100 })).toEqual({ ok: true });
    }
    expect(await consumeRegistrationAttempt({ ip: "198.51.100.99", email: "noor@example.org" }, { perIpLimit: 100 })).toMatchObject({ ok: false });
  });

  it("is off at 0", async () => {
    for (let attempt = 0; attempt < 30; attempt += 1) expect(await consumeRegistrationAttempt({ ip: "192.0.2.1" }, { perIpLimit: 0 })).toEqual({ ok: true });
  });

  it("reads the visitor's address from the proxy's header", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
