import "server-only";
import type { z } from "zod";
import type { ZResetUserPassword } from "@/lib/schemas/user-admin";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import { assertCan } from "../auth/permissions";
import { revokeUserSessions } from "../auth/sessions";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { clock } from "../../clock";

/**
 * An admin sets a new password for a user of their office (forgotten password) and lifts a login
 * lock. The user's sessions end; they sign in with the new password and must change it at once.
 */
export async function resetUserPassword(user: CurrentUser, input: z.output<typeof ZResetUserPassword>): Promise<{ endedSessions: number }> {
  assertCan(user, "user:manage");
  if (input.id === user.id) throw invalid("Ganti kata sandi Anda sendiri di halaman Akun saya.");
  const target = await prisma.user.findFirst({ where: { id: input.id, officeId: user.officeId }, select: { id: true } });
  if (!target) throw notFound("Pengguna tidak ditemukan.");
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: target.id },
      data: { passwordHash, passwordChangedAt: clock.now(), mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, version: { increment: 1 } },
    });
    const endedSessions = await revokeUserSessions(tx, target.id, "PASSWORD_RESET");
    await audit(tx, user, { action: "user.password.reset", entityType: "User", entityId: target.id, details: { endedSessions } });
    return { endedSessions };
  });
}
