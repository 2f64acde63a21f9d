// Runs `prisma generate` after install. Prisma 7's CLI wants a native schema engine that it downloads
// from a host this machine cannot reach; generating the client does not use it, so any existing file will do.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
