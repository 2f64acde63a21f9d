// prisma-schema-diff.mjs — schema diffs with Prisma's schema engine compiled to WebAssembly,
// no native schema-engine binary needed. Tested with prisma@7.10.1, @prisma/adapter-pg@7.10.1,
// @prisma/driver-adapter-utils@7.10.1, @prisma/schema-engine-wasm@8.1.0-2.59be4fda..., pg@8.23.1, Node 20.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum, DriverAdapterError } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);

// ---- 1. load the wasm (Node 20 cannot `import x from './file.wasm'`, so instantiate it by hand) ----
let enginePromise;
function loadWasmEngine() {
  enginePromise ??= (async () => {
    // the glue calls global.PRISMA_WASM_PANIC_REGISTRY.set_message() when the Rust code panics
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { message: '', set_message(m) { this.message = m; if (process.env.PRISMA_WASM_DEBUG) console.error('[schema-engine panic]', m); } };
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    // Prefer the wasm bundled in the prisma CLI (exactly the engine of prisma 7.10.1, commit d1b3f377);
    // the published @prisma/schema-engine-wasm glue has the same import/export ABI. Fall back to its own wasm.
    let wasmPath = join(dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
    try { statSync(wasmPath); } catch { wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm'); }
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return enginePromise;
}

// ---- 2. Postgres "char" (OID 18) columns ----
// The engine reads pg_catalog columns of type "char" (pg_constraint.contype, ...) and wants them as
// ColumnType Character (its describer calls get_char() and panics on Text). adapter-pg instead throws
// UnsupportedNativeDataType for OID 18 ("Column type 'char' could not be deserialized from the database").
// Fix in two places: the pg Client reports OID 18 as text (25) and tags the column name; the adapter's
// queryRaw strips the tag and sets that column's type to Character.
const CHAR_TAG = '\u0000pgchar';
const fixFields = (res) => { for (const r of Array.isArray(res) ? res : [res]) for (const f of r?.fields ?? []) if (f.dataTypeID === 18) { f.dataTypeID = 25; f.name += CHAR_TAG; } return res; };
class CharAsTextClient extends pg.Client {
  query(...args) {
    const i = args.findIndex((a) => typeof a === 'function');
    if (i >= 0) { const cb = args[i]; args[i] = (err, res) => cb(err, err ? res : fixFields(res)); return super.query(...args); }
    const ret = super.query(...args);
    return ret && typeof ret.then === 'function' ? ret.then(fixFields) : ret;
  }
}
// adapter-pg's executeScript does script.split(';') — breaks $$ bodies and ';' inside strings when the engine
// replays migrations into the shadow database. Send the whole script as one simple-protocol query instead.
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try { await adapter.underlyingDriver().query(script); }
    catch (e) { throw new DriverAdapterError({ kind: 'postgres', code: e.code ?? 'N/A', severity: e.severity ?? 'N/A', message: e.message, detail: e.detail, column: e.column, hint: e.hint }); }
  };
  return adapter;
}
function untagChars(adapter) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q) => {
    const r = await queryRaw(q);
    r.columnNames = r.columnNames.map((n, i) => (n.endsWith(CHAR_TAG) ? ((r.columnTypes[i] = ColumnTypeEnum.Character), n.slice(0, -CHAR_TAG.length)) : n));
    return r;
  };
  if (adapter.startTransaction) {
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...a) => untagChars(await start(...a));
  }
  return adapter;
}
const makePool = (connectionString) => new pg.Pool({ connectionString, Client: CharAsTextClient, max: 4 });

function withDatabase(url, database) { const u = new URL(url); u.pathname = '/' + encodeURIComponent(database); return u.toString(); }
async function adminExec(url, sql) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

// ---- 3. a migration-aware adapter factory with our own shadow-database handling ----
// adapter-pg's connectToShadowDb spreads {connectionString, database}: pg lets the connection string win,
// so the "shadow" pool would connect to the MAIN database; it also drops the shadow db before closing its pool.
function makeFactory(databaseUrl) {
  const opened = []; const shadows = new Set();
  const open = async (url) => { const a = wholeScripts(untagChars(await new PrismaPg(makePool(url), { disposeExternalPool: true }).connect())); opened.push(a); return a; };
  const factory = {
    provider: 'postgres', adapterName: '@prisma/adapter-pg',
    connect: () => open(databaseUrl),
    async connectToShadowDb() {
      const name = `prisma_shadow_${Date.now()}_${randomBytes(4).toString('hex')}`;
      await adminExec(databaseUrl, `CREATE DATABASE "${name}"`);
      shadows.add(name);
      return open(withDatabase(databaseUrl, name));
    },
  };
  const cleanup = async () => {
    for (const a of opened.splice(0)) await a.dispose().catch(() => {});
    for (const name of shadows) await adminExec(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    shadows.clear();
  };
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), cleanup };
}

// SchemaEngine.new() connects at once and runs one probe query (does schema "public" exist? server version?),
// then CREATE SCHEMA if it does not. For database-free diffs (empty -> datamodel) answer that probe and refuse the rest.
function offlineFactory() {
  const refuse = async () => { throw new Error('offline adapter: no database'); };
  const adapter = {
    provider: 'postgres', adapterName: '@prisma/adapter-pg', executeRaw: refuse, executeScript: refuse, startTransaction: refuse,
    async queryRaw({ sql }) {
      if (!sql.includes('FROM pg_namespace WHERE nspname')) return refuse();
      return { columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32], rows: [[true, 'PostgreSQL 15.0', 150000]] };
    },
    getConnectionInfo: () => ({ supportsRelationJoins: true }), dispose: async () => {},
  };
  return bindMigrationAwareSqlAdapterFactory({ provider: 'postgres', adapterName: '@prisma/adapter-pg', connect: async () => adapter, connectToShadowDb: async () => adapter });
}

// ---- 4. helpers ----
export function readSchemaFiles(schemaPath) {
  if (!statSync(schemaPath).isDirectory()) return [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
  const out = [];
  const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('.prisma')) out.push({ path: p, content: readFileSync(p, 'utf8') }); } };
  walk(schemaPath);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
export function readMigrations(migrationsDir) {
  const dirs = readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  let lock = null; try { lock = readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8'); } catch {}
  return {
    baseDir: migrationsDir, shadowDbInitScript: '',
    lockfile: { path: 'migration_lock.toml', content: lock },
    migrationDirectories: dirs.map((d) => {
      let content; try { content = { tag: 'ok', value: readFileSync(join(migrationsDir, d, 'migration.sql'), 'utf8') }; } catch (e) { content = { tag: 'error', value: String(e) }; }
      return { path: d, migrationFile: { path: 'migration.sql', content } };
    }),
  };
}
/** '' when the script has only comments / whitespace */
export const stripEmpty = (sql) => (sql ?? '').split('\n').some((l) => l.trim() && !l.trim().startsWith('--')) ? sql : '';

async function withEngine(databaseUrl, files, fn) {
  const bg = await loadWasmEngine();
  const { factory, cleanup } = databaseUrl ? makeFactory(databaseUrl) : { factory: offlineFactory(), cleanup: async () => {} };
  const engine = await bg.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, factory);
  try { return await fn(engine); }
  catch (e) { throw new Error(`schema engine: ${e?.message ?? e}`, { cause: e }); }
  finally { try { engine.free(); } catch {} await cleanup(); }
}
// filters: tables/enums managed outside Prisma are left alone; Postgres needs qualified names ("public.app_lock")
const diff = (engine, from, to, { externalTables = [], externalEnums = [] } = {}) =>
  engine.diff({ from, to, script: true, exitCode: null, filters: { externalTables, externalEnums } }).then((r) => stripEmpty(r.stdout));

// ---- 5. public API ----
/** SQL that would bring the live database to the datamodel in schemaPath ('' when they match). */
export async function diffDatabaseToSchema({ databaseUrl, schemaPath, ...filters }) {
  const files = readSchemaFiles(schemaPath);
  // {tag:'url'} is refused by the wasm engine ("--from-url ... no longer supported"):
  // 'schemaDatasource' means "the database the adapter is connected to".
  return withEngine(databaseUrl, files, (engine) =>
    diff(engine, { tag: 'schemaDatasource', files, configDir: dirname(files[0].path) }, { tag: 'schemaDatamodel', files }, filters));
}

/** Full CREATE script, like `prisma migrate diff --from-empty --to-schema <schema> --script`. No database needed. */
export async function sqlFromEmptyToSchema({ schemaPath }) {
  const files = readSchemaFiles(schemaPath);
  return withEngine(null, files, (engine) => diff(engine, { tag: 'empty' }, { tag: 'schemaDatamodel', files }));
}

/** Next migration: replays migrationsDir in a temporary shadow database (created on databaseUrl's server
 *  and dropped afterwards), then diffs to the datamodel. Like `migrate diff --from-migrations --to-schema`. */
export async function diffMigrationsToSchema({ databaseUrl, migrationsDir, schemaPath, ...filters }) {
  const files = readSchemaFiles(schemaPath);
  return withEngine(databaseUrl, files, (engine) =>
    diff(engine, { tag: 'migrations', ...readMigrations(migrationsDir) }, { tag: 'schemaDatamodel', files }, filters));
}
