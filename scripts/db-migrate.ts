import { migrateDatabase } from "@/lib/db/migrate";
import { openDatabase } from "./local-database";

const database = await openDatabase();
try {
  const { applied, alreadyApplied } = await migrateDatabase(database.url, { log: console.log });
  console.log(`Database bijgewerkt: ${applied.length} nieuwe migratie(s), ${alreadyApplied} al toegepast.`);
} finally {
  await database.stop();
}
