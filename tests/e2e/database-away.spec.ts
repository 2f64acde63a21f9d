import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test } from "./fixtures";

// A server that starts while PostgreSQL is away (a reboot where the site comes up first): every answer is the
// Dutch 503 (HTML) or 503 JSON with Retry-After, never a 500, and once the database is there the same
// process serves normally, without a restart. The database sits behind a small TCP gate that refuses
// connections until the test opens it.

const port = Number(process.env.E2E_PORT ?? 3100) + 8;
const gatePort = port + 51_000;

function openGate(target: URL): net.Server {
  const gate = net.createServer((incoming) => {
    const outgoing = net.connect(Number(target.port), target.hostname);
    incoming.pipe(outgoing).pipe(incoming);
    const close = () => {
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on("error", close);
    outgoing.on("error", close);
  });
  gate.listen(gatePort, "127.0.0.1");
  return gate;
}

let server: ChildProcess | undefined;
let gate: net.Server | undefined;

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  gate?.close();
});

test("a server started without its database answers 503 in Dutch, and serves once the database is back", async ({ request }) => {
  test.setTimeout(90_000);
  const database = new URL(process.env.BIJEEN_E2E_DATABASE_URL!);
  const gated = new URL(database);
  gated.port = String(gatePort);
  let output = "";
  server = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      PORT: String(port),
      BASE_URL: `http://localhost:${port}`,
      DATABASE_URL: gated.toString(),
      AUTH_SECRET: process.env.BIJEEN_E2E_AUTH_SECRET,
      MAIL_DIR: path.join(path.dirname(process.env.BIJEEN_E2E_DATABASE_DIR!), "mail-away"),
    },
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://localhost:${port}`;
  await expect.poll(async () => (await request.get(`${base}/`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(503);

  for (const page of ["/", "/evenementen/congrestival-back-to-basics", "/evenementen/congrestival-back-to-basics/aanmelden", "/admin/inloggen"]) {
    const answer = await request.get(`${base}${page}`, { maxRedirects: 0 });
    expect(answer.status(), page).toBe(503);
    expect(answer.headers()["retry-after"], page).toBeDefined();
    expect(await answer.text(), page).toContain("Bijeen is even niet bereikbaar, probeer het over een minuut opnieuw.");
  }
  const api = await request.get(`${base}/api/events`);
  expect(api.status()).toBe(503);
  expect(await api.json()).toMatchObject({ reason: "unavailable" });
  const registration = await request.post(`${base}/api/events/congrestival-back-to-basics/registrations`, { data: { name: "Iemand", email: "iemand@example.org", consent: true } });
  expect(registration.status()).toBe(503);
  expect(output).toContain("[mail] queue not started");

  gate = openGate(database);
  await expect.poll(async () => (await request.get(`${base}/`)).status(), { timeout: 30_000 }).toBe(200);
  expect((await request.get(`${base}/evenementen/congrestival-back-to-basics`)).ok()).toBe(true);
  expect((await request.get(`${base}/api/events`)).status()).toBe(200);
  // The mail queue, which could not start either, starts by itself.
  await expect.poll(() => output, { timeout: 30_000 }).toContain("[mail] worker started");
  expect(output).not.toMatch(/Failed to prepare server|instrumentation hook/);
});
