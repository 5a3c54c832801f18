// Faults: this test's own embedded PostgreSQL is stopped and started again in the middle of a write
// load through the services (contacts logged by a PK). Every write the service acknowledged is in
// the database afterwards; writes during the outage fail as "database unavailable" (never a wrong
// answer); and the same Node process, with the same Prisma client and pool, serves again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// @ts-expect-error: plain ESM script without types (as in embedded-postgres.test.ts)
import { freePort, startEmbeddedPostgres } from "../../scripts/pg.mjs";
// @ts-expect-error: plain ESM script without types
import { migrate } from "../../scripts/lib.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bimbing-faults-"));
let pg: { url: string; port: number; stop: () => Promise<void> } = null!;
let port = 0;
const originalUrl = process.env.DATABASE_URL;
const g = globalThis as { prisma?: unknown };
const originalPrisma = g.prisma;

beforeAll(async () => {
  port = await freePort(0);
  pg = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port, database: "bimbing_faults", persistent: true });
  await migrate(pg.url);
  // A fresh copy of the app's modules, bound to this database (its own Prisma client and pool).
  process.env.DATABASE_URL = pg.url;
  delete g.prisma;
  vi.resetModules();
}, 120_000);

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  g.prisma = originalPrisma;
  await pg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("PostgreSQL restarts during writes", () => {
  it("keeps every acknowledged write and serves again without restarting Node", async () => {
    const { prisma } = await import("@/lib/server/db");
    const { logContact } = await import("@/lib/server/services/log-contact");
    const { ZLogContact } = await import("@/lib/schemas/contact");
    const { isDatabaseUnavailable } = await import("@/lib/server/errors");
    const { actorFor } = await import("../support/actors");
    const { createClient, createOffice, createUser } = await import("../factories");
    const { todayIn, addDays, toIsoDate } = await import("@/lib/domain/calendar");
    expect(process.env.DATABASE_URL).toBe(pg.url);

    const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
    const pkUser = await createUser(prisma, { officeId: jks.id, role: "PK" });
    const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkUser.id });
    const pk = await actorFor(pkUser.id);
    const day = toIsoDate(addDays(todayIn("Asia/Jakarta"), -1));

    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let n = 0;
    const write = async () => {
      const i = n++;
      const input = ZLogContact.parse({ clientId: client.id, idempotencyKey: `fault-${String(i).padStart(12, "0")}`, occurredAt: `${day}T09:15:00+07:00`, type: "LAPOR_DIRI", notes: `Tulis ke-${i}` });
      try {
        const r = await logContact(pk, input);
        acknowledged.push((r as { id: string }).id);
      } catch (e) {
        failures.push(e);
      }
    };
    // Three writers, continuously, while the database goes down and comes back.
    let running = true;
    const writers = Array.from({ length: 3 }, async () => {
      while (running) {
        await write();
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await new Promise((r) => setTimeout(r, 800));
    const beforeOutage = acknowledged.length;
    await pg.stop();
    await new Promise((r) => setTimeout(r, 1000));
    pg = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port, database: "bimbing_faults", persistent: true });
    const afterRestart = acknowledged.length;
    await new Promise((r) => setTimeout(r, 2000));
    running = false;
    await Promise.all(writers);

    expect(beforeOutage).toBeGreaterThan(0);
    expect(acknowledged.length, "writes succeed again after the restart").toBeGreaterThan(afterRestart);
    expect(failures.length, "some writes hit the outage").toBeGreaterThan(0);
    for (const e of failures) expect(isDatabaseUnavailable(e), `not an outage error: ${String(e)} ${JSON.stringify(e)}`).toBe(true);
    const stored = await prisma.contact.findMany({ where: { id: { in: acknowledged } }, select: { id: true } });
    expect(stored.length).toBe(acknowledged.length);
    expect(await prisma.auditEvent.count({ where: { action: "contact.create" } })).toBe(acknowledged.length);
    await prisma.$disconnect();
  }, 60_000);
});
