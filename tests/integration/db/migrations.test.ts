import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/lib/db/migrate";
import { createScratchDatabase, queryRows } from "./helpers";

describe("migration runner", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it("applies every migration once, even when two servers start at the same moment", async () => {
    const scratch = await createScratchDatabase("concurrent");
    cleanups.push(scratch.drop);
    const migrations = await readMigrations();

    const results = await Promise.all([migrateDatabase(scratch.url), migrateDatabase(scratch.url), migrateDatabase(scratch.url)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(migrations.map((migration) => migration.name).sort());
    const rows = await queryRows<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      scratch.url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    expect(rows.map((row) => row.checksum)).toEqual(migrations.map((migration) => migration.checksum));
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const scratch = await createScratchDatabase("again");
    cleanups.push(scratch.drop);
    await migrateDatabase(scratch.url);
    const second = await migrateDatabase(scratch.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe((await readMigrations()).length);
  });

  it("refuses to go on after a migration that failed halfway under prisma migrate", async () => {
    const scratch = await createScratchDatabase("failed");
    cleanups.push(scratch.drop);
    await migrateDatabase(scratch.url);
    await queryRows(
      scratch.url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('x', 'y', '29990101000000_broken', now())`,
    );
    await expect(migrateDatabase(scratch.url)).rejects.toThrow(/29990101000000_broken is eerder mislukt/);
  });
});
