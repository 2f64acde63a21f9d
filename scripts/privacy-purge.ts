import { migrateDatabase } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { openDatabase } from "./local-database";

// `npm run privacy:purge`: the nightly retention job (lib/privacy/retention.ts) at once.

const database = await openDatabase();
readEnv({ ...process.env, DATABASE_URL: database.url });
// The job expects the current schema, like the server that runs it each night.
await migrateDatabase(database.url);
const [{ purgeExpiredPersonalData }, { db }] = await Promise.all([import("@/lib/privacy/retention"), import("@/lib/db/client")]);
try {
  const report = await purgeExpiredPersonalData(db);
  console.log(`Dieetwensen gewist: ${report.dietaryWishesCleared}. Aanmeldingen geanonimiseerd: ${report.registrationsAnonymised}.`);
} finally {
  await db.$disconnect();
  await database.stop();
}
