// `npm test`: every check a change must pass, in the order that fails fastest, then one closing line with
// the counts. Typecheck and lint count as one check each; Vitest and Playwright report their own tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const RESULTS = ".data/test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function stage(name, command, args, count, env = process.env) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = count(status === 0);
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  totals.skipped += counted.skipped ?? 0;
  // A runner that exits 0 while its own report counts a failed test has still failed (Vitest did once).
  const ok = status === 0 && counted.failed === 0;
  lines.push(`${ok ? "✔" : "✘"} ${name}: ${counted.passed} passed, ${counted.failed} failed${counted.skipped ? `, ${counted.skipped} skipped` : ""} (${seconds} s)`);
  return ok;
}

const single = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

function vitestCounts(ok) {
  const report = readJson(`${RESULTS}/vitest.json`);
  if (!report) return single(ok);
  return { passed: report.numPassedTests, failed: report.numFailedTests + (ok ? 0 : report.numFailedTests ? 0 : 1), skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(ok) {
  const report = readJson(`${RESULTS}/playwright.json`);
  if (!report) return single(ok);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected + (ok || unexpected ? 0 : 1), skipped };
}

const bin = (name) => `node_modules/.bin/${name}`;
const typesOk = stage("types", bin("tsc"), ["--noEmit"], single);
const lintOk = stage("lint", bin("eslint"), ["--max-warnings=0", "."], single);
const unitOk = stage("unit + integration (Vitest, real PostgreSQL)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${RESULTS}/vitest.json`], vitestCounts);
const buildOk = stage("build (next build)", bin("next"), ["build"], single);
// The browser tests arrange data through lib/ modules that import "server-only": load them as Next's server does.
const serverConditions = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() };
const browserOk = buildOk ? stage("browser (Playwright, chromium)", bin("playwright"), ["test"], playwrightCounts, serverConditions) : false;

console.log("\n" + lines.join("\n"));
console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(typesOk && lintOk && unitOk && buildOk && browserOk ? 0 : 1);
