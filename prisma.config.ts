import { defineConfig } from "prisma/config";

// Prisma 7 no longer reads .env or a url in schema.prisma; the CLI takes the database from here.
// A placeholder keeps `prisma generate` working where DATABASE_URL is unset (it never connects).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/db-seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/bijeen",
  },
});
