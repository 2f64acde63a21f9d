import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { diffDatabaseToSchema, diffMigrationsToSchema } from "@/scripts/prisma-schema-diff.mjs";
import { createScratchDatabase, queryRows } from "./helpers";

// Prisma's own schema engine (as WebAssembly) compares the schema that the migrations build with
// schema.prisma: any difference means a migration is missing or wrong.
const schemaPath = path.resolve("prisma/schema.prisma");

describe("migrations and schema.prisma", () => {
  it("describe the same schema", async () => {
    const scratch = await createScratchDatabase("drift");
    try {
      await migrateDatabase(scratch.url);
      expect(await diffDatabaseToSchema({ databaseUrl: scratch.url, schemaPath })).toBe("");
      expect(await diffMigrationsToSchema({ databaseUrl: scratch.url, migrationsDir: path.resolve("prisma/migrations"), schemaPath })).toBe("");
    } finally {
      await scratch.drop();
    }
  });

  it("would notice a difference", async () => {
    const scratch = await createScratchDatabase("drift_detect");
    try {
      await migrateDatabase(scratch.url);
      await queryRows(scratch.url, `ALTER TABLE "Workshop" DROP COLUMN "room"`);
      expect(await diffDatabaseToSchema({ databaseUrl: scratch.url, schemaPath })).toMatch(/ADD COLUMN\s+"room"/);
    } finally {
      await scratch.drop();
    }
  });
});
