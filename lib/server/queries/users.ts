import "server-only";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { clock } from "../../clock";

/** One user of the admin's office, for the edit page; null outside the office. */
export async function getOfficeUser(user: CurrentUser, userId: string) {
  assertCan(user, "user:manage");
  const row = await prisma.user.findFirst({
    where: { id: userId, officeId: user.officeId },
    select: {
      id: true, name: true, email: true, nip: true, role: true, pkLevel: true, section: true, capacity: true, active: true, version: true,
      lockedUntil: true, lastLoginAt: true, createdAt: true,
    },
  });
  if (!row) return null;
  const [activeClients, liveSessions, pendingChange] = await Promise.all([
    prisma.client.count({ where: { assignedPkId: row.id, status: "AKTIF", deletedAt: null } }),
    prisma.session.count({ where: { userId: row.id, revokedAt: null, expiresAt: { gt: clock.now() } } }),
    // A change to this account that waits for a second person (separation of duties).
    prisma.accountChange.findFirst({ where: { targetUserId: row.id, officeId: user.officeId, status: "PENDING" }, select: { kind: true, toRole: true } }),
  ]);
  return { ...row, activeClients, liveSessions, pendingChange };
}

/** The office's settings as the admin's settings screen shows them. */
export async function getOfficeSettings(user: CurrentUser) {
  assertCan(user, "office:manage");
  return prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { name: true, settings: true, version: true } });
}
