import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load, row, startBijeen } from "./lib";

// `npm run bench:profile -- PATH...`: a V8 CPU profile of Next's server while 10 connections load each path in
// turn (default: pages rendered per request: a listing with a refused filter, rendered whole as a filter's first
// request is, and the registration form), summarised as the share of
// CPU time per package or folder of ours and the functions that spend most of it themselves. It prints; it
// asserts nothing. Profiling slows the server down, so read shares, not milliseconds.

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/?format=congrestival&page=nul", "/evenementen/congrestival-back-to-basics/aanmelden"];
const port = Number(process.env.BENCH_PORT ?? 3450);

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };

const profiles = await mkdtemp(path.join(os.tmpdir(), "bijeen-profile-"));
// Node refuses --cpu-prof in NODE_OPTIONS, so the profiled server is a second `next start` of our own on the
// database of a Bijeen started as usual (which then sits idle).
const bijeen = await startBijeen({ port, databasePort: port + 51010 });
const profiledPort = port + 1;
const profiled = spawn(process.execPath, [`--cpu-prof`, `--cpu-prof-dir=${profiles}`, "node_modules/next/dist/bin/next", "start", "-p", String(profiledPort)], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: bijeen.databaseUrl, BASE_URL: `http://localhost:${profiledPort}`, MAIL_WORKER: "off", AUTH_SECRET: randomBytes(32).toString("base64url") },
});
const url = `http://localhost:${profiledPort}`;
try {
  for (let attempt = 0; !(await fetch(url).then((response) => response.ok, () => false)); attempt += 1) {
    if (attempt > 120) throw new Error("the profiled server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  for (const page of paths) await load(url + page, { seconds: 2, connections: 10 });
  for (const page of paths) console.log(row(page.slice(0, 34), await load(url + page, { seconds, connections: 10 })));
} finally {
  // A clean exit writes the profile.
  const exited = new Promise((resolve) => profiled.once("exit", resolve));
  profiled.kill("SIGTERM");
  await exited;
  await bijeen.stop();
}

// Every node process of the tree wrote one; Next's server is the one that sampled the most.
const files = await Promise.all((await readdir(profiles)).map(async (name) => ({ name, size: (await stat(path.join(profiles, name))).size })));
const largest = files.sort((a, b) => b.size - a.size)[0];
if (!largest) throw new Error(`no profile in ${profiles}`);
const profile = JSON.parse(await readFile(path.join(profiles, largest.name), "utf8")) as Profile;

/** "react-dom", "next", "@prisma/client", or our own folder ("lib/events", "app", "components"). */
function owner(url: string): string {
  if (!url) return "(V8, GC, native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const chunk = /\.next\/server\/chunks\/(?:ssr\/)?\[root-of-the-server\]|\.next\/server\/(app|chunks)/.exec(url);
  if (chunk) return `.next/server (our code and bundled packages)`;
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "").split("/").slice(0, 2).join("/");
}

const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const byOwner = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (hits === 0) continue;
  const who = owner(node.callFrame.url);
  byOwner.set(who, (byOwner.get(who) ?? 0) + hits);
  const name = `${node.callFrame.functionName || "(anonymous)"}  ${who}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ""}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
}
const share = (hits: number) => `${((100 * hits) / total).toFixed(1).padStart(5)}%`;
console.log(`\nCPU profile of next-server (${largest.name}, ${total} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s)`);
console.log("\nself time by package or folder");
for (const [who, hits] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${share(hits)}  ${who}`);
console.log("\nfunctions with the most self time");
for (const [name, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${share(hits)}  ${name}`);
console.log(`\nprofiles kept in ${profiles} (open one in Chrome's DevTools, Performance tab)`);
