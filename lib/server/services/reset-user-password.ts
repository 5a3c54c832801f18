import "server-only";
import type { z } from "zod";
import { privilegedRoleOf } from "@/lib/domain/account-changes";
import type { ZResetUserPassword } from "@/lib/schemas/user-admin";
import { audit, type AuditActor } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import { assertCan } from "../auth/permissions";
import { revokeUserSessions } from "../auth/sessions";
import { prisma, type Tx } from "../db";
import { invalid, notFound } from "../errors";
import { clock } from "../../clock";
import { requestAccountChange, type PendingAccountChange } from "./request-account-change";

/**
 * An admin sets a new password for a user of their office (forgotten password) and lifts a login
 * lock. The user's sessions end; they sign in with the new password and must change it at once.
 * A Kepala's or an admin's password waits for a second person.
 */
export async function resetUserPassword(user: CurrentUser, input: z.output<typeof ZResetUserPassword>): Promise<{ endedSessions: number; pending: PendingAccountChange | null }> {
  assertCan(user, "user:manage");
  if (input.id === user.id) throw invalid("Ganti kata sandi Anda sendiri di halaman Akun saya.");
  const target = await prisma.user.findFirst({ where: { id: input.id, officeId: user.officeId }, select: { id: true, role: true, name: true, email: true } });
  if (!target) throw notFound("Pengguna tidak ditemukan.");
  const passwordHash = await hashPassword(input.password);
  const concerns = privilegedRoleOf("RESET_PASSWORD", { fromRole: target.role });
  if (concerns) {
    const pending = await requestAccountChange(user, {
      kind: "RESET_PASSWORD", concernsRole: concerns, targetUserId: target.id, targetName: target.name, targetEmail: target.email, fromRole: target.role, toRole: null,
      payload: { passwordHash },
    });
    return { endedSessions: 0, pending };
  }
  return prisma.$transaction(async (tx) => ({ ...(await applyPasswordReset(tx, user, target.id, passwordHash)), pending: null }));
}

/** Sets the password, which must be changed at the next login; lifts a lock; ends the sessions. */
export async function applyPasswordReset(tx: Tx, actor: AuditActor, targetId: string, passwordHash: string, details: Record<string, string> = {}) {
  await tx.user.update({
    where: { id: targetId },
    data: { passwordHash, passwordChangedAt: clock.now(), mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, version: { increment: 1 } },
  });
  const endedSessions = await revokeUserSessions(tx, targetId, "PASSWORD_RESET");
  await audit(tx, actor, { action: "user.password.reset", entityType: "User", entityId: targetId, details: { endedSessions, ...details } });
  return { endedSessions };
}
