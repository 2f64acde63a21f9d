import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "./local-database";

// `npm run admin:create -- --email a@b.nl --name "Naam" --role beheerder` makes an organiser account.
// The password comes from ADMIN_PASSWORD or is asked for, so it never lands in the shell history.

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "beheerder" } } });
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question("Wachtwoord (minstens 10 tekens): ");
  prompt.close();
}

const database = await openDatabase();
let exitCode = 0;
try {
  const { newAdminUserSchema, createAdminUser } = await import("@/lib/auth/users");
  const { db } = await import("@/lib/db/client");
  const parsed = newAdminUserSchema.safeParse({ email: values.email ?? "", name: values.name ?? values.email ?? "", role: values.role, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
    console.error('Gebruik: npm run admin:create -- --email naam@organisatie.nl --name "Naam" [--role beheerder|redacteur]');
    exitCode = 2;
  } else {
    const result = await createAdminUser(db, parsed.data);
    if (result.ok) console.log(`Account aangemaakt: ${parsed.data.email} (${parsed.data.role}). Inloggen op /admin.`);
    else {
      console.error(`Er bestaat al een account met ${parsed.data.email}.`);
      exitCode = 1;
    }
  }
  await db.$disconnect();
} finally {
  await database.stop();
}
process.exit(exitCode);
