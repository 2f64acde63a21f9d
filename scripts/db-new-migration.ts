import { mkdirSync, writeFileSync } from "node:fs";
import { diffMigrationsToSchema } from "./prisma-schema-diff.mjs";
import { openDatabase } from "./local-database";

// `npm run db:migration:new -- <name>`: writes the next migration from the difference between the existing
// migrations and schema.prisma, like `prisma migrate dev --create-only`, without Prisma's native engine.
const name = (process.argv[2] ?? "").replace(/[^a-zA-Z0-9_]/g, "_");
if (!name) {
  console.error("Gebruik: npm run db:migration:new -- <naam_van_de_wijziging>");
  process.exit(2);
}
const database = await openDatabase();
try {
  const sql = await diffMigrationsToSchema({
    databaseUrl: database.url,
    migrationsDir: "prisma/migrations",
    schemaPath: "prisma/schema.prisma",
  });
  if (!sql) {
    console.log("schema.prisma komt al overeen met de migraties; niets te schrijven.");
  } else {
    const folder = `prisma/migrations/${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/migration.sql`, sql);
    console.log(`Geschreven: ${folder}/migration.sql\n${sql}`);
  }
} finally {
  await database.stop();
}
