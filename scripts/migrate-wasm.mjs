// Offline replacement for `prisma migrate dev --create-only` / `prisma migrate deploy`
// using Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, from npm)
// and the pg driver adapter. No native schema-engine binary needed.
//   node scripts/migrate-wasm.mjs create <name>   -> writes prisma/migrations/<ts>_<name>/migration.sql
//   node scripts/migrate-wasm.mjs deploy          -> applies pending migrations (records _prisma_migrations)
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const pkgDir = path.resolve("node_modules/@prisma/schema-engine-wasm");
const bg = await import(path.join(pkgDir, "schema_engine_bg.js"));
const { instance } = await WebAssembly.instantiate(
  fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm")),
  { "./schema_engine_bg.js": bg },
);
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

// `create` needs no real database (it diffs two schema files) but the engine wants a connection:
// without DATABASE_URL, start a throwaway embedded PostgreSQL for it.
let url = process.env.DATABASE_URL;
let throwaway = null;
if (!url && process.argv[2] === "create") {
  const { startEmbeddedPostgres } = await import("./pg.mjs");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-migrate-"));
  const pg = await startEmbeddedPostgres({ dir: path.join(tmp, "pg"), database: "migrate", persistent: false });
  throwaway = { url: pg.url, stop: async () => { await pg.stop(); fs.rmSync(tmp, { recursive: true, force: true }); } };
  url = throwaway.url;
}
if (!url) throw new Error("DATABASE_URL not set");
const schemaPath = path.resolve("prisma/schema.prisma");
const migrationsDir = path.resolve("prisma/migrations");
const schemaContent = fs.readFileSync(schemaPath, "utf8");
const schema = { files: [{ path: schemaPath, content: schemaContent }] };
const filters = { externalTables: [], externalEnums: [] };

function migrationsList() {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs.readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(migrationsDir, d, "migration.sql");
      return { path: d, migrationFile: { path: "migration.sql", content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: "missing" } } };
    }),
  };
}

// Pass discrete fields, not connectionString: PrismaPg.connectToShadowDb() overrides `database`
// (a connectionString would win over it and the shadow DB would be the real one).
const u = new URL(url);
const pgConfig = {
  host: u.hostname, port: Number(u.port || 5432), database: u.pathname.slice(1),
  user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) || undefined,
  options: "-c TimeZone=UTC", // as the app's sessions (lib/server/pg-config.ts)
};
// PrismaPg 7.10's own connectToShadowDb drops the shadow DB before closing its pool
// ("database ... is being accessed by other users"), so close first, then DROP ... WITH (FORCE).
// PrismaPg 7.10's executeScript splits a migration on every ";", which breaks dollar-quoted
// function bodies (the audit trigger). Send the script whole instead: PostgreSQL's simple query
// protocol runs it as one implicit transaction, so a failing migration leaves nothing behind.
function wholeScripts(conn) {
  conn.executeScript = async (script) => {
    try {
      await conn.client.query(script);
    } catch (error) {
      conn.onError(error);
    }
  };
  return conn;
}

class PrismaPgShadowFix extends PrismaPg {
  async connect() {
    return wholeScripts(await super.connect());
  }
  async connectToShadowDb() {
    const admin = new pg.Client(pgConfig);
    await admin.connect();
    const db = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await admin.query(`CREATE DATABASE "${db}"`);
    const shadow = wholeScripts(await new PrismaPg({ ...pgConfig, database: db }).connect());
    const close = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await close();
      await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }
}
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPgShadowFix(pgConfig));
const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schemaContent]] }, (log) => { if (process.env.DEBUG) console.error(log); }, adapter);

const [cmd, name = "migration"] = process.argv.slice(2);
if (cmd === "create") {
  // Datamodel-to-datamodel diff: previous schema snapshot (kept next to the migrations)
  // -> current schema. Needs no database and no shadow DB. (A migrations->schema diff needs a
  // shadow DB and fails in 7.10 with "Column type 'char' could not be deserialized".)
  const snapPath = path.join(migrationsDir, "schema.snapshot.prisma");
  fs.mkdirSync(migrationsDir, { recursive: true });
  const from = fs.existsSync(snapPath)
    ? { tag: "schemaDatamodel", files: [{ path: snapPath, content: fs.readFileSync(snapPath, "utf8") }] }
    : { tag: "empty" };
  const res = await engine.diff({ from, to: { tag: "schemaDatamodel", ...schema }, script: true, exitCode: null, shadowDatabaseUrl: null, filters });
  const sql = res.stdout ?? "";
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) { console.log("No schema changes."); }
  else {
    const ts = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${ts}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.writeFileSync(snapPath, schemaContent);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
    console.log("created", path.relative(process.cwd(), dir));
  }
} else if (cmd === "deploy") {
  const res = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  console.log("applied:", res.appliedMigrationNames);
} else {
  console.error("usage: migrate-wasm.mjs create <name> | deploy");
  process.exit(2);
}
if (throwaway) await throwaway.stop();
process.exit(0); // the pg pool would otherwise keep the process alive ~10 s
