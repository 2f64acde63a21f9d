import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

// Shared by the bench scripts: a production server on a fresh embedded database, a bare Node server as
// the ceiling, and autocannon runs. Benches print figures; they assert nothing.

export type Served = { url: string; stop: () => Promise<void> };

export async function startBijeen({ port, databasePort, env = {} }: { port: number; databasePort: number; env?: Record<string, string> }): Promise<Served & { databaseUrl: string; dataDir: string; pid: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bijeen-bench-"));
  await chmod(dir, 0o755);
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/serve.ts", "start"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), BASE_URL: `http://localhost:${port}`, EMBEDDED_DATABASE_DIR: path.join(dir, "pg"), EMBEDDED_DATABASE_PORT: String(databasePort), MAIL_DIR: path.join(dir, "mail"), ...env },
  });
  const url = `http://localhost:${port}`;
  let exitCode: number | null = null;
  child.once("exit", (code) => (exitCode = code ?? -1));
  for (let attempt = 0; ; attempt += 1) {
    if (exitCode !== null || attempt > 240) {
      // Leave no server or database behind to block the next run's ports.
      child.kill("SIGTERM");
      throw new Error(exitCode !== null ? `Bijeen stopped while starting (exit code ${exitCode})` : "Bijeen did not start");
    }
    if (await fetch(url).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    dataDir: dir,
    pid: child.pid!,
    databaseUrl: `postgresql://postgres:bijeen-local@127.0.0.1:${databasePort}/bijeen`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await stopLeftoverPostgres(path.join(dir, "pg"));
      // tsx may exit before PostgreSQL below it has finished writing its shutdown: retry until the folder is quiet.
      await rm(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
    },
  };
}

/**
 * A PostgreSQL still running in the bench's folder after its server stopped (seen after a loaded run) would hold
 * the port for the next bench: PostgreSQL's own lock file names it, and SIGINT is its fast shutdown.
 */
async function stopLeftoverPostgres(dataDir: string) {
  const pid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0]);
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; alive() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
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

export type LoadFigures = { requestsPerSecond: number; total: number; p50: number; p99: number; non2xx: number; errors: number };

export async function load(url: string, { connections = 50, seconds = 8 }: { connections?: number; seconds?: number } = {}): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function row(label: string, figures: LoadFigures): string {
  return `${label.padEnd(34)} ${String(figures.requestsPerSecond).padStart(7)} req/s   p50 ${String(figures.p50).padStart(5)} ms   p99 ${String(figures.p99).padStart(5)} ms   non-2xx ${figures.non2xx}   errors ${figures.errors}`;
}

/** Linux clock ticks per second for /proc/<pid>/stat (USER_HZ; 100 on every kernel Debian ships). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) used so far by a process and everything it started, split into Next's server and PostgreSQL
 * (by process name): what a request costs the machine, measured from outside without a profiler.
 */
export async function cpuMsOfTree(rootPid: number): Promise<{ next: number; postgres: number; other: number }> {
  const stats = new Map<number, { parent: number; name: string; ticks: number }>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    // pid (comm) state ppid ... utime(14) stime(15): comm may hold spaces, so split after its closing bracket.
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    stats.set(Number(entry), { parent: Number(fields[1]), name, ticks: Number(fields[11]) + Number(fields[12]) });
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 20; current = stats.get(current)?.parent ?? 0, hops += 1) if (current === rootPid) return true;
    return false;
  };
  const totals = { next: 0, postgres: 0, other: 0 };
  for (const [pid, { name, ticks }] of stats) {
    if (!inTree(pid)) continue;
    const ms = (ticks * 1000) / TICKS_PER_SECOND;
    if (name.startsWith("next-server")) totals.next += ms;
    else if (name.startsWith("postgres")) totals.postgres += ms;
    else totals.other += ms;
  }
  return totals;
}

/** Statements PostgreSQL has finished in a database so far (each of Prisma's queries outside a transaction is one). */
export async function statementsDone(client: { query: (sql: string) => Promise<{ rows: { done: string }[] }> }): Promise<number> {
  // The statistics are flushed at most once a second: callers wait before reading.
  const { rows } = await client.query("SELECT xact_commit + xact_rollback AS done FROM pg_stat_database WHERE datname = current_database()");
  return Number(rows[0]!.done);
}
