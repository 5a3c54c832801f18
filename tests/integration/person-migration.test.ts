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

// The contract step: Client drops its identity copies. Built on a database in the schema just
// before it, with guidance periods whose person lacks a value or holds another one.
describe("the drop-client-identity-copies migration", () => {
  const dropTarget = dirs.findIndex((d) => d.endsWith("_drop_client_identity_copies"));
  const dbName2 = `migr2_${process.pid}`;
  const url2 = Object.assign(new URL(base.href), { pathname: `/${dbName2}` }).href;
  let db2: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base.href });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName2}"`);
    await admin.end();
    db2 = new pg.Client({ connectionString: url2 });
    await db2.connect();
    for (const d of dirs.slice(0, dropTarget)) await db2.query(sqlOf(d));
  });
  afterAll(async () => {
    await db2.end();
    const admin = new pg.Client({ connectionString: base.href });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName2}" WITH (FORCE)`);
    await admin.end();
  });

  const insert = (table: string, row: Record<string, string | null>) => {
    const cols = Object.keys(row);
    return db2.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
  };
  const identity = {
    aliasName: null, nik: "7371016802910001", birthPlace: "Makassar", birthDate: "1991-02-28", gender: "PEREMPUAN", religion: "ISLAM", education: "SMA",
    occupation: "Pedagang", maritalStatus: "KAWIN", address: "Jl. Veteran 1", city: "Makassar", phone: "081234567890",
  };
  const period = (id: string, personId: string, over: Record<string, string | null> = {}) => insert("Client", {
    id, personId, officeId: "o1", registerNumber: `R-${id}`, category: "DEWASA", fullName: `Nama ${personId}`, ...identity,
    originType: "LAPAS", originInstitution: "Lapas Kelas I Makassar", offence: "Penipuan", program: "PB",
    guidanceStart: "2026-01-02", guidanceEnd: "2026-12-31", createdAt: "2026-01-02T00:00:00Z", updatedAt: "2026-01-02T00:00:00Z", ...over,
  });

  it("keeps every row and every value, then keeps the list name from the person", async () => {
    await db2.query(`INSERT INTO "Office" (id, code, name, "officeClass", city, province, address, "timeZone", "letterheadLine1", "letterheadLine2", "updatedAt")
      VALUES ('o1', 'MKS', 'Bapas Kelas I Makassar', 'KELAS_I', 'Makassar', 'Sulawesi Selatan', 'Jl. Sultan Alauddin', 'Asia/Makassar', 'KEMENTERIAN', 'KANWIL', now())`);
    // p1: the person holds the same identity. p2: a person from a litmas, lacking most values.
    // p3: two periods; the earlier one had another address and phone (the person moved since).
    await insert("Person", { id: "p1", officeId: "o1", fullName: "Nama p1", ...identity, updatedAt: "2026-01-02T00:00:00Z" });
    await insert("Person", { id: "p2", officeId: "o1", fullName: "Nama p2", updatedAt: "2026-01-02T00:00:00Z" });
    await insert("Person", { id: "p3", officeId: "o1", fullName: "Nama p3", ...identity, nik: "7371016802910002", address: "Jl. Baru 9", phone: null, updatedAt: "2026-01-02T00:00:00Z" });
    await period("c1", "p1");
    await period("c2", "p2", { nik: "7371016802910003" });
    await period("c3a", "p3", { nik: "7371016802910002", createdAt: "2024-01-02T00:00:00Z" });
    await period("c3b", "p3", { nik: "7371016802910002", address: "Jl. Baru 9", phone: null, createdAt: "2026-01-02T00:00:00Z" });
    const counts = `SELECT (SELECT count(*) FROM "Client")::int AS clients, (SELECT count(*) FROM "Person")::int AS persons`;
    const before = (await db2.query(counts)).rows[0];

    await db2.query(sqlOf(dirs[dropTarget]));

    expect((await db2.query(counts)).rows[0]).toEqual(before);
    const cols = (await db2.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Client'`)).rows.map((r) => r.column_name);
    for (const gone of Object.keys(identity)) expect(cols).not.toContain(gone);
    // The person who lacked the values has them from the guidance period.
    const p2 = (await db2.query(`SELECT nik, "birthPlace", to_char("birthDate", 'YYYY-MM-DD') AS "birthDate", gender, religion, education, occupation, "maritalStatus", address, city, phone FROM "Person" WHERE id = 'p2'`)).rows[0];
    const { aliasName: _a, ...values } = identity;
    void _a;
    expect(p2).toEqual({ ...values, nik: "7371016802910003" });
    // The person who moved keeps the new address; the earlier period's own values are in the audit trail.
    expect((await db2.query(`SELECT address, phone FROM "Person" WHERE id = 'p3'`)).rows[0]).toEqual({ address: "Jl. Baru 9", phone: null });
    const archived = (await db2.query(`SELECT "clientId", "personId", details->'values' AS v FROM "AuditEvent" WHERE action = 'client.identity.archived' ORDER BY "clientId"`)).rows;
    expect(archived).toEqual([{ clientId: "c3a", personId: "p3", v: { address: "Jl. Veteran 1", phone: "081234567890" } }]);

    // The list name is the person's, kept by the database: on insert, and when the person is renamed.
    await insert("Client", {
      id: "c4", personId: "p1", officeId: "o1", registerNumber: "R-c4", category: "DEWASA", originType: "LAPAS", originInstitution: "Lapas", offence: "Penipuan",
      program: "PB", guidanceStart: "2027-01-02", guidanceEnd: "2027-12-31", updatedAt: "2027-01-02T00:00:00Z",
    });
    await db2.query(`UPDATE "Person" SET "fullName" = 'Nama Baru' WHERE id = 'p1'`);
    await db2.query(`UPDATE "Client" SET "fullName" = 'Bukan nama orangnya' WHERE id = 'c2'`);
    const names = (await db2.query(`SELECT id, "fullName" FROM "Client" ORDER BY id`)).rows;
    expect(names).toEqual([
      { id: "c1", fullName: "Nama Baru" }, { id: "c2", fullName: "Nama p2" }, { id: "c3a", fullName: "Nama p3" }, { id: "c3b", fullName: "Nama p3" }, { id: "c4", fullName: "Nama Baru" },
    ]);
  });
});
