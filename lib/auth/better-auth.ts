import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";

// Not marked server-only: the scripts (admin:create, seed) use it too. better-auth owns sign-in, password hashing (scrypt) and database sessions in httpOnly cookies. Bijeen
// mounts no HTTP handler for it: sign-in and sign-out are our own server actions calling `auth().api`, so
// there is no public sign-up or password-reset endpoint to guard. Accounts are made by `npm run admin:create`,
// the seed, or a beheerder in the admin (lib/auth/users.ts).

const DEVELOPMENT_SECRET = "bijeen-development-secret-never-used-in-production";

function createAuth() {
  const { BASE_URL, AUTH_SECRET } = env();
  return betterAuth({
    appName: "Bijeen",
    baseURL: BASE_URL,
    // env() refuses to start production without AUTH_SECRET.
    secret: AUTH_SECRET ?? DEVELOPMENT_SECRET,
    database: pool(),
    user: {
      modelName: "User",
      additionalFields: { role: { type: "string", required: false, defaultValue: "redacteur", input: false } },
    },
    session: { modelName: "Session", expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    account: { modelName: "Account" },
    verification: { modelName: "Verification" },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN_LENGTH, maxPasswordLength: 128 },
    // Sign-in attempts are limited in PostgreSQL by our own action (lib/auth/sign-in.ts), across servers.
    rateLimit: { enabled: false },
    advanced: { cookiePrefix: "bijeen", useSecureCookies: BASE_URL.startsWith("https://") },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export const PASSWORD_MIN_LENGTH = 10;

const globalForAuth = globalThis as unknown as { bijeenAuth?: ReturnType<typeof createAuth> };

/** Made on first use: `next build` imports this without a database or secrets. */
export function auth() {
  globalForAuth.bijeenAuth ??= createAuth();
  return globalForAuth.bijeenAuth;
}
