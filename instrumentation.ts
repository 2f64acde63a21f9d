// Runs once when the server starts: check the environment before the first request rather than during it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { readEnv } = await import("@/lib/env");
    readEnv();
  }
}
