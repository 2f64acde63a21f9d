import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

// Shared by the bench scripts: a production server on a fresh embedded database, a bare Node server as
// the ceiling, and autocannon runs. Benches print figures; they assert nothing.

export type Served = { url: string; stop: () => Promise<void> };

export async function startBijeen({ port, databasePort, env = {} }: { port: number; databasePort: number; env?: Record<string, string> }): Promise<Served & { databaseUrl: string; dataDir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bijeen-bench-"));
  await chmod(dir, 0o755);
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/serve.ts", "start"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), BASE_URL: `http://localhost:${port}`, EMBEDDED_DATABASE_DIR: path.join(dir, "pg"), EMBEDDED_DATABASE_PORT: String(databasePort), MAIL_DIR: path.join(dir, "mail"), ...env },
  });
  const url = `http://localhost:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 240) throw new Error("Bijeen did not start");
    if (await fetch(url).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    dataDir: dir,
    databaseUrl: `postgresql://postgres:bijeen-local@127.0.0.1:${databasePort}/bijeen`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The ceiling: plain node:http answering every request with the same bytes and headers Bijeen sent. */
export async function startBareServer(port: number, pages: Map<string, { body: Buffer; contentType: string }>): Promise<Served> {
  const server = http.createServer((request, response) => {
    const page = pages.get(request.url ?? "/");
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": page.contentType, "Content-Length": page.body.length });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

export type LoadFigures = { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number };

export async function load(url: string, { connections = 50, seconds = 8 }: { connections?: number; seconds?: number } = {}): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function row(label: string, figures: LoadFigures): string {
  return `${label.padEnd(34)} ${String(figures.requestsPerSecond).padStart(7)} req/s   p50 ${String(figures.p50).padStart(5)} ms   p99 ${String(figures.p99).padStart(5)} ms   non-2xx ${figures.non2xx}   errors ${figures.errors}`;
}
