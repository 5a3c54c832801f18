import "server-only";
import type { z } from "zod";
import type { ZUpdateUser } from "@/lib/schemas/user-admin";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { revokeUserSessions } from "../auth/sessions";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { sectionForUser } from "./user-section";

/**
 * An admin changes a user of their office: profile, role, PK level, capacity, active. A role
 * change or a deactivation ends the user's sessions at once. An admin cannot lock themselves out,
 * and a PK with active clients must hand them over before being deactivated or given another role.
 */
export async function updateUser(user: CurrentUser, input: z.output<typeof ZUpdateUser>): Promise<{ version: number; endedSessions: number }> {
  assertCan(user, "user:manage");
  const target = await prisma.user.findFirst({
    where: { id: input.id, officeId: user.officeId },
    select: { id: true, role: true, active: true, version: true, nip: true, section: true },
  });
  if (!target) throw notFound("Pengguna tidak ditemukan.");
  if (target.id === user.id && (input.role !== target.role || !input.active)) {
    throw invalid("Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.");
  }
  const leavesPkWork = target.role === "PK" && (input.role !== "PK" || !input.active);
  if (leavesPkWork) {
    const clients = await prisma.client.count({ where: { assignedPkId: target.id, status: "AKTIF", deletedAt: null } });
    if (clients > 0) throw invalid(`PK ini masih membimbing ${clients} klien aktif. Tugaskan klien tersebut ke PK lain terlebih dahulu.`);
  }
  if (input.nip && input.nip !== target.nip && (await prisma.user.count({ where: { nip: input.nip, id: { not: target.id } } }))) {
    throw invalid("NIP ini sudah dipakai akun lain.", { nip: ["NIP ini sudah dipakai akun lain."] });
  }
  const section = await sectionForUser(user.officeId, input.role, input.section);
  // The section decides what a Kasi may assign: a change ends the sessions like a role change.
  const endsSessions = input.role !== target.role || section !== target.section || (target.active && !input.active);
  return prisma.$transaction(async (tx) => {
    const res = await tx.user.updateMany({
      where: { id: target.id, officeId: user.officeId, version: input.version },
      data: {
        name: input.name, nip: input.nip, role: input.role, pkLevel: input.role === "PK" ? input.pkLevel : null, section,
        capacity: input.capacity, active: input.active, version: { increment: 1 },
      },
    });
    if (res.count === 0) throw conflict("Data pengguna ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");
    const endedSessions = endsSessions ? await revokeUserSessions(tx, target.id, input.active ? "ROLE_CHANGED" : "DEACTIVATED") : 0;
    await audit(tx, user, {
      action: "user.update", entityType: "User", entityId: target.id,
      details: { role: input.role, section, fromSection: target.section, active: input.active, fromRole: target.role, wasActive: target.active, endedSessions },
    });
    return { version: input.version + 1, endedSessions };
  });
}
