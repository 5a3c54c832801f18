import "server-only";
import type { z } from "zod";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import type { ZChangeClientStatus } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";

/**
 * Closes an active client's guidance: selesai, dicabut, dipindahkan or meninggal, with a reason
 * and the date it took effect. The running stage ends that day. Conditional on version and AKTIF.
 */
export async function changeClientStatus(user: CurrentUser, input: z.infer<typeof ZChangeClientStatus>) {
  assertCan(user, "client:change-status");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.id }] },
    select: { id: true, status: true, version: true, guidanceStart: true },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Status klien ini sudah bukan aktif; perubahan status hanya dari status aktif.");
  if (client.version !== input.version) throw conflict("Data klien telah diubah oleh pengguna lain sejak Anda membuka halaman ini. Muat ulang lalu coba lagi.");
  const effectiveDate = parseIsoDate(input.effectiveDate)!;
  const today = todayIn(user.timeZone);
  if (effectiveDate.getTime() > today.getTime()) throw invalid("Tanggal berlaku tidak boleh di masa depan.", { effectiveDate: ["Tanggal berlaku tidak boleh di masa depan."] });
  if (effectiveDate.getTime() < client.guidanceStart.getTime()) throw invalid("Tanggal berlaku tidak boleh sebelum awal bimbingan.", { effectiveDate: ["Tanggal berlaku tidak boleh sebelum awal bimbingan."] });

  return prisma.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({
      where: { id: client.id, officeId: user.officeId, version: input.version, status: "AKTIF", deletedAt: null },
      data: { status: input.toStatus, statusReason: input.reason, statusDate: effectiveDate, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Data klien telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.");
    await tx.guidanceStage.updateMany({ where: { clientId: client.id, status: "ACTIVE" }, data: { status: "COMPLETED", actualEnd: effectiveDate } });
    await tx.clientStatusEvent.create({
      data: { clientId: client.id, fromStatus: "AKTIF", toStatus: input.toStatus, effectiveDate, reason: input.reason, changedById: user.id },
    });
    await audit(tx, user, {
      action: "client.status.change", entityType: "Client", entityId: client.id, clientId: client.id,
      details: { from: "AKTIF", to: input.toStatus, effectiveDate: input.effectiveDate, fromVersion: input.version, toVersion: input.version + 1 },
    });
    return { id: client.id, status: input.toStatus };
  });
}
