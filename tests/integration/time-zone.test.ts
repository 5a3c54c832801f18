import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/server/generated/prisma/client";
import { pgPoolConfig } from "@/lib/server/pg-config";
import { createOffice } from "../factories";

// A database server whose default zone is not UTC (a managed server set to Asia/Jayapura, say)
// must still store every instant as the instant: Prisma's pg adapter sends DateTimes without an
// offset, so the app's sessions run in UTC (lib/server/pg-config.ts).
const url = process.env.DATABASE_URL!;
const dbName = new URL(url).pathname.slice(1);

async function raw<T extends pg.QueryResultRow>(text: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

afterEach(async () => {
  await raw(`ALTER DATABASE "${dbName}" RESET timezone`);
});

describe("instants on a database server in another zone", () => {
  it("are stored as the instant the app meant", async () => {
    await raw(`ALTER DATABASE "${dbName}" SET timezone TO 'Asia/Jayapura'`);
    const db = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url)) });
    try {
      const office = await createOffice(db);
      const at = new Date("2026-12-31T14:50:00.000Z"); // 23.50 WIT
      const event = await db.auditEvent.create({ data: { officeId: office.id, action: "test.zone", at }, select: { id: true } });
      const [row] = await raw<{ utc: string }>(`SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS utc FROM "AuditEvent" WHERE id = $1`, [event.id]);
      expect(row.utc).toBe("2026-12-31T14:50");
      const back = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id }, select: { at: true } });
      expect(back.at.toISOString()).toBe(at.toISOString());
    } finally {
      await db.$disconnect();
    }
  });

  it("without the UTC session they would be shifted by the zone's offset (why the setting exists)", async () => {
    await raw(`ALTER DATABASE "${dbName}" SET timezone TO 'Asia/Jayapura'`);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      const office = await createOffice(db);
      const event = await db.auditEvent.create({ data: { officeId: office.id, action: "test.zone", at: new Date("2026-12-31T14:50:00.000Z") }, select: { id: true } });
      const [row] = await raw<{ utc: string }>(`SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS utc FROM "AuditEvent" WHERE id = $1`, [event.id]);
      expect(row.utc).toBe("2026-12-31T05:50");
    } finally {
      await db.$disconnect();
    }
  });
});
