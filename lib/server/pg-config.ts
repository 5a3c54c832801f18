import "server-only";
// Connection settings for every PostgreSQL pool the app opens (the app, the seed, the benchmark).
//
// Prisma's pg adapter sends DateTime parameters without an offset, so PostgreSQL reads them in the
// session's TimeZone. On a server whose default zone is not UTC (a managed database set to
// Asia/Jakarta, or one initialised under TZ=Asia/Jakarta) every instant would be stored shifted by
// the zone's offset. Every session therefore runs in UTC; offices' zones are applied when showing.
import type { PoolConfig } from "pg";

export function pgPoolConfig(connectionString: string, extra: PoolConfig = {}): PoolConfig {
  return { connectionString, options: "-c TimeZone=UTC", ...extra };
}
