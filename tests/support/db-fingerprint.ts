// A fingerprint of the whole database: every table's rows hashed in a stable order. Two equal
// fingerprints mean no row was added, removed or changed anywhere.
import { prisma } from "@/lib/server/db";

export async function tableHashes(db = prisma): Promise<Record<string, string>> {
  const tables = (
    await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
  ).map((t) => t.tablename);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint; h: string | null }[]>(
      `SELECT count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "public"."${t}" x`,
    );
    out[t] = `${row.n}:${row.h}`;
  }
  return out;
}
