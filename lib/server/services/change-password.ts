import "server-only";
import type { ChangePasswordInput } from "@/lib/schemas/auth";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeUserSessions } from "../auth/sessions";
import { prisma } from "../db";
import { invalid } from "../errors";
import { clock } from "../../clock";

/** Changes the user's own password and ends their other sessions. */
export async function changePassword(user: CurrentUser, input: ChangePasswordInput): Promise<{ endedSessions: number }> {
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw invalid("Kata sandi saat ini salah.", { currentPassword: ["Kata sandi saat ini salah."] });
  }
  if (await verifyPassword(row.passwordHash, input.newPassword)) {
    throw invalid("Kata sandi baru harus berbeda dari kata sandi saat ini.", { newPassword: ["Pilih kata sandi yang berbeda dari kata sandi saat ini."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: clock.now(), mustChangePassword: false, version: { increment: 1 } } });
    const endedSessions = await revokeUserSessions(tx, user.id, "PASSWORD_CHANGED", user.sessionId);
    await audit(tx, user, { action: "user.password.change", entityType: "User", entityId: user.id, details: { endedSessions } });
    return { endedSessions };
  });
}
