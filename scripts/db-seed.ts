import { openDatabase } from "./local-database";

const database = await openDatabase();
try {
  const { seedDemoContent } = await import("@/prisma/seed");
  const { seedDemoAdmin, DEMO_ADMIN } = await import("@/prisma/seed-admin");
  const { db } = await import("@/lib/db/client");
  const { created } = await seedDemoContent(db);
  const { seedRecentEdition } = await import("@/prisma/seed-after-event");
  await seedRecentEdition(db);
  console.log(created.length ? `Demo-evenementen aangemaakt: ${created.join(", ")}` : "Demo-evenementen bestonden al; niets gewijzigd.");
  const admin = await seedDemoAdmin(db);
  if (admin === "created") console.log(`Demo-account aangemaakt: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  if (admin === "refused") console.log("NODE_ENV=production: geen demo-account aangemaakt (maak een account met npm run admin:create).");
  await db.$disconnect();
} finally {
  await database.stop();
}
