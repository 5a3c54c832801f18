import "server-only";
import type { z } from "zod";
import { privilegedRoleOf } from "@/lib/domain/account-changes";
import type { Role, Section } from "@/lib/domain/enums";
import type { ZUpdateUser } from "@/lib/schemas/user-admin";
import { audit, type AuditActor } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { revokeUserSessions } from "../auth/sessions";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { requestAccountChange, type PendingAccountChange } from "./request-account-change";
import { sectionForUser } from "./user-section";

export type UserUpdateValues = Omit<z.output<typeof ZUpdateUser>, "section"> & { section: Section | null };
interface UpdateTarget {
  id: string;
  role: Role;
  active: boolean;
  section: Section | null;
}

/**
 * An admin changes a user of their office: profile, role, PK level, capacity, active. A role
 * change or a deactivation ends the user's sessions at once. An admin cannot lock themselves out,
 * and a PK with active clients must hand them over before being deactivated or given another role.
 * An edit that makes the account a Kepala or an admin waits for a second person.
 */
export async function updateUser(
  user: CurrentUser,
  input: z.output<typeof ZUpdateUser>,
): Promise<{ version: number; endedSessions: number; pending: PendingAccountChange | null }> {
  assertCan(user, "user:manage");
  const target = await prisma.user.findFirst({
    where: { id: input.id, officeId: user.officeId },
    select: { id: true, role: true, active: true, version: true, nip: true, section: true, name: true, email: true },
  });
  if (!target) throw notFound("Pengguna tidak ditemukan.");
  if (target.id === user.id && (input.role !== target.role || !input.active)) {
    throw invalid("Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.");
  }
  if (input.nip && input.nip !== target.nip && (await prisma.user.count({ where: { nip: input.nip, id: { not: target.id } } }))) {
    throw invalid("NIP ini sudah dipakai akun lain.", { nip: ["NIP ini sudah dipakai akun lain."] });
  }
  const section = await sectionForUser(user.officeId, input.role, input.section);
  const values: UserUpdateValues = { ...input, pkLevel: input.role === "PK" ? input.pkLevel : null, section };
  await assertPkWorkHandedOver(prisma, target, values);
  const concerns = privilegedRoleOf("CHANGE_ROLE", { fromRole: target.role, toRole: input.role });
  if (concerns) {
    if (target.version !== input.version) throw conflict("Data pengguna ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");
    const pending = await requestAccountChange(user, {
      kind: "CHANGE_ROLE", concernsRole: concerns, targetUserId: target.id, targetName: target.name, targetEmail: target.email, fromRole: target.role, toRole: input.role,
      payload: { ...values },
    });
    return { version: input.version, endedSessions: 0, pending };
  }
  return prisma.$transaction(async (tx) => ({ ...(await applyUserUpdate(tx, user, user.officeId, target, values)), pending: null }));
}

async function assertPkWorkHandedOver(db: Tx | typeof prisma, target: UpdateTarget, values: UserUpdateValues) {
  if (target.role !== "PK" || (values.role === "PK" && values.active)) return;
  const clients = await db.client.count({ where: { assignedPkId: target.id, status: "AKTIF", deletedAt: null } });
  if (clients > 0) throw invalid(`PK ini masih membimbing ${clients} klien aktif. Tugaskan klien tersebut ke PK lain terlebih dahulu.`);
}

/** The conditional write, the sessions it ends and the audit row (also run when a pending change is confirmed). */
export async function applyUserUpdate(tx: Tx, actor: AuditActor, officeId: string, target: UpdateTarget, values: UserUpdateValues, details: Record<string, string> = {}) {
  await assertPkWorkHandedOver(tx, target, values);
  // The section decides what a Kasi may assign: a change ends the sessions like a role change.
  const endsSessions = values.role !== target.role || values.section !== target.section || (target.active && !values.active);
  const res = await tx.user.updateMany({
    where: { id: target.id, officeId, version: values.version },
    data: {
      name: values.name, nip: values.nip, role: values.role, pkLevel: values.pkLevel, section: values.section,
      capacity: values.capacity, active: values.active, version: { increment: 1 },
    },
  });
  if (res.count === 0) throw conflict("Data pengguna ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");
  const endedSessions = endsSessions ? await revokeUserSessions(tx, target.id, values.active ? "ROLE_CHANGED" : "DEACTIVATED") : 0;
  await audit(tx, actor, {
    action: "user.update", entityType: "User", entityId: target.id,
    details: { role: values.role, section: values.section, fromSection: target.section, active: values.active, fromRole: target.role, wasActive: target.active, endedSessions, ...details },
  });
  return { version: values.version + 1, endedSessions };
}
