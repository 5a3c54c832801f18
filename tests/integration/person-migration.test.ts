import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The person-and-cases migration on a database as it stood before it: every client keeps its row
// and gets one person with its identity (no merging, even of an equal NIK), every litmas points at
// its client's person, and nothing is lost. (The same migration ran on the demo data and on the
// benchmark's national volume: docs/decisions/0008-person-and-cases.md.)
const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const dirs = fs.readdirSync(MIGRATIONS).filter((d) => /^\d{14}_/.test(d)).sort();
const target = dirs.findIndex((d) => d.endsWith("_person_and_cases"));
const sqlOf = (d: string) => fs.readFileSync(path.join(MIGRATIONS, d, "migration.sql"), "utf8");

const base = new URL(process.env.DATABASE_URL!);
const dbName = `migr_${process.pid}`;
const url = Object.assign(new URL(base.href), { pathname: `/${dbName}` }).href;
let db: pg.Client;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: base.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  db = new pg.Client({ connectionString: url });
  await db.connect();
  for (const d of dirs.slice(0, target)) await db.query(sqlOf(d));
});

afterAll(async () => {
  await db.end();
  const admin = new pg.Client({ connectionString: base.href });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

const client = (id: string, over: Record<string, string | null> = {}) => {
  const row: Record<string, string | null> = {
    id, officeId: "o1", registerNumber: `R-${id}`, category: "DEWASA", fullName: `Nama ${id}`, aliasName: null, nik: null,
    birthPlace: "Makassar", birthDate: "1991-02-28", gender: "PEREMPUAN", religion: "ISLAM", education: "SMA", address: "Jl. Veteran 1",
    familyContactName: "Ibu Rahma", familyContactRelation: "ibu", familyContactPhone: "081234567890",
    originType: "LAPAS", originInstitution: "Lapas Kelas I Makassar", offence: "Penipuan", program: "PB",
    guidanceStart: "2026-01-02", guidanceEnd: "2026-12-31", updatedAt: "2026-01-02T00:00:00Z", ...over,
  };
  const cols = Object.keys(row);
  return db.query(`INSERT INTO "Client" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
};

describe("the person-and-cases migration", () => {
  it("keeps every row and gives each client its own person and each litmas its client's person", async () => {
    await db.query(`INSERT INTO "Office" (id, code, name, "officeClass", city, province, address, "timeZone", "letterheadLine1", "letterheadLine2", "updatedAt")
      VALUES ('o1', 'MKS', 'Bapas Kelas I Makassar', 'KELAS_I', 'Makassar', 'Sulawesi Selatan', 'Jl. Sultan Alauddin', 'Asia/Makassar', 'KEMENTERIAN', 'KANWIL', now())`);
    await client("c1", { nik: "7371016802910001" });
    await client("c2", { nik: "7371016802910001", fullName: "Nama c1" }); // same NIK: two people until an officer says otherwise
    await client("c3", { category: "ANAK", birthDate: "2010-07-01", gender: "LAKI_LAKI" });
    for (const [id, c, inst] of [["l1", "c1", "Lapas Kelas I Makassar"], ["l2", "c3", "Polrestabes Makassar"], ["l3", "c3", "Pengadilan Negeri Makassar"]]) {
      await db.query(`INSERT INTO "Litmas" (id, "officeId", "clientId", purpose, "requesterInstitution", "updatedAt") VALUES ($1, 'o1', $2, 'PEMBIMBINGAN_AWAL', $3, now())`, [id, c, inst]);
    }
    const before = (await db.query(`SELECT (SELECT count(*) FROM "Client")::int AS clients, (SELECT count(*) FROM "Litmas")::int AS litmas`)).rows[0];

    await db.query(sqlOf(dirs[target]));

    const after = (await db.query(`SELECT (SELECT count(*) FROM "Client")::int AS clients, (SELECT count(*) FROM "Litmas")::int AS litmas, (SELECT count(*) FROM "Person")::int AS persons`)).rows[0];
    expect(after).toEqual({ ...before, persons: 3 });
    const people = (await db.query(`SELECT c.id, p."fullName" = c."fullName" AND p.nik IS NOT DISTINCT FROM c.nik AND p."birthDate" = c."birthDate" AND p.gender = c.gender AND p.address = c.address AS same,
      p."guardianName" FROM "Client" c JOIN "Person" p ON p.id = c."personId" ORDER BY c.id`)).rows;
    expect(people).toEqual([
      { id: "c1", same: true, guardianName: null },
      { id: "c2", same: true, guardianName: null },
      { id: "c3", same: true, guardianName: "Ibu Rahma" }, // a child's family contact becomes the guardian
    ]);
    const litmas = (await db.query(`SELECT l.id, l."personId" = c."personId" AS same_person, l."requesterType" FROM "Litmas" l JOIN "Client" c ON c.id = l."clientId" ORDER BY l.id`)).rows;
    expect(litmas).toEqual([
      { id: "l1", same_person: true, requesterType: "LAPAS" },
      { id: "l2", same_person: true, requesterType: "KEPOLISIAN" },
      { id: "l3", same_person: true, requesterType: "PENGADILAN" },
    ]);
    // A litmas cannot name one person and another person's guidance period.
    await expect(db.query(`UPDATE "Litmas" SET "personId" = 'per_c2' WHERE id = 'l1'`)).rejects.toThrow(/another person/);
  });
});
