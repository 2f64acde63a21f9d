const MAIL_START_RETRY_SECONDS = 5;

// Runs once when the server starts: check the environment before the first request rather than during it,
// and start the mail queue: delivering too, unless MAIL_WORKER=off leaves that to `npm run mail:worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("@/lib/env");
  const config = readEnv();
  const [{ startMailWorker }, { db }, { mailTransport }] = await Promise.all([import("@/lib/mail/worker"), import("@/lib/db/client"), import("@/lib/mail/transport")]);
  const transport = mailTransport();
  const work = config.MAIL_WORKER === "on";
  // The site starts without its database too (it answers 503 until PostgreSQL is back); the queue then keeps
  // trying in the background instead of failing the server's start, which Next would not retry.
  let worker: Awaited<ReturnType<typeof startMailWorker>> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const start = async () => {
    try {
      worker = await startMailWorker({ db, connectionString: config.DATABASE_URL, transport, baseUrl: config.BASE_URL, work });
      console.log(work ? `[mail] worker started; mail goes out as ${transport.describe}` : "[mail] queue started; npm run mail:worker delivers");
    } catch (error) {
      console.error(`[mail] queue not started (${error instanceof Error ? error.message : String(error)}); trying again in ${MAIL_START_RETRY_SECONDS} s`);
      retry = setTimeout(() => void start(), MAIL_START_RETRY_SECONDS * 1000);
    }
  };
  await start();
  // With NEXT_MANUAL_SIG_HANDLE (scripts/serve.ts sets it) the queue and the pool close before the process
  // ends, and so before the database stops: no flood of "connection terminated" errors on the way out.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { closeDatabase } = await import("@/lib/db/client");
    let closing = false;
    const close = async () => {
      if (closing) return;
      closing = true;
      clearTimeout(retry);
      if (worker) await Promise.race([worker.stop(), new Promise((resolve) => setTimeout(resolve, 3000))]).catch(() => {});
      await closeDatabase().catch(() => {});
      process.exit(0);
    };
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void close());
  }
}
