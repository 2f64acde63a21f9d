import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

describe("securityHeaders", () => {
  it("asks browsers for HTTPS only when the site is served over HTTPS", () => {
    const names = (baseUrl: string) => new Map(securityHeaders(baseUrl));
    expect(names("https://bijeen.example.org").get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(names("http://localhost:3000").has("Strict-Transport-Security")).toBe(false);
  });

  it("forbids framing, plugins and other bases on every answer", () => {
    const policy = new Map(securityHeaders("https://bijeen.example.org")).get("Content-Security-Policy")!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });
});
