import "server-only";
import type { ChangePasswordInput } from "@/lib/schemas/auth";
import { audit } from "../audit";
import { clearAttempts, lockMinutesLeft, takeAttemptSlot } from "../auth/attempts";
import type { CurrentUser } from "../auth/current-user";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession, revokeUserSessions } from "../auth/sessions";
import { prisma } from "../db";
import { invalid } from "../errors";
import { clock } from "../../clock";

export interface PasswordChanged {
  /** The user's other sessions that were ended (this device's is renewed, not counted). */
  endedSessions: number;
  /** The new session's token, for the caller to put in the cookie: the session is renewed. */
  sessionToken: string;
}

/**
 * Changes the user's own password. The current password is judged through the same attempt count
 * as the login (at most 5 wrong ones, then the account is locked for new logins for 15 minutes), so
 * a stolen session cannot be used to guess it. Every session of the user ends, this one included,
 * and a new session is created for this device: a session that existed before the change is never
 * valid after it.
 */
export async function changePassword(
  user: CurrentUser,
  input: ChangePasswordInput,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<PasswordChanged> {
  const now = clock.now();
  const slot = await takeAttemptSlot(prisma, user.id, now);
  if (!slot) {
    const minutes = await lockMinutesLeft(prisma, user.id, now);
    throw invalid(`Terlalu banyak kata sandi yang salah. Coba lagi dalam ${minutes} menit.`, {
      currentPassword: [`Terlalu banyak percobaan yang salah. Coba lagi dalam ${minutes} menit.`],
    });
  }
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await audit(prisma, user, {
      action: slot.locksOnFailure ? "auth.account.locked" : "user.password.change.failed",
      entityType: "User",
      entityId: user.id,
      details: { failedLoginCount: slot.n },
    });
    throw invalid("Kata sandi saat ini salah.", { currentPassword: ["Kata sandi saat ini salah."] });
  }
  if (await verifyPassword(row.passwordHash, input.newPassword)) {
    await clearAttempts(prisma, user.id);
    throw invalid("Kata sandi baru harus berbeda dari kata sandi saat ini.", { newPassword: ["Pilih kata sandi yang berbeda dari kata sandi saat ini."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null, version: { increment: 1 } },
    });
    const endedSessions = await revokeUserSessions(tx, user.id, "PASSWORD_CHANGED", user.sessionId);
    await revokeUserSessions(tx, user.id, "PASSWORD_CHANGED_RENEWED"); // this device's old session
    const sessionToken = await createSession(tx, user.id, meta, now);
    await audit(tx, user, { action: "user.password.change", entityType: "User", entityId: user.id, details: { endedSessions, sessionRenewed: true } });
    return { endedSessions, sessionToken };
  });
}
