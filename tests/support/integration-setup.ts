import { afterAll, beforeEach } from "vitest";
import { prisma } from "@/lib/server/db";

// Every integration test starts from an empty database (schema migrated once by `npm test`).
let tables: string[] | null = null;

beforeEach(async () => {
  tables ??= (
    await prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((t) => `"public"."${t.tablename}"`);
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  await prisma.$disconnect();
});
