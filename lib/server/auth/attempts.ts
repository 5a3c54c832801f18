import "server-only";
// The account's password attempts, counted atomically: before a password is verified (at login,
// or as the current password in a password change) the attempt takes one of the account's
// `loginMaxFailures` slots in a single conditional UPDATE. A burst of parallel requests therefore
// has at most that many passwords judged; the others are refused unseen, and a locked account
// refuses even the right password.
import { minutesLeft } from "@/lib/domain/lockout";
import type { Db, Tx } from "../db";
import { env } from "../env";

export interface AttemptSlot {
  /** This attempt's place in the count of consecutive failures (1..max). */
  n: number;
  /** This attempt filled the count: if it fails, the account is now locked. */
  locksOnFailure: boolean;
}

/**
 * Takes a slot, or returns null while the account is locked. A lock that has run out starts a fresh
 * count. The slot that fills the count sets the lock at once (a crash mid-attempt cannot leave the
 * account blocked for good); a success on that slot lifts it again (`clearAttempts`).
 */
export async function takeAttemptSlot(db: Db | Tx, userId: string, now: Date): Promise<AttemptSlot | null> {
  const max = env.loginMaxFailures;
  const lockUntil = new Date(now.getTime() + env.loginLockMinutes * 60_000);
  const [slot] = await db.$queryRaw<{ n: number }[]>`
    UPDATE "User" SET
      "failedLoginCount" = CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedLoginCount" + 1 END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "lockedUntil" IS NOT NULL THEN 1 ELSE "failedLoginCount" + 1 END) >= ${max}::int THEN ${lockUntil}::timestamptz
        ELSE NULL END
    WHERE id = ${userId} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamptz)
    RETURNING "failedLoginCount" AS n`;
  if (!slot) return null;
  const n = Number(slot.n);
  return { n, locksOnFailure: n >= max };
}

/** A right password: the count starts again. */
export async function clearAttempts(db: Db | Tx, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { failedLoginCount: 0, lockedUntil: null } });
}

/** Whole minutes until the account's lock runs out (at least 1). */
export async function lockMinutesLeft(db: Db | Tx, userId: string, now: Date): Promise<number> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { lockedUntil: true } });
  return minutesLeft(row?.lockedUntil ?? new Date(now.getTime() + env.loginLockMinutes * 60_000), now);
}
