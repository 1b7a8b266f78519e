// Migrations through Prisma's official WebAssembly schema engine (the same engine the Prisma CLI
// downloads natively), driven over a driver adapter. It keeps Prisma's `_prisma_migrations`
// table, so `prisma migrate deploy` could take over later without rework.
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { startEmbeddedDatabase } from "./embedded";

const root = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(root, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(root, "prisma/migrations");

/**
 * PrismaPg's executeScript splits scripts on every ";", which breaks any function body or quoted
 * semicolon. The native engine sends a migration as one simple-protocol query; do the same.
 */
class PrismaPgWholeScripts extends PrismaPg {
  constructor(
    config: { connectionString: string },
    private readonly shadowUrl?: string,
  ) {
    super(config);
  }
  override async connect() {
    return wholeScripts(await super.connect());
  }
  // PGlite serves one database whatever name a client asks for, so the default shadow database
  // (CREATE DATABASE on the same server) would be the main one: use a scratch database instead.
  override async connectToShadowDb() {
    if (this.shadowUrl) return wholeScripts(await new PrismaPg({ connectionString: this.shadowUrl }).connect());
    return wholeScripts(await super.connectToShadowDb());
  }
}

type ScriptAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type QueryResult = { fields: { dataTypeID: number }[] };
type AdapterInternals = {
  client: { query: (sql: string) => Promise<unknown> };
  performIO: (query: unknown) => Promise<QueryResult>;
};
const PG_CHAR = 18; // the one-byte "char" type of pg_catalog columns
const PG_TEXT = 25;

function wholeScripts(adapter: ScriptAdapter): ScriptAdapter {
  const internals = adapter as unknown as AdapterInternals;
  adapter.executeScript = async (script: string) => {
    await internals.client.query(script);
  };
  // The engine reads catalog columns of the one-byte "char" type (pg_constraint.contype...) that
  // the adapter cannot type: let it read them as text, then tell the engine they are characters.
  const performIO = internals.performIO.bind(adapter);
  let charColumns: number[] = [];
  internals.performIO = async (query) => {
    const result = await performIO(query);
    charColumns = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = PG_TEXT;
        charColumns.push(index);
      }
    });
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

type Engine = Awaited<ReturnType<typeof import("@prisma/schema-engine-wasm").SchemaEngine.new>>;

async function withEngine<T>(
  connectionString: string,
  run: (engine: Engine, schema: string) => Promise<T>,
  shadowUrl?: string,
) {
  // Imported lazily: the module is WebAssembly (Node 20 needs --experimental-wasm-modules).
  const panic = { message: "" };
  // The engine reports Rust panics through this global before it aborts.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => { panic.message = message; console.error("schema engine panic:", message); },
  };
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPgWholeScripts({ connectionString }, shadowUrl));
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (log: string) => logs.push(log),
    adapter,
  );
  try {
    return await run(engine, schema);
  } catch (error) {
    throw new Error(`schema engine: ${panic.message ? `panic: ${panic.message}; ` : ""}${describe(error)}${logs.length ? `\n${logs.slice(-3).map((l) => l.slice(0, 400)).join("\n")}` : ""}`);
  } finally {
    engine.free();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error && "message" in error) return String(error.message);
  return JSON.stringify(error);
}

async function migrationsList(until?: string) {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = existsSync(lockPath) ? await readFile(lockPath, "utf8") : null;
  const entries = existsSync(MIGRATIONS_DIR) ? await readdir(MIGRATIONS_DIR, { withFileTypes: true }) : [];
  // `until` (a migration's name) stops there: tests build an older schema to check a later migration's data step
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort().filter((name) => !until || name <= until);
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every pending migration, exactly as `prisma migrate deploy`; returns the names applied. */
export async function applyMigrations(connectionString: string, options: { until?: string } = {}): Promise<string[]> {
  return withEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: await migrationsList(options.until), filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database built from the existing migrations to prisma/schema.prisma;
 * empty when they agree. The engine replays the migrations on a scratch embedded database (the
 * "shadow database"), so no server and no existing data is touched.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-shadow-"));
  const scratch = await startEmbeddedDatabase({ dataDir: dir });
  try {
    return await diffOn(scratch.url);
  } finally {
    await scratch.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Indexes the migrations create in SQL because Prisma's schema language cannot describe them (a
 * GIN index over scalar columns through btree_gin): the engine's diff would drop them, as indexes
 * the schema does not declare, so those statements are left out of it.
 */
export const SQL_ONLY_INDEXES: readonly string[] = ["Model_search_filters_idx"];

function withoutSqlOnlyIndexDrops(sql: string): string {
  const drops = new Set(SQL_ONLY_INDEXES.map((name) => `DROP INDEX "${name}";`));
  return sql
    .split(/\n\s*\n/)
    .filter((statement) => !drops.has(statement.replace(/^--.*\n/gm, "").trim()))
    .join("\n\n");
}

async function diffOn(scratchUrl: string): Promise<string> {
  return withEngine(scratchUrl, async (engine, schema) => {
    const list = await migrationsList();
    const result = await engine.diff({
      // With no migration yet there is no lock file to tell the connector: start from nothing.
      from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const sql = withoutSqlOnlyIndexDrops(result.stdout ?? "");
    return /^\s*(--\s*This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  }, scratchUrl);
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its path, or null when nothing changed. */
export async function writeMigration(name: string): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`migration name must be snake_case letters and digits: ${name}`);
  const sql = await diffMigrationsToSchema();
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    await writeFile(lockPath, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  await writeFile(path.join(dir, "migration.sql"), sql);
  return path.join(dir, "migration.sql");
}
