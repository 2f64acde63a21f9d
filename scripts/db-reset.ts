import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { openDatabase } from "./local-database";

// Empties the database (every table, type and migration record in the public schema), migrates and seeds anew.
if (process.env.NODE_ENV === "production" && !process.argv.includes("--force")) {
  console.error("db:reset wist alle gegevens; in productie alleen met `npm run db:reset -- --force`.");
  process.exit(1);
}

const database = await openDatabase();
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  await migrateDatabase(database.url, { log: console.log });
  const { seedDemoContent } = await import("@/prisma/seed");
  const { db } = await import("@/lib/db/client");
  const { created } = await seedDemoContent(db);
  const { seedRecentEdition } = await import("@/prisma/seed-after-event");
  await seedRecentEdition(db);
  const { seedDemoAdmin } = await import("@/prisma/seed-admin");
  await seedDemoAdmin(db);
  console.log(`Database leeggemaakt en opnieuw gevuld: ${created.length} evenementen.`);
  await db.$disconnect();
} finally {
  await database.stop();
}
