import "server-only";
import { afterFailure, isLocked, minutesLeft } from "@/lib/domain/lockout";
import { audit } from "../audit";
import { prisma } from "../db";
import { env } from "../env";
import { dummyVerify, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { clock } from "../../clock";

export type LoginFailure = "INVALID" | "LOCKED" | "INACTIVE";
export type LoginResult = { ok: true; userId: string; sessionToken: string } | { ok: false; code: LoginFailure; minutesLeft?: number };

export interface LoginInput {
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Checks credentials with per-account throttling: after `loginMaxFailures` consecutive failures
 * the account is locked for `loginLockMinutes`, whatever IP the attempts come from. Every attempt
 * is logged. On success a server-side session is created and its token returned.
 */
export async function login(input: LoginInput, now = clock.now()): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, officeId: true, passwordHash: true, active: true, failedLoginCount: true, lockedUntil: true },
  });
  const logAttempt = (success: boolean, reason: string) =>
    prisma.loginAttempt.create({ data: { email, userId: user?.id ?? null, success, reason, ip: input.ip ?? null, at: now } });

  if (!user) {
    await dummyVerify(input.password);
    await logAttempt(false, "UNKNOWN_USER");
    return { ok: false, code: "INVALID" };
  }
  if (isLocked(user, now)) {
    await logAttempt(false, "LOCKED");
    return { ok: false, code: "LOCKED", minutesLeft: minutesLeft(user.lockedUntil!, now) };
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) {
    // Row lock so concurrent failures each count (no lost increments).
    const locked = await prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ failedLoginCount: number; lockedUntil: Date | null }[]>`
        SELECT "failedLoginCount", "lockedUntil" FROM "User" WHERE id = ${user.id} FOR UPDATE`;
      const next = afterFailure(row, now, env.loginMaxFailures, env.loginLockMinutes);
      await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil } });
      await tx.loginAttempt.create({ data: { email, userId: user.id, success: false, reason: "BAD_PASSWORD", ip: input.ip ?? null, at: now } });
      await audit(tx, { id: user.id, officeId: user.officeId }, {
        action: next.justLocked ? "auth.account.locked" : "auth.login.failed",
        entityType: "User",
        entityId: user.id,
        ip: input.ip,
        details: { failedLoginCount: next.failedLoginCount },
      });
      return next.justLocked;
    });
    if (locked) return { ok: false, code: "LOCKED", minutesLeft: env.loginLockMinutes };
    return { ok: false, code: "INVALID" };
  }

  if (!user.active) {
    await logAttempt(false, "INACTIVE");
    return { ok: false, code: "INACTIVE" };
  }

  const sessionToken = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    await tx.loginAttempt.create({ data: { email, userId: user.id, success: true, reason: "OK", ip: input.ip ?? null, at: now } });
    await audit(tx, { id: user.id, officeId: user.officeId }, { action: "auth.login", entityType: "User", entityId: user.id, ip: input.ip });
    return createSession(tx, user.id, { ip: input.ip, userAgent: input.userAgent }, now);
  });
  return { ok: true, userId: user.id, sessionToken };
}
