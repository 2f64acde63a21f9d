import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";

// One real PostgreSQL for the whole run, migrated once into a template; every worker copies the template
// into a database of its own (tests/setup/worker-database.ts).

export const TEMPLATE_DATABASE = "bijeen_template";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "bijeen-test-"));
  await chmod(dataDir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, database: TEMPLATE_DATABASE });
  await migrateDatabase(server.url(TEMPLATE_DATABASE));
  project.provide("databaseServerUrl", server.url("postgres"));
  await ensureDatabase(server.url("postgres"), "postgres");

  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
