import "server-only";
import { audit } from "../audit";
import { prisma } from "../db";
import { env } from "../env";
import { dummyVerify, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { lockMinutesLeft, takeAttemptSlot } from "./attempts";
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
 * the account is locked for `loginLockMinutes`, whatever IP the attempts come from.
 *
 * The lockout is judged atomically (lib/server/auth/attempts.ts): a burst of parallel requests has
 * at most `loginMaxFailures` passwords evaluated, and a locked account refuses even the right
 * password. A success frees the count. Every attempt is logged.
 *
 * The caller must not tell LOCKED from INVALID to the person signing in (that would reveal which
 * emails have accounts): see lib/auth-messages.ts. The admin sees locks in the audit trail.
 */
export async function login(input: LoginInput, now = clock.now()): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, officeId: true, passwordHash: true, active: true },
  });
  const logAttempt = (success: boolean, reason: string) =>
    prisma.loginAttempt.create({ data: { email, userId: user?.id ?? null, success, reason, ip: input.ip ?? null, at: now } });

  if (!user) {
    await dummyVerify(input.password);
    await logAttempt(false, "UNKNOWN_USER");
    return { ok: false, code: "INVALID" };
  }

  const slot = await takeAttemptSlot(prisma, user.id, now);
  if (!slot) {
    await logAttempt(false, "LOCKED");
    return { ok: false, code: "LOCKED", minutesLeft: await lockMinutesLeft(prisma, user.id, now) };
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) {
    const justLocked = slot.locksOnFailure;
    await prisma.$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: { email, userId: user.id, success: false, reason: "BAD_PASSWORD", ip: input.ip ?? null, at: now } });
      await audit(tx, { id: user.id, officeId: user.officeId }, {
        action: justLocked ? "auth.account.locked" : "auth.login.failed",
        entityType: "User",
        entityId: user.id,
        ip: input.ip,
        details: { failedLoginCount: slot.n },
      });
    });
    if (justLocked) return { ok: false, code: "LOCKED", minutesLeft: env.loginLockMinutes };
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

