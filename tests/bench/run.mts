// `npm run bench`: the built app over HTTP at a national volume, next to the framework's floor.
//
//  1. A throwaway PostgreSQL with pg_stat_statements, migrated, and the national volume seeded with
//     set-based SQL (generate_series): 94 offices, 2,700 PKs, 100,000 active and 30,000 ended
//     clients, ~1.3 M contacts, 1.56 M attendance rows, ~40,000 litmas. The largest office (o1) has
//     3,200 active clients and 84 PKs.
//  2. The app's production build (reused when the sources have not changed) under `next start`, and
//     the floor: a bare Next.js dynamic page that does nothing, built with the same `next` from this
//     repo's node_modules (generated under .bench/floor, kept between runs).
//  3. Logs in through the real login (next-auth's credentials callback) as a PK and the Kepala of o1.
//  4. For each main page: autocannon at 20 connections, interleaved floor, page, floor, page; then
//     one request at a time for the p97.5; SQL statements per view (pg_stat_statements, reset, N
//     views, divided); KB per response; CPU ms per request of node and of PostgreSQL (/proc).
//  5. Prints the table; a full run appends it, with the machine and its load, to docs/benchmarks.md.
//
// Options: --smoke (or BENCH_SMOKE=1): a tiny volume and a few requests per phase, asserts only that
// it runs and prints (in .ci/run). --two-instances: also serves two instances behind nginx (Debian's,
// on loopback) and measures the pages through it. BENCH_SECONDS (default 10): seconds per phase.
// BENCH_PAGES=a,b: only these pages (by key). BENCH_NO_RECORD=1: print only. BENCH_TOP_SQL=1: print
// each page's three costliest statements (database time per view). --seed-only: seed, print the
// DATABASE_URL and keep PostgreSQL up until Ctrl-C (for EXPLAIN ANALYZE at national volume).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pgLib from "pg";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const SMOKE = args.includes("--smoke") || process.env.BENCH_SMOKE === "1";
const TWO = args.includes("--two-instances");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SMOKE_REQUESTS = 20;
/** The smoke run's pages: enough to exercise every code path of the script in CI. */
const SMOKE_PAGES = ["clients", "file", "tasks", "kepalahome", "login"];
const CONNECTIONS = 20;
const SQL_VIEWS = SMOKE ? 2 : 20;
const RECORD = !SMOKE && process.env.BENCH_NO_RECORD !== "1";
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3930);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 8930);

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const { startEmbeddedPostgres, freePort } = await import(path.join(root, "scripts/pg.mjs"));
const lib = await import(path.join(root, "scripts/lib.mjs"));

const log = (m: string) => console.log(`· ${m}`);
const started = performance.now();
const loadAtStart = os.loadavg();

// ------------------------------------------------------------------ volume
interface Volume { offices: number; bigActive: number; bigEnded: number; bigPks: number; active: number; ended: number; pks: number }
const VOLUME: Volume = SMOKE
  ? { offices: 3, bigActive: 200, bigEnded: 60, bigPks: 6, active: 300, ended: 90, pks: 12 }
  : { offices: 94, bigActive: 3200, bigEnded: 960, bigPks: 84, active: 100_000, ended: 30_000, pks: 2700 };

async function seed(db: pgLib.Client, v: Volume) {
  const t0 = performance.now();
  const { hash } = await import("@node-rs/argon2");
  const passwordHash = await hash("Bimbing#2026", { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const rest = v.offices - 1;
  // Per office: active, ended, PKs. Office 1 is the largest; the others share the rest evenly.
  await db.query(`CREATE TEMP TABLE vol AS
    SELECT 1 AS o, ${v.bigActive} AS na, ${v.bigEnded} AS ne, ${v.bigPks} AS np
    UNION ALL SELECT o, (${v.active - v.bigActive} / ${rest}) + (CASE WHEN o - 1 <= (${v.active - v.bigActive} % ${rest}) THEN 1 ELSE 0 END),
      (${v.ended - v.bigEnded} / ${rest}) + (CASE WHEN o - 1 <= (${v.ended - v.bigEnded} % ${rest}) THEN 1 ELSE 0 END),
      (${v.pks - v.bigPks} / ${rest}) + (CASE WHEN o - 1 <= (${v.pks - v.bigPks} % ${rest}) THEN 1 ELSE 0 END)
    FROM generate_series(2, ${v.offices}) o`);
  const zones = "(ARRAY['Asia/Jakarta','Asia/Makassar','Asia/Jayapura'])";
  await db.query(`INSERT INTO "Office" (id, code, name, "officeClass", city, province, address, "timeZone", "letterheadLine1", "letterheadLine2", "updatedAt")
    SELECT 'o' || o, 'K' || o, 'Bapas Kelas I Kota ' || o, 'KELAS_I'::"OfficeClass", 'Kota ' || o, 'Provinsi', 'Jl. Merdeka ' || o,
      CASE WHEN o = 1 THEN 'Asia/Jakarta' ELSE ${zones}[1 + o % 3] END, 'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN', 'KANTOR WILAYAH', now() FROM vol`);
  await db.query(`INSERT INTO "User" (id, "officeId", name, email, "passwordHash", role, "pkLevel", capacity, "updatedAt")
    SELECT 'u' || o || '_' || p, 'o' || o, 'PK ' || o || '-' || p, 'pk' || o || '_' || p || '@bench.id', $1, 'PK'::"Role", 'PK_PERTAMA'::"PkLevel", 40, now()
    FROM vol, generate_series(1, np) p
    UNION ALL SELECT 'k' || o, 'o' || o, 'Kepala ' || o, 'kepala' || o || '@bench.id', $1, 'KEPALA_BAPAS'::"Role", NULL, 40, now() FROM vol
    UNION ALL SELECT 'a' || o, 'o' || o, 'Admin ' || o, 'admin' || o || '@bench.id', $1, 'ADMIN'::"Role", NULL, 40, now() FROM vol`, [passwordHash]);
  const names = ["Ahmad", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kurniawan", "Lestari", "Maulana", "Nurul", "Putra", "Rahmat", "Sutrisno", "Wibowo", "Yusuf", "Saputra"];
  await db.query(`INSERT INTO "Person" (id, "officeId", "fullName", nik, "birthPlace", "birthDate", gender, religion, education, address, "updatedAt")
    SELECT 'p' || o || '_' || i, 'o' || o, ($1::text[])[1 + (i * 7) % 20] || ' ' || ($1::text[])[1 + (i * 13) % 20] || ' ' || i,
      '31' || lpad(o::text, 2, '0') || lpad(i::text, 12, '0'), 'Jakarta', date '1985-01-01' + (i % 9000), 'LAKI_LAKI'::"Gender", 'ISLAM'::"Religion", 'SMA'::"Education", 'Jl. Contoh ' || i, now()
    FROM vol, generate_series(1, na + ne) i`, [names]);
  await db.query(`INSERT INTO "Client" (id, "personId", "officeId", "registerNumber", category, "originType", "originInstitution", offence, program,
      "guidanceStart", "guidanceEnd", status, "statusDate", "currentStage", "assignedPkId", "updatedAt")
    SELECT 'c' || o || '_' || i, 'p' || o || '_' || i, 'o' || o, lpad(i::text, 5, '0') || '/PK/K' || o || '/2026', 'DEWASA'::"ClientCategory",
      'LAPAS'::"OriginType", 'Lapas Kelas I', 'Pencurian', (ARRAY['PB','CB','CMB','ASIMILASI','PIDANA_BERSYARAT']::"Program"[])[1 + i % 5],
      date '2026-01-01' + (i % 300), date '2027-06-01' + (i % 300),
      CASE WHEN i > na THEN 'SELESAI'::"ClientStatus" ELSE 'AKTIF'::"ClientStatus" END,
      CASE WHEN i > na THEN date '2026-10-01' END,
      (ARRAY['AWAL','LANJUTAN','AKHIR']::"StageKind"[])[1 + i % 3], 'u' || o || '_' || (1 + i % np), now()
    FROM vol, generate_series(1, na + ne) i`);
  await db.query(`INSERT INTO "CaseloadAssignment" (id, "officeId", "clientId", "pkId", reason) SELECT 'a' || id, "officeId", id, "assignedPkId", 'Penugasan awal' FROM "Client"`);
  await db.query(`INSERT INTO "GuidanceStage" (id, "clientId", kind, "plannedStart", "plannedEnd", status)
    SELECT 's' || c.id || k.kind, c.id, k.kind::"StageKind", c."guidanceStart" + k.n * 120, c."guidanceStart" + (k.n + 1) * 120 - 1,
      CASE WHEN k.n < array_position(ARRAY['AWAL','LANJUTAN','AKHIR'], c."currentStage"::text) - 1 THEN 'COMPLETED'::"StageStatus"
        WHEN k.n = array_position(ARRAY['AWAL','LANJUTAN','AKHIR'], c."currentStage"::text) - 1 THEN 'ACTIVE'::"StageStatus" ELSE 'PLANNED'::"StageStatus" END
    FROM "Client" c, (VALUES ('AWAL', 0), ('LANJUTAN', 1), ('AKHIR', 2)) k(kind, n)`);
  // Weekly reporting from 12 weeks ago; every window that has closed is recorded (hadir, some izin,
  // a few mangkir), as in an office that keeps up: due days are the start + 7k (lib/domain/reporting.ts).
  await db.query(`INSERT INTO "ReportingSchedule" (id, "clientId", frequency, "startsOn")
    SELECT 'rs' || id, id, 'WEEKLY'::"ReportingFrequency", current_date - 84 - abs(hashtext(id)) % 7 FROM "Client"`);
  await db.query(`INSERT INTO "Contact" (id, "officeId", "clientId", "pkId", "occurredAt", type, outcome, notes)
    SELECT 'ct' || c.id || '_' || n, c."officeId", c.id, c."assignedPkId", timestamptz '2026-11-28 03:00Z' - (n * interval '9 days'), 'KUNJUNGAN_RUMAH'::"ContactType", 'HADIR'::"ContactOutcome",
      'Kunjungan rumah rutin; klien dalam keadaan baik.'
    FROM "Client" c, generate_series(1, 11) n WHERE n <= CASE WHEN c.status = 'AKTIF' THEN 11 ELSE 7 END`);
  await db.query(`INSERT INTO "ReportingAttendance" (id, "clientId", "scheduleId", "dueOn", status, "attendedOn")
    SELECT 'ra' || s."clientId" || '_' || n, s."clientId", s.id, s."startsOn" + 7 * n, (ARRAY['HADIR','HADIR','HADIR','HADIR','IZIN','HADIR','HADIR','MANGKIR','HADIR','HADIR','HADIR','HADIR']::"AttendanceStatus"[])[n],
      s."startsOn" + 7 * n
    FROM "ReportingSchedule" s, generate_series(1, 12) n WHERE s."startsOn" + 7 * n < current_date - 4`);
  await db.query(`INSERT INTO "Litmas" (id, "officeId", "clientId", "personId", purpose, "requesterInstitution", status, "assignedPkId", "assignedAt", "dueAt", "updatedAt")
    SELECT 'l' || c.id, c."officeId", c.id, c."personId", 'INTEGRASI_PB'::"LitmasPurpose", 'Lapas Kelas I',
      (ARRAY['ASSIGNED','DRAFT','SUBMITTED','APPROVED']::"LitmasStatus"[])[1 + abs(hashtext(c.id)) % 4], c."assignedPkId", timestamptz '2026-11-20 03:00Z', timestamptz '2026-12-05 03:00Z', now()
    FROM "Client" c WHERE abs(hashtext(c.id)) % 100 < 31`);
  await db.query("ANALYZE");
  const counts = await db.query<{ t: string; n: string }>(`
    SELECT 'kantor' t, count(*) n FROM "Office" UNION ALL SELECT 'PK', count(*) FROM "User" WHERE role = 'PK'
    UNION ALL SELECT 'klien aktif', count(*) FROM "Client" WHERE status = 'AKTIF' UNION ALL SELECT 'klien selesai', count(*) FROM "Client" WHERE status <> 'AKTIF'
    UNION ALL SELECT 'kontak', count(*) FROM "Contact" UNION ALL SELECT 'lapor diri', count(*) FROM "ReportingAttendance"
    UNION ALL SELECT 'tahap', count(*) FROM "GuidanceStage" UNION ALL SELECT 'litmas', count(*) FROM "Litmas"`);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, summary: counts.rows.map((c) => `${Number(c.n).toLocaleString("en-US")} ${c.t}`).join(", ") };
}

// ------------------------------------------------------------------ the floor app
const floorDir = path.join(root, ".bench", "floor");
function floorFingerprint() {
  const nextPkg = JSON.parse(fs.readFileSync(path.join(root, "node_modules/next/package.json"), "utf8"));
  const reactPkg = JSON.parse(fs.readFileSync(path.join(root, "node_modules/react/package.json"), "utf8"));
  return `next ${nextPkg.version}, react ${reactPkg.version}, floor v1`;
}
async function buildFloor() {
  const stamp = path.join(floorDir, ".next", "bench-floor-fingerprint");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === floorFingerprint()) return;
  fs.rmSync(floorDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(floorDir, "app"), { recursive: true });
  // Plain JS (no TypeScript set-up); node_modules resolve upwards to the repo's.
  fs.writeFileSync(path.join(floorDir, "package.json"), JSON.stringify({ name: "bench-floor", private: true }, null, 2));
  fs.writeFileSync(path.join(floorDir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  fs.writeFileSync(path.join(floorDir, "app", "layout.js"), `export default function Layout({ children }) { return <html lang="id"><body>{children}</body></html>; }\n`);
  // Dynamic: rendered on every request, like the app's pages.
  fs.writeFileSync(path.join(floorDir, "app", "page.js"), `import { connection } from "next/server";\nexport default async function Page() { await connection(); return <p>ok</p>; }\n`);
  log("membangun halaman dasar (floor) Next.js ...");
  const r = spawnSync(nextBin, ["build"], { cwd: floorDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`next build (floor) gagal:\n${r.stdout}\n${r.stderr}`);
  fs.writeFileSync(stamp, floorFingerprint());
}

// ------------------------------------------------------------------ processes and CPU
const children: ChildProcess[] = [];
function startNext(cwd: string, port: number, env: Record<string, string>) {
  const child = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  children.push(child);
  return { child, port, output: () => out };
}
async function waitHttp(url: string, ms = 60_000) {
  const t0 = Date.now();
  for (;;) {
    try { const r = await fetch(url, { redirect: "manual" }); await r.arrayBuffer(); return; } catch { /* not yet */ }
    if (Date.now() - t0 > ms) throw new Error(`${url} tidak menjawab dalam ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const TICK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);
function procTicks(pid: number, withChildren: boolean) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = f.slice(f.lastIndexOf(")") + 2).split(" ");
    // fields[11..14] = utime stime cutime cstime (stat fields 14-17)
    const own = Number(fields[11]) + Number(fields[12]);
    return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
  } catch { return 0; }
}
function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      if (Number(f.slice(f.lastIndexOf(")") + 2).split(" ")[1]) === pid) kids.push(Number(d));
    } catch { /* gone */ }
  }
  return kids;
}
/** CPU ms used so far by a process tree: the root with its reaped children, plus the live descendants. */
function treeCpuMs(pid: number): number {
  let ticks = procTicks(pid, true);
  const walk = (p: number) => { for (const k of childrenOf(p)) { ticks += procTicks(k, true); walk(k); } };
  walk(pid);
  return (ticks * 1000) / TICK;
}

// ------------------------------------------------------------------ HTTP
async function loginCookie(base: string, email: string): Promise<string> {
  const c1 = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await c1.json()) as { csrfToken: string };
  const csrfCookie = c1.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ csrfToken, email, password: "Bimbing#2026", json: "true" }),
  });
  const text = await res.text();
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("bimbing.session="));
  if (!session) throw new Error(`login ${email} gagal (HTTP ${res.status}): ${text.slice(0, 300)}`);
  return session;
}

interface Page { key: string; label: string; path: string; who: "pk" | "kepala" | "none"; rows?: number }
interface Run { rps: number; p975: number; non2xx: number; requests: number }
async function cannon(url: string, cookie: string | null, connections: number): Promise<Run> {
  const opts: autocannon.Options = {
    url, connections, pipelining: 1, headers: cookie ? { cookie } : {},
    ...(SMOKE ? { amount: connections === 1 ? 4 : SMOKE_REQUESTS } : { duration: SECONDS }),
  };
  const t0 = performance.now();
  const r = await autocannon(opts);
  const seconds = (performance.now() - t0) / 1000;
  return { rps: r.requests.total / Math.max(seconds, 0.001), p975: r.latency.p97_5, non2xx: r.non2xx + r.errors + r.timeouts, requests: r.requests.total };
}

// ------------------------------------------------------------------ main
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-bench-"));
fs.chmodSync(tmp, 0o755);
const pg = await startEmbeddedPostgres({
  dir: path.join(tmp, "pg"), database: "bench", persistent: false,
  extraFlags: ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=top", "-c", "max_connections=200", "-c", "shared_buffers=256MB"],
});
let nginx: ChildProcess | null = null;
const db = new pgLib.Client({ connectionString: pg.url });
const results: string[] = [];
let exitCode = 0;
try {
  const m = spawnSync("node", [path.join(root, "scripts/migrate-wasm.mjs"), "deploy"], { env: { ...process.env, DATABASE_URL: pg.url }, encoding: "utf8" });
  if (m.status !== 0) throw new Error(`migrasi gagal: ${m.stderr || m.stdout}`);
  await db.connect();
  await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const seeded = await seed(db, VOLUME);
  log(`data: ${seeded.summary} (dimuat dalam ${seeded.seconds.toFixed(1)} s)`);
  if (args.includes("--seed-only")) {
    // For EXPLAIN ANALYZE by hand at national volume: the database stays up until Ctrl-C.
    log(`--seed-only: DATABASE_URL=${pg.url} (Ctrl-C menghentikan)`);
    await new Promise((resolve) => process.once("SIGINT", resolve));
    throw new Error("dihentikan");
  }
  const postmasterPid = Number(fs.readFileSync(path.join(pg.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

  // The app build (reused when the sources have not changed), and the floor.
  const appEnv = { DATABASE_URL: pg.url, AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef", AUTH_TRUST_HOST: "true", BIMBING_JOBS: "off" };
  if (lib.needsBuild()) { log("membangun aplikasi (next build) ..."); await lib.build(appEnv); }
  await buildFloor();

  const appPort = await freePort(PORT_BASE);
  const floorPort = await freePort(PORT_BASE + 1);
  const appBase = `http://127.0.0.1:${appPort}`;
  const floorBase = `http://127.0.0.1:${floorPort}`;
  const app = startNext(root, appPort, { ...appEnv, NEXTAUTH_URL: appBase, APP_URL: appBase });
  const floor = startNext(floorDir, floorPort, {});
  await Promise.all([waitHttp(`${appBase}/login`), waitHttp(floorBase)]).catch((e) => { throw new Error(`${e.message}\n${app.output().slice(-2000)}`); });

  const cookies = { none: "", pk: await loginCookie(appBase, "pk1_3@bench.id"), kepala: await loginCookie(appBase, "kepala1@bench.id") };
  const pkClient = (await db.query<{ id: string }>(`SELECT id FROM "Client" WHERE "assignedPkId" = 'u1_3' AND status = 'AKTIF' ORDER BY "fullName" LIMIT 1`)).rows[0].id;
  const pkClients = (await db.query<{ n: string }>(`SELECT count(*) n FROM "Client" WHERE "assignedPkId" = 'u1_3' AND status = 'AKTIF'`)).rows[0].n;
  const pages: Page[] = [
    { key: "clients", label: "client list (Kepala)", path: "/clients", who: "kepala", rows: 25 },
    { key: "search", label: "client search (Kepala)", path: "/clients?q=tris", who: "kepala", rows: 25 },
    { key: "file", label: "client file (PK)", path: `/clients/${pkClient}`, who: "pk" },
    { key: "contact", label: "contact form (PK)", path: `/clients/${pkClient}/contacts/new`, who: "pk" },
    { key: "tasks", label: `/tasks (PK, ${pkClients} clients)`, path: "/tasks", who: "pk" },
    { key: "pkhome", label: "PK home", path: "/", who: "pk" },
    { key: "kepalahome", label: "Kepala home", path: "/", who: "kepala" },
    { key: "workload", label: "/workload", path: "/workload", who: "kepala" },
    { key: "litmas", label: "/litmas (Kepala)", path: "/litmas", who: "kepala", rows: 25 },
    { key: "login", label: "login page (signed out)", path: "/login", who: "none" },
    { key: "violations", label: "/violations (Kepala)", path: "/violations", who: "kepala" },
    { key: "letters", label: "/letters (Kepala)", path: "/letters", who: "kepala" },
    { key: "transitions", label: "/transitions (Kepala)", path: "/transitions", who: "kepala" },
    { key: "pendampingan", label: "/pendampingan (Kepala)", path: "/pendampingan", who: "kepala" },
  ].filter((p) => (process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(",").includes(p.key) : !SMOKE || SMOKE_PAGES.includes(p.key))) as Page[];

  // Every page answers 200 for its user before anything is measured.
  // KB per response (the HTML as sent, uncompressed) and the first-load JavaScript: every script
  // the page's HTML loads, in KB gzipped.
  const sizes = new Map<string, number>();
  const firstLoadJs = new Map<string, number>();
  const chunkKb = new Map<string, number>();
  for (const p of pages) {
    const r = await fetch(appBase + p.path, { headers: { cookie: cookies[p.who] }, redirect: "manual" });
    const body = await r.text();
    if (r.status !== 200) throw new Error(`${p.path} (${p.who}) menjawab HTTP ${r.status} ${r.headers.get("location") ?? ""}`);
    sizes.set(p.key, Buffer.byteLength(body) / 1024);
    let js = 0;
    for (const src of new Set([...body.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))) {
      if (!chunkKb.has(src)) chunkKb.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, appBase))).arrayBuffer())).byteLength / 1024);
      js += chunkKb.get(src)!;
    }
    firstLoadJs.set(p.key, js);
  }
  const floorKb = (await (await fetch(floorBase)).arrayBuffer()).byteLength / 1024;

  const nodePid = app.child.pid!;
  const rows: { p: Page; floor: Run[]; page: Run[]; seq: Run; floorSeq: Run; sql: number; cpuNode: number; cpuPg: number }[] = [];
  let floorCpu = 0;
  let floorReqs = 0;
  for (const p of pages) {
    const cookie = cookies[p.who];
    if (!SMOKE) await cannon(appBase + p.path, cookie, 2); // warm-up
    const f1 = await cannon(floorBase, null, CONNECTIONS);
    const n0 = treeCpuMs(nodePid), g0 = treeCpuMs(postmasterPid);
    const a1 = await cannon(appBase + p.path, cookie, CONNECTIONS);
    const n1 = treeCpuMs(nodePid), g1 = treeCpuMs(postmasterPid);
    const fc0 = treeCpuMs(floor.child.pid!);
    const f2 = await cannon(floorBase, null, CONNECTIONS);
    floorCpu += treeCpuMs(floor.child.pid!) - fc0; floorReqs += f2.requests;
    const n2 = treeCpuMs(nodePid), g2 = treeCpuMs(postmasterPid);
    const a2 = await cannon(appBase + p.path, cookie, CONNECTIONS);
    const n3 = treeCpuMs(nodePid), g3 = treeCpuMs(postmasterPid);
    const floorSeq = await cannon(floorBase, null, 1);
    const seq = await cannon(appBase + p.path, cookie, 1);
    // SQL statements per view: reset, N views one at a time, divide. Transaction control
    // (BEGIN/COMMIT) is left out; pg_stat_statements' own queries too.
    await db.query("SELECT pg_stat_statements_reset()");
    for (let i = 0; i < SQL_VIEWS; i++) await (await fetch(appBase + p.path, { headers: { cookie } })).arrayBuffer();
    const { rows: [s] } = await db.query<{ n: string }>(`SELECT coalesce(sum(calls), 0) n FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') AND query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SELECT pg_stat_statements_reset)' AND query !~* 'pg_stat_statements'`);
    // BENCH_TOP_SQL=1: the statements that cost this page the most database time, to name a cause.
    if (process.env.BENCH_TOP_SQL === "1") {
      const { rows: top } = await db.query<{ ms: number; calls: string; query: string }>(`SELECT round((total_exec_time / ${SQL_VIEWS})::numeric, 1)::float ms, calls, query FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bench') AND query !~* 'pg_stat_statements' ORDER BY total_exec_time DESC LIMIT 3`);
      for (const t of top) log(`   ${t.ms} ms/view, ${t.calls} calls: ${t.query.replace(/\s+/g, " ").slice(0, 220)}`);
    }
    const reqs = a1.requests + a2.requests;
    const row = { p, floor: [f1, f2], page: [a1, a2], seq, floorSeq, sql: Number(s.n) / SQL_VIEWS, cpuNode: (n1 - n0 + n3 - n2) / reqs, cpuPg: (g1 - g0 + g3 - g2) / reqs };
    rows.push(row);
    const bad = [a1, a2, seq].reduce((a, r) => a + r.non2xx, 0);
    if (bad) { console.error(`✖ ${p.path}: ${bad} jawaban bukan 2xx`); exitCode = 1; }
    log(`${p.label}: ${((a1.rps + a2.rps) / 2).toFixed(0)} req/s (floor ${((f1.rps + f2.rps) / 2).toFixed(0)}), p97.5 ${Math.max(a1.p975, a2.p975)} ms, satu per satu ${seq.p975} ms, ${row.sql.toFixed(1)} SQL, ${sizes.get(p.key)!.toFixed(0)} KB`);
  }

  const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  const floorRps = rows.flatMap((r) => r.floor.map((f) => f.rps));
  const floorP = rows.flatMap((r) => r.floor.map((f) => f.p975));
  const floorSeqP = rows.map((r) => r.floorSeq.p975);
  const table: string[] = [];
  table.push(`| page (largest office: ${fmt(VOLUME.bigActive)} active, ${VOLUME.bigPks} PKs) | req/s | floor req/s | share of floor | p97.5 ms (floor) | p97.5 ms one at a time (floor) | SQL / view | KB / response | first-load JS KB (gzip) | CPU ms/req node / pg |`);
  table.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const rps = (r.page[0].rps + r.page[1].rps) / 2;
    const frps = (r.floor[0].rps + r.floor[1].rps) / 2;
    const p975 = Math.max(r.page[0].p975, r.page[1].p975);
    const fp975 = Math.max(r.floor[0].p975, r.floor[1].p975);
    table.push(`| ${r.p.label} | ${fmt(rps)} | ${fmt(frps)} | ${fmt((100 * rps) / frps)} % | ${fmt(p975)} (${fmt(fp975)}) | ${fmt(r.seq.p975)} (${fmt(r.floorSeq.p975)}) | ${fmt(r.sql, 1)} | ${fmt(sizes.get(r.p.key)!, 1)} | ${fmt(firstLoadJs.get(r.p.key)!, 0)} | ${fmt(r.cpuNode, 1)} / ${fmt(r.cpuPg, 1)} |`);
  }
  const floorLine = `Floor (bare Next.js ${floorFingerprint().split(",")[0].replace("next ", "")} dynamic page, ${fmt(floorKb, 1)} KB): ${fmt(Math.min(...floorRps))}-${fmt(Math.max(...floorRps))} req/s, p97.5 ${fmt(Math.min(...floorP))}-${fmt(Math.max(...floorP))} ms at ${CONNECTIONS} connections, ${fmt(Math.min(...floorSeqP))}-${fmt(Math.max(...floorSeqP))} ms one at a time, ${fmt(floorCpu / Math.max(floorReqs, 1), 1)} ms CPU per request.`;

  // Two instances behind nginx.
  let twoLines: string[] = [];
  if (TWO) {
    const app2Port = await freePort(PORT_BASE + 2);
    const app2 = startNext(root, app2Port, { ...appEnv, NEXTAUTH_URL: appBase, APP_URL: appBase });
    await waitHttp(`http://127.0.0.1:${app2Port}/login`);
    const ngPort = await freePort(NGINX_PORT);
    nginx = startNginx(path.join(tmp, "nginx"), ngPort, [appPort, app2Port]);
    const ngBase = `http://127.0.0.1:${ngPort}`;
    await waitHttp(`${ngBase}/login`);
    twoLines.push("| page | one instance req/s | two instances behind nginx req/s | ratio | p97.5 ms one / two |", "|---|---:|---:|---:|---:|");
    for (const p of pages.filter((x) => ["clients", "file", "tasks", "kepalahome"].includes(x.key))) {
      await cannon(ngBase + p.path, cookies[p.who], 4);
      const one = await cannon(appBase + p.path, cookies[p.who], CONNECTIONS);
      const two = await cannon(ngBase + p.path, cookies[p.who], CONNECTIONS);
      if (two.non2xx) { console.error(`✖ nginx ${p.path}: ${two.non2xx} jawaban bukan 2xx`); exitCode = 1; }
      twoLines.push(`| ${p.label} | ${fmt(one.rps)} | ${fmt(two.rps)} | ${fmt(two.rps / one.rps, 2)}x | ${fmt(one.p975)} / ${fmt(two.p975)} |`);
      log(`dua instans: ${p.label} ${fmt(one.rps)} -> ${fmt(two.rps)} req/s`);
    }
  }

  const loadAtEnd = os.loadavg();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${fmt(os.totalmem() / 2 ** 30, 1)} GB, ${os.type()} ${os.release()}, Node ${process.version}; load average ${loadAtStart.map((l) => l.toFixed(2)).join("/")} at the start, ${loadAtEnd.map((l) => l.toFixed(2)).join("/")} at the end`;
  results.push(...table, "", floorLine, "", `Machine: ${machine}.`, `Data: ${seeded.summary}, seeded in ${fmt(seeded.seconds, 1)} s. ${SMOKE ? `${SMOKE_REQUESTS} requests` : `${SECONDS} s`} per phase, ${CONNECTIONS} connections, floor and page interleaved (floor, page, floor, page); SQL per view from pg_stat_statements over ${SQL_VIEWS} views (BEGIN/COMMIT not counted).`);
  if (twoLines.length) results.push("", ...twoLines);
  console.log("\n" + results.join("\n") + "\n");
  console.log(`waktu total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (RECORD) {
    const day = new Date().toISOString().slice(0, 10);
    const section = `\n## ${day}, national volume over HTTP (npm run bench${TWO ? " -- --two-instances" : ""})\n\n${results.join("\n")}\n`;
    fs.appendFileSync(path.join(root, "docs", "benchmarks.md"), section);
    log("tabel ditambahkan ke docs/benchmarks.md");
  }
  if (rows.length === 0) exitCode = 1;
} catch (e) {
  console.error(`✖ ${e instanceof Error ? e.stack : e}`);
  exitCode = 1;
} finally {
  for (const c of children) c.kill("SIGTERM");
  nginx?.kill("SIGQUIT");
  await db.end().catch(() => {});
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);

function startNginx(dir: string, port: number, upstreams: number[]): ChildProcess {
  const bin = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((b) => fs.existsSync(b));
  if (!bin) throw new Error("nginx tidak ditemukan: apt-get install -y nginx");
  fs.mkdirSync(path.join(dir, "logs"), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConf(dir, port, upstreams));
  const child = spawn(bin, ["-p", dir, "-c", conf, "-e", path.join(dir, "logs", "error.log"), "-g", "daemon off;"], { stdio: "inherit" });
  return child;
}

/** nginx on loopback in front of the instances: least connections, keep-alive to the upstreams. */
export function nginxConf(dir: string, port: number, upstreams: number[]) {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream bimbing { least_conn; ${upstreams.map((p) => `server 127.0.0.1:${p};`).join(" ")} keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 11m;
    location / {
      proxy_pass http://bimbing;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}
