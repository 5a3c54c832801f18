// `npm run db:backup` / `npm run db:restore` (scripts/backup.mjs): a round trip into a fresh
// database gives the same rows and the same checksum per table; a non-empty target is refused
// without --force.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pgLib from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
// @ts-expect-error: plain ESM script without types (as scripts/pg.mjs in embedded-postgres.test.ts)
import { backup, restore, tableChecksums } from "../../scripts/backup.mjs";
import { createClient, createContact, createLitmas, createOffice, createUser } from "../factories";

const url = process.env.DATABASE_URL!;
const target = url.replace(/\/[^/?]+(\?|$)/, "/bimbing_restore_15c$1");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-backup-"));

async function admin<T>(fn: (c: pgLib.Client) => Promise<T>): Promise<T> {
  const c = new pgLib.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
type Checksums = Record<string, { rows: number; md5: string }>;
async function checksums(u: string): Promise<Checksums> {
  const c = new pgLib.Client({ connectionString: u });
  await c.connect();
  try {
    return await tableChecksums(c);
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "bimbing_restore_15c" WITH (FORCE)`));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("round-trips every table: same rows, same checksums, sequences carried over", async () => {
    const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
    const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
    const pk = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Rina Wulandari, S.Psi. — ‘ejaan’ 🙂" });
    for (let i = 0; i < 3; i++) {
      const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, fullName: `Klien Ke-${i} "kutip"\nbaris baru` });
      await createContact(prisma, { officeId: jks.id, clientId: client.id, pkId: pk.id });
      await createLitmas(prisma, { officeId: jks.id, clientId: client.id, status: "SUBMITTED", assignedPkId: pk.id, createdById: kepala.id, reviewerId: kepala.id });
    }
    await prisma.auditEvent.create({ data: { officeId: jks.id, userId: pk.id, action: "uji.cadangan", entityType: "Uji", entityId: "x", details: { nested: { a: [1, 2, null] }, s: "\\x00 'q'" } } });
    const before = await checksums(url);
    expect(Object.values(before).some((t) => t.rows > 0)).toBe(true);

    const file = path.join(dir, "cadangan.bimbing-backup.gz");
    const made = await backup(url, file);
    expect(fs.existsSync(file)).toBe(true);
    expect(made.rows).toBe(Object.values(before).reduce((n, t) => n + t.rows, 0));

    await admin((c) => c.query(`DROP DATABASE IF EXISTS "bimbing_restore_15c" WITH (FORCE)`).then(() => c.query(`CREATE DATABASE "bimbing_restore_15c"`)));
    await restore(target, file);
    expect(await checksums(target)).toEqual(before);

    // The restored database keeps numbering where the original stopped.
    const c = new pgLib.Client({ connectionString: target });
    await c.connect();
    const seqs = await c.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`);
    await c.end();
    const orig = await admin((x) => x.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`));
    expect(seqs.rows).toEqual(orig.rows);

    // A second restore into the now non-empty database is refused, and changes nothing, unless --force.
    await expect(restore(target, file)).rejects.toThrow(/tidak kosong.*--force/);
    const t = new pgLib.Client({ connectionString: target });
    await t.connect();
    await t.query(`DELETE FROM "Contact"`);
    await t.end();
    expect((await checksums(target)).Contact.rows).toBe(0);
    await restore(target, file, { force: true });
    expect(await checksums(target)).toEqual(before);
  });

  it("refuses a file that is not a Bimbing backup", async () => {
    const file = path.join(dir, "bukan.gz");
    fs.writeFileSync(file, (await import("node:zlib")).gzipSync('{"hello":1}\n'));
    await expect(restore(target, file)).rejects.toThrow(/bukan berkas cadangan Bimbing/);
  });
});
