import "server-only";
import type { z } from "zod";
import type { ZDecideTransfer } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { nextRegisterNumber } from "../registry/office-numbers";
import { clock } from "../../clock";
import { moveClientWork } from "./transfer-work";

/**
 * Answers a transfer request. The target office (admin or Kepala) accepts or refuses; the origin
 * may cancel its own open request. On acceptance the client moves: officeId, a register number of
 * the new office, the open assignment ends (the new office assigns a PK), access follows the client,
 * and so does its current work (transfer-work.ts), in the same transaction.
 */
export async function decideTransfer(user: CurrentUser, input: z.infer<typeof ZDecideTransfer>) {
  assertCan(user, "client:transfer");
  const t = await prisma.clientTransfer.findUnique({ where: { id: input.transferId }, select: { id: true, clientId: true, fromOfficeId: true, toOfficeId: true, status: true, version: true } });
  const mine = input.decision === "CANCEL" ? t?.fromOfficeId === user.officeId : t?.toOfficeId === user.officeId;
  if (!t || !mine) throw notFound("Permintaan pelimpahan bimbingan tidak ditemukan.");
  if (t.status !== "REQUESTED") throw invalid("Permintaan pelimpahan bimbingan ini sudah dijawab.");
  const status = input.decision === "ACCEPT" ? "ACCEPTED" : input.decision === "REFUSE" ? "REFUSED" : "CANCELLED";

  return prisma.$transaction(async (tx) => {
    const now = clock.now();
    const { count } = await tx.clientTransfer.updateMany({
      where: { id: t.id, status: "REQUESTED", version: input.version },
      data: { status, decidedById: user.id, decidedAt: now, decisionNote: input.note || null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Permintaan pelimpahan bimbingan ini baru saja dijawab atau diubah. Muat ulang halaman.");
    let registerNumber: string | null = null;
    if (status === "ACCEPTED") {
      const client = await tx.client.findUnique({ where: { id: t.clientId }, select: { officeId: true, status: true, deletedAt: true, registerNumber: true } });
      if (!client || client.officeId !== t.fromOfficeId || client.deletedAt || client.status !== "AKTIF") {
        throw invalid("Klien ini tidak lagi aktif di Bapas asal; permintaan tidak dapat diterima.");
      }
      registerNumber = await nextRegisterNumber(tx, user.officeId, now);
      const claimed = await tx.client.updateMany({
        where: { id: t.clientId, officeId: t.fromOfficeId, status: "AKTIF", deletedAt: null },
        data: { officeId: user.officeId, registerNumber, assignedPkId: null, version: { increment: 1 } },
      });
      if (claimed.count === 0) throw conflict("Data klien baru saja berubah. Muat ulang lalu coba lagi.");
      await tx.caseloadAssignment.updateMany({ where: { clientId: t.clientId, endedAt: null }, data: { endedAt: now } });
      const moved = await moveClientWork(tx, user, t.clientId, now);
      await audit(tx, user, {
        action: "client.transfer.accept", entityType: "ClientTransfer", entityId: t.id, clientId: t.clientId, personId: moved.personId,
        details: { fromOfficeId: t.fromOfficeId, previousRegisterNumber: client.registerNumber, registerNumber, moved: { ...moved } },
      });
    } else {
      await audit(tx, user, {
        action: status === "REFUSED" ? "client.transfer.refuse" : "client.transfer.cancel", entityType: "ClientTransfer", entityId: t.id, clientId: t.clientId,
        details: { note: input.note },
      });
    }
    return { status, registerNumber };
  });
}
