import "server-only";
import { confirmerLabel, mayConfirmAccountChange, type AccountChangeKind, type PrivilegedRole } from "@/lib/domain/account-changes";
import type { Role } from "@/lib/domain/enums";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";
import { invalid } from "../errors";
import { isUniqueViolation } from "./prisma-errors";

export interface AccountChangeRequest {
  kind: AccountChangeKind;
  concernsRole: PrivilegedRole;
  targetUserId: string | null;
  targetName: string;
  targetEmail: string;
  fromRole: Role | null;
  toRole: Role | null;
  payload: Prisma.InputJsonObject;
}

export interface PendingAccountChange {
  changeId: string;
  /** Who is asked to confirm, in words ("Kepala Bapas", "admin lain di kantor ini"). */
  confirmer: string;
}

/** The office's active admins: one admin means the Kepala confirms changes to a Kepala account. */
export function countActiveAdmins(officeId: string): Promise<number> {
  return prisma.user.count({ where: { officeId, role: "ADMIN", active: true } });
}

/**
 * Records a change that needs a second person (called by create-user, update-user and
 * reset-user-password after their own checks). Refused when nobody in the office could confirm it.
 */
export async function requestAccountChange(user: CurrentUser, req: AccountChangeRequest): Promise<PendingAccountChange> {
  const [activeAdmins, candidates] = await Promise.all([
    countActiveAdmins(user.officeId),
    prisma.user.findMany({ where: { officeId: user.officeId, active: true, role: { in: ["ADMIN", "KEPALA_BAPAS"] } }, select: { id: true, role: true } }),
  ]);
  const parties = { concernsRole: req.concernsRole, requestedById: user.id, targetUserId: req.targetUserId };
  const confirmer = confirmerLabel(req.concernsRole, activeAdmins);
  if (!candidates.some((c) => mayConfirmAccountChange(parties, c, activeAdmins))) {
    throw invalid(`Perubahan ini harus dikonfirmasi oleh ${confirmer}, tetapi tidak ada akun aktif yang dapat mengonfirmasinya. Hubungi pengelola server.`);
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const open = await tx.accountChange.findFirst({
        where: { officeId: user.officeId, status: "PENDING", OR: [...(req.targetUserId ? [{ targetUserId: req.targetUserId }] : []), { kind: "CREATE_USER", targetEmail: req.targetEmail }] },
        select: { id: true },
      });
      if (open) throw invalid("Sudah ada permintaan perubahan untuk akun ini yang menunggu konfirmasi.");
      const change = await tx.accountChange.create({
        data: {
          officeId: user.officeId, kind: req.kind, concernsRole: req.concernsRole, targetUserId: req.targetUserId, targetName: req.targetName,
          targetEmail: req.targetEmail, fromRole: req.fromRole, toRole: req.toRole, payload: req.payload, requestedById: user.id,
        },
        select: { id: true },
      });
      await audit(tx, user, {
        action: "account.change.request", entityType: "AccountChange", entityId: change.id,
        details: { kind: req.kind, concernsRole: req.concernsRole, targetUserId: req.targetUserId, fromRole: req.fromRole, toRole: req.toRole },
      });
      return { changeId: change.id, confirmer };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid("Sudah ada permintaan perubahan untuk akun ini yang menunggu konfirmasi.");
    throw e;
  }
}
