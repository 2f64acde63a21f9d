import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

// With DATABASE_URL unset, the scripts use the embedded PostgreSQL in .data/: the one `npm start` is already
// running if it is up, otherwise one started for the duration of the script.

export const EMBEDDED_DATA_DIR = path.resolve(process.env.EMBEDDED_DATABASE_DIR ?? ".data/postgres");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329);
const DATABASE_NAME = "bijeen";

export type LocalDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(log: (line: string) => void = console.log): Promise<LocalDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const url = `postgresql://postgres:bijeen-local@127.0.0.1:${EMBEDDED_PORT}/${DATABASE_NAME}`;
  if (await accepts(url)) {
    process.env.DATABASE_URL = url;
    return { url, embedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, database: DATABASE_NAME, log });
  process.env.DATABASE_URL = server.url();
  log(`Ingebouwde PostgreSQL draait op poort ${EMBEDDED_PORT} (gegevens in ${path.relative(process.cwd(), EMBEDDED_DATA_DIR)}).`);
  return { url: server.url(), embedded: true, stop: server.stop };
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
