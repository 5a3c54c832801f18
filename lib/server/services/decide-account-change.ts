import "server-only";
import type { z } from "zod";
import { mayConfirmAccountChange, type PrivilegedRole } from "@/lib/domain/account-changes";
import type { ZDecideAccountChange } from "@/lib/schemas/user-admin";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { prisma } from "../db";
import { conflict, forbidden, notFound } from "../errors";
import { clock } from "../../clock";
import { insertUser, type NewUserValues } from "./create-user";
import { countActiveAdmins } from "./request-account-change";
import { applyPasswordReset } from "./reset-user-password";
import { applyUserUpdate, type UserUpdateValues } from "./update-user";

const STATUS = { CONFIRM: "CONFIRMED", REFUSE: "REFUSED", CANCEL: "CANCELLED" } as const;

/**
 * The second person confirms or refuses a pending account change (the requester may only withdraw
 * it). Confirming applies it in the same transaction: the account is created, its role changed or
 * its password reset (to be changed at the next login). A stored password hash is erased either way.
 */
export async function decideAccountChange(user: CurrentUser, input: z.output<typeof ZDecideAccountChange>): Promise<{ status: string; targetUserId: string | null }> {
  assertCan(user, "account-change:decide");
  const change = await prisma.accountChange.findFirst({
    where: { id: input.changeId, officeId: user.officeId },
    select: { id: true, kind: true, concernsRole: true, requestedById: true, targetUserId: true, status: true, version: true, payload: true, fromRole: true, toRole: true },
  });
  if (!change) throw notFound("Permintaan perubahan akun tidak ditemukan.");
  if (input.decision === "CANCEL") {
    if (change.requestedById !== user.id) throw forbidden("Hanya pengaju yang dapat membatalkan permintaan ini.");
  } else {
    if (change.requestedById === user.id) throw forbidden("Permintaan Anda sendiri harus dikonfirmasi orang kedua, bukan oleh Anda.");
    const parties = { concernsRole: change.concernsRole as PrivilegedRole, requestedById: change.requestedById, targetUserId: change.targetUserId };
    if (!mayConfirmAccountChange(parties, user, await countActiveAdmins(user.officeId))) {
      throw forbidden(change.targetUserId === user.id ? "Perubahan atas akun Anda sendiri harus dikonfirmasi orang lain." : "Anda tidak berwenang mengonfirmasi perubahan akun ini.");
    }
  }
  if (change.status !== "PENDING") throw conflict("Permintaan ini sudah dijawab. Muat ulang halaman.");
  const status = STATUS[input.decision];
  const payload = change.payload as Record<string, unknown>;
  const { passwordHash, ...kept } = payload;

  return prisma.$transaction(async (tx) => {
    const now = clock.now();
    const res = await tx.accountChange.updateMany({
      where: { id: change.id, status: "PENDING", version: input.version },
      data: { status, decidedById: user.id, decidedAt: now, decisionNote: input.note || null, payload: kept as object, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict("Permintaan ini baru saja dijawab atau diubah. Muat ulang halaman.");
    let targetUserId = change.targetUserId;
    if (status === "CONFIRMED") {
      const details = { accountChangeId: change.id, requestedById: change.requestedById };
      if (change.kind === "CREATE_USER") {
        targetUserId = (await insertUser(tx, user, user.officeId, payload as unknown as NewUserValues, details)).id;
        await tx.accountChange.update({ where: { id: change.id }, data: { targetUserId } });
      } else {
        const target = await tx.user.findFirst({ where: { id: change.targetUserId ?? "", officeId: user.officeId }, select: { id: true, role: true, active: true, section: true } });
        if (!target) throw notFound("Akun yang diubah tidak ditemukan lagi.");
        if (change.kind === "CHANGE_ROLE") {
          if (target.role !== change.fromRole) throw conflict("Peran akun ini sudah berubah sejak permintaan diajukan. Tolak permintaan ini dan minta admin mengajukan ulang.");
          await applyUserUpdate(tx, user, user.officeId, target, payload as unknown as UserUpdateValues, details);
        } else {
          if (target.role !== change.fromRole) throw conflict("Peran akun ini sudah berubah sejak permintaan diajukan. Tolak permintaan ini dan minta admin mengajukan ulang.");
          await applyPasswordReset(tx, user, target.id, String(passwordHash), details);
        }
      }
    }
    await audit(tx, user, {
      action: `account.change.${input.decision.toLowerCase()}`, entityType: "AccountChange", entityId: change.id,
      details: { kind: change.kind, concernsRole: change.concernsRole, targetUserId, requestedById: change.requestedById, note: input.note || null },
    });
    return { status, targetUserId };
  });
}
