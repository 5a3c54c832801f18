import "server-only";
import type { CurrentUser } from "./auth/current-user";
import { audit } from "./audit";
import { prisma } from "./db";
import { AppError } from "./errors";
import { clock } from "../clock";

// Every lookup by NIK (the duplicate check while typing, the NIK search, the person suggestions)
// is audited, without the NIK, and throttled per user: an officer registers a few people an hour,
// so 30 lookups in 10 minutes is far above honest use and far below walking the registry.
export const NIK_LOOKUP_LIMIT = 30;
export const NIK_LOOKUP_WINDOW_MINUTES = 10;
const NIK_LOOKUP_ACTIONS = ["client.nik.check", "client.search.nik", "person.match.nik"] as const;
export type NikLookupAction = (typeof NIK_LOOKUP_ACTIONS)[number];

export const NIK_LOOKUP_THROTTLED = `Terlalu banyak pencarian NIK dalam ${NIK_LOOKUP_WINDOW_MINUTES} menit terakhir. Tunggu beberapa menit lalu coba lagi.`;

/**
 * Counts this lookup against the user's allowance and audits it, before the lookup runs. A
 * per-user advisory lock makes the count exact under a burst of parallel requests.
 */
export async function takeNikLookup(user: CurrentUser, action: NikLookupAction, details: Record<string, string | number | boolean | null> = {}): Promise<void> {
  const since = new Date(clock.ms() - NIK_LOOKUP_WINDOW_MINUTES * 60_000);
  const allowed = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bimbing.nik-lookup:${user.id}`}))`;
    const recent = await tx.auditEvent.count({ where: { userId: user.id, action: { in: [...NIK_LOOKUP_ACTIONS] }, at: { gte: since } } });
    if (recent >= NIK_LOOKUP_LIMIT) return false;
    await audit(tx, user, { action, details });
    return true;
  });
  if (!allowed) {
    await audit(prisma, user, { action: "nik.lookup.throttled", details: { tried: action } });
    throw new AppError("VALIDATION", NIK_LOOKUP_THROTTLED);
  }
}
