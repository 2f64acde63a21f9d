import pg from "pg";
import { afterAll, beforeEach, inject } from "vitest";

// Runs in every test file before its imports: points DATABASE_URL at this worker's own copy of the migrated
// template, so parallel workers never see each other's rows, and empties it before each test.

const serverUrl = new URL(inject("databaseServerUrl"));
const workerDatabase = `bijeen_test_${process.env.VITEST_POOL_ID ?? "0"}`;
const workerUrl = new URL(serverUrl);
workerUrl.pathname = `/${workerDatabase}`;
process.env.DATABASE_URL = workerUrl.toString();
// Vite fills BASE_URL with its own public path ("/"); Bijeen's BASE_URL is the site's absolute address.
process.env.BASE_URL = "http://localhost:3000";

const globalForWorker = globalThis as unknown as { bijeenWorkerDatabaseReady?: boolean };
if (!globalForWorker.bijeenWorkerDatabaseReady) {
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerDatabase]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${workerDatabase}" TEMPLATE bijeen_template`);
  } finally {
    await admin.end();
  }
  globalForWorker.bijeenWorkerDatabaseReady = true;
}

const cleaner = new pg.Client({ connectionString: workerUrl.toString() });
await cleaner.connect();
afterAll(() => cleaner.end());

beforeEach(async () => {
  const { rows } = await cleaner.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length) await cleaner.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
});
