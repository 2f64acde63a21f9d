import { openDatabase } from "./local-database";

const database = await openDatabase();
try {
  const { seedDemoContent } = await import("@/prisma/seed");
  const { db } = await import("@/lib/db");
  const { created } = await seedDemoContent(db);
  console.log(created.length ? `Demo-evenementen aangemaakt: ${created.join(", ")}` : "Demo-evenementen bestonden al; niets gewijzigd.");
  await db.$disconnect();
} finally {
  await database.stop();
}
