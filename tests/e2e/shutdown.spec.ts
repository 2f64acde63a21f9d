import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

// `npm start` as a person stops it: a plain kill (SIGTERM) to its process closes the mail queue and the pool
// before the database, says so in one line, and leaves nothing running.

const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const databasePort = port + 50_000;

function portOpen(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(target, "127.0.0.1");
    socket.once("connect", () => resolve(socket.destroy() === undefined));
    socket.once("error", () => resolve(false));
  });
}

test("a plain kill stops the site and its database in order, without a flood of errors", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bijeen-stop-"));
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "start"], {
    env: { ...process.env, NODE_OPTIONS: "", PORT: String(port), BASE_URL: `http://localhost:${port}`, DATABASE_URL: "", EMBEDDED_DATABASE_DIR: path.join(dir, "pg"), EMBEDDED_DATABASE_PORT: String(databasePort), MAIL_DIR: path.join(dir, "mail") },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(async () => (await request.get(`http://localhost:${port}/`).catch(() => null))?.status(), { timeout: 90_000 }).toBe(200);
  await expect.poll(() => output, { timeout: 20_000 }).toContain("[mail] worker started");

  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(143);
  expect(output).toContain("[bijeen] Bijeen is gestopt.");
  expect(output).not.toMatch(/queue error|terminating connection|DeprecationWarning/);
  expect(await portOpen(databasePort)).toBe(false);
  expect(await portOpen(port)).toBe(false);
});
