// Runs once when the server starts: check the environment before the first request rather than during it,
// and start the mail worker (unless MAIL_WORKER=off).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("@/lib/env");
  const config = readEnv();
  if (config.MAIL_WORKER === "off") return;
  const [{ startMailWorker }, { db }, { mailTransport }] = await Promise.all([import("@/lib/mail/worker"), import("@/lib/db"), import("@/lib/mail/transport")]);
  const transport = mailTransport();
  await startMailWorker({ db, connectionString: config.DATABASE_URL, transport, baseUrl: config.BASE_URL });
  console.log(`[mail] worker started; mail goes out as ${transport.describe}`);
}
