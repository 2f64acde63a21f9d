// The Quick start's entry point (`npm start`, `npm run dev`). Plain JavaScript without dependencies, because
// on a fresh clone it runs before anything is installed: it installs when needed, builds when the sources
// are newer than the last build, then hands over to scripts/serve.ts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const mode = process.argv[2] === "dev" ? "dev" : "start";

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestIn(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : mtime(full));
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const installed = mtime("node_modules/.package-lock.json");
if (!installed || mtime("package-lock.json") > installed || mtime("package.json") > installed) {
  console.log("[bijeen] Afhankelijkheden installeren (npm install; de eerste keer duurt dit ongeveer een minuut)…");
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

if (mode === "start") {
  const built = mtime(".next/BUILD_ID");
  const sources = Math.max(
    ...["app", "components", "lib", "public"].map(newestIn),
    ...["next.config.js", "package-lock.json", "prisma/schema.prisma", "postcss.config.mjs", "instrumentation.ts"].map(mtime),
  );
  if (!built || sources > built) {
    console.log("[bijeen] De site bouwen (next build)…");
    run("node_modules/.bin/next", ["build"]);
  }
}

// Node itself with tsx as its loader, not the tsx command: tsx's own process would end serve.ts before it has
// stopped Next and the database in order.
const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", mode], { stdio: "inherit" });
// A terminal's Ctrl-C reaches the whole process group; a plain `kill` reaches only us, so pass it on.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
