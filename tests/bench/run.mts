// `npm run bench`: seeds a realistic large Bapas into a throwaway PostgreSQL and times the hot
// reads through the real query functions. Prints a table; results are recorded in docs/benchmarks.md.
// Volume (defaults, override with env): 3 offices x 3,000 clients (2,400 active) and 60 PKs each,
// 12 contacts and 12 reporting records per client, a litmas for one client in three.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const OFFICES = Number(process.env.BENCH_OFFICES ?? 3);
const CLIENTS_PER_OFFICE = Number(process.env.BENCH_CLIENTS ?? 3000);
const PKS_PER_OFFICE = Number(process.env.BENCH_PKS ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const root = path.resolve(import.meta.dirname, "../..");
const { startEmbeddedPostgres } = await import(path.join(root, "scripts/pg.mjs"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-bench-"));
fs.chmodSync(tmp, 0o755);
const pg = await startEmbeddedPostgres({ dir: path.join(tmp, "pg"), database: "bench", persistent: false });
process.env.DATABASE_URL = pg.url;

try {
  execFileSync("node", [path.join(root, "scripts/migrate-wasm.mjs"), "deploy"], { env: process.env, stdio: "ignore" });
  const { prisma } = await import("@/lib/server/db");
  const { hashPassword } = await import("@/lib/server/auth/password");
  const { login } = await import("@/lib/server/auth/login");
  const { listClients, getClientFile } = await import("@/lib/server/queries/clients");
  const { getPkHome, getOfficeOverview } = await import("@/lib/server/queries/home");
  const { actorFor } = await import("../support/actors");

  const t0 = performance.now();
  const hash = await hashPassword("Bimbing#2026");
  // Bulk data straight in SQL: generate_series is orders of magnitude faster than row inserts.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Office" (id, code, name, "officeClass", city, province, address, "timeZone", "letterheadLine1", "letterheadLine2", "updatedAt")
    SELECT 'o' || o, 'K' || o, 'Bapas Kelas I Kota ' || o, 'KELAS_I'::"OfficeClass", 'Kota ' || o, 'Provinsi', 'Jl. Merdeka ' || o, 'Asia/Jakarta', 'KEMENTERIAN', 'KANWIL', now()
    FROM generate_series(1, ${OFFICES}) o`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "User" (id, "officeId", name, email, "passwordHash", role, "pkLevel", capacity, "updatedAt")
    SELECT 'u' || o || '_' || p, 'o' || o, 'PK ' || o || '-' || p, 'pk' || o || '_' || p || '@bench.id', $1, 'PK'::"Role", 'PK_PERTAMA'::"PkLevel", 60, now()
    FROM generate_series(1, ${OFFICES}) o, generate_series(1, ${PKS_PER_OFFICE}) p
    UNION ALL
    SELECT 'k' || o, 'o' || o, 'Kepala ' || o, 'kepala' || o || '@bench.id', $1, 'KEPALA_BAPAS'::"Role", NULL::"PkLevel", 40, now() FROM generate_series(1, ${OFFICES}) o`, hash);
  const names = ["Ahmad", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kurniawan", "Lestari", "Maulana", "Nurul", "Putra", "Rahmat", "Sutrisno", "Wibowo", "Yusuf", "Saputra"];
  // One person per guidance period (the identity), then the periods; the database copies the name.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Person" (id, "officeId", "fullName", nik, "birthPlace", "birthDate", gender, religion, education, address, "updatedAt")
    SELECT 'pc' || o || '_' || i, 'o' || o, ($1::text[])[1 + (i * 7) % 20] || ' ' || ($1::text[])[1 + (i * 13) % 20] || ' ' || i,
      '3174' || lpad((i % 100)::text, 2, '0') || '0101900' || lpad((i % 1000)::text, 3, '0'), 'Jakarta', date '1990-01-01', 'LAKI_LAKI'::"Gender", 'ISLAM'::"Religion", 'SMA'::"Education", 'Jl. Contoh ' || i, now()
    FROM generate_series(1, ${OFFICES}) o, generate_series(1, ${CLIENTS_PER_OFFICE}) i`, names);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Client" (id, "personId", "officeId", "registerNumber", category,
      "originType", "originInstitution", offence, program, "guidanceStart", "guidanceEnd", status, "currentStage", "assignedPkId", "updatedAt")
    SELECT 'c' || o || '_' || i, 'pc' || o || '_' || i, 'o' || o, lpad(i::text, 5, '0') || '/PK/K' || o || '/2026', 'DEWASA'::"ClientCategory",
      'LAPAS'::"OriginType", 'Lapas Kelas I', 'Pencurian', (ARRAY['PB','CB','CMB','ASIMILASI','PIDANA_BERSYARAT']::"Program"[])[1 + i % 5],
      date '2026-01-01' + (i % 300), date '2027-01-01' + (i % 300),
      CASE WHEN i % 5 = 0 THEN 'SELESAI'::"ClientStatus" ELSE 'AKTIF'::"ClientStatus" END,
      (ARRAY['AWAL','LANJUTAN','AKHIR']::"StageKind"[])[1 + i % 3], 'u' || o || '_' || (1 + i % ${PKS_PER_OFFICE}), now()
    FROM generate_series(1, ${OFFICES}) o, generate_series(1, ${CLIENTS_PER_OFFICE}) i`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "CaseloadAssignment" (id, "officeId", "clientId", "pkId", reason) SELECT 'a' || id, "officeId", id, "assignedPkId", 'Penugasan awal' FROM "Client"`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "GuidanceStage" (id, "clientId", kind, "plannedStart", "plannedEnd", status)
    SELECT 's' || c.id || k.kind, c.id, k.kind::"StageKind", c."guidanceStart", c."guidanceEnd", 'PLANNED'::"StageStatus" FROM "Client" c, (VALUES ('AWAL'), ('LANJUTAN'), ('AKHIR')) k(kind)`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Contact" (id, "officeId", "clientId", "pkId", "occurredAt", type, outcome, notes)
    SELECT 'ct' || c.id || '_' || n, c."officeId", c.id, c."assignedPkId", now() - (n * interval '9 days'), 'KUNJUNGAN_RUMAH'::"ContactType", 'HADIR'::"ContactOutcome", 'Kunjungan rumah rutin; klien dalam keadaan baik.'
    FROM "Client" c, generate_series(1, 12) n`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReportingAttendance" (id, "clientId", "dueOn", status)
    SELECT 'ra' || c.id || '_' || n, c.id, c."guidanceStart" + n * 30, (ARRAY['HADIR','HADIR','HADIR','IZIN','MANGKIR']::"AttendanceStatus"[])[1 + n % 5]
    FROM "Client" c, generate_series(0, 11) n`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Litmas" (id, "officeId", "clientId", "personId", purpose, "requesterInstitution", status, "assignedPkId", "dueAt", "updatedAt")
    SELECT 'l' || c.id, c."officeId", c.id, c."personId", 'INTEGRASI_PB'::"LitmasPurpose", 'Lapas Kelas I', (ARRAY['ASSIGNED','DRAFT','SUBMITTED','APPROVED']::"LitmasStatus"[])[1 + length(c.id) % 4], c."assignedPkId", now() + interval '3 days', now()
    FROM "Client" c WHERE right(c.id, 1) IN ('1', '4', '7')`);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  const counts = await prisma.$queryRawUnsafe<{ t: string; n: bigint }[]>(`
    SELECT 'klien' t, count(*) n FROM "Client" UNION ALL SELECT 'kontak', count(*) FROM "Contact"
    UNION ALL SELECT 'lapor diri', count(*) FROM "ReportingAttendance" UNION ALL SELECT 'litmas', count(*) FROM "Litmas" UNION ALL SELECT 'pengguna', count(*) FROM "User"`);
  console.log(`Data: ${counts.map((c) => `${c.n} ${c.t}`).join(", ")} (dimuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);

  const kepala = await actorFor("k1");
  const pk = await actorFor("u1_7");
  const firstPage = await listClients(kepala, {});
  const deepCursor = await (async () => {
    let after: string | undefined;
    for (let i = 0; i < 40; i++) after = (await listClients(kepala, { after })).nextCursor ?? after;
    return after;
  })();
  const clientId = firstPage.items[0].id;

  async function time(label: string, fn: () => Promise<unknown>, runs = RUNS) {
    await fn(); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await fn();
      ms.push(performance.now() - s);
    }
    ms.sort((a, b) => a - b);
    const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
    console.log(`| ${label.padEnd(58)} | ${q(0.5).padStart(7)} | ${q(0.95).padStart(7)} |`);
  }

  console.log(`| ${"operasi (fungsi query nyata, DB lokal)".padEnd(58)} | p50 ms  | p95 ms  |`);
  console.log(`|${"-".repeat(60)}|---------|---------|`);
  await time("daftar klien, halaman 1 (Kepala, 2.400 aktif)", () => listClients(kepala, {}));
  await time("daftar klien, halaman 41 via cursor (Kepala)", () => listClients(kepala, { after: deepCursor }));
  await time("daftar klien, cari nama 'tris' (Kepala)", () => listClients(kepala, { q: "tris" }));
  await time("daftar klien, cari nomor register (Kepala)", () => listClients(kepala, { q: "01234/PK" }));
  await time("daftar klien, filter program + tahap (Kepala)", () => listClients(kepala, { program: "PB", stage: "AKHIR" }));
  await time("daftar klien, semua status (Kepala)", () => listClients(kepala, { status: "SEMUA" }));
  await time("caseload PK (40 klien)", () => listClients(pk, {}));
  await time("berkas klien + audit (Kepala)", () => getClientFile(kepala, clientId));
  await time("beranda PK", () => getPkHome(pk));
  await time("ikhtisar kantor (Kepala)", () => getOfficeOverview(kepala));
  await time("login (argon2id + sesi)", () => login({ email: "pk1_3@bench.id", password: "Bimbing#2026" }), 10);
  await prisma.$disconnect();
} finally {
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
