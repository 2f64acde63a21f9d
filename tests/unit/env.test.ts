import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

describe("environment check at start-up", () => {
  it("explains in Dutch what is missing", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/DATABASE_URL ontbreekt/);
  });
  it("refuses a database URL that is not PostgreSQL", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://localhost/bijeen" })).toThrow(/postgresql:\/\//);
  });
  it("refuses a PORT that is not a port", () => {
    expect(() => readEnv({ DATABASE_URL: "postgresql://localhost/bijeen", PORT: "abc" })).toThrow(/PORT/);
  });
  it("fills in the local defaults", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://localhost/bijeen" });
    expect(env.PORT).toBe(3000);
    expect(env.BASE_URL).toBe("http://localhost:3000");
  });
});

describe("AUTH_SECRET", () => {
  it("is required in production, with a Dutch explanation", () => {
    expect(() => readEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://localhost/bijeen" })).toThrow(/AUTH_SECRET ontbreekt/);
  });
  it("must be long enough to sign cookies", () => {
    expect(() => readEnv({ DATABASE_URL: "postgresql://localhost/bijeen", AUTH_SECRET: "kort" })).toThrow(/32 tekens/);
  });
  it("may be absent during development", () => {
    expect(readEnv({ DATABASE_URL: "postgresql://localhost/bijeen" }).AUTH_SECRET).toBeUndefined();
  });
});
