import "server-only";
import type { z } from "zod";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import type { ZRecordClientDeath } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { closeOpenWork } from "./close-open-work";

/**
 * Records an active client's death, with its evidence and date: the guidance ends (MENINGGAL), and
 * whatever is left open is closed with the reason. The only status change by hand; conditional on
 * the version and AKTIF.
 */
export async function recordClientDeath(user: CurrentUser, input: z.infer<typeof ZRecordClientDeath>, now = clock.now()) {
  assertCan(user, "client:change-status");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.id }] },
    select: { id: true, status: true, version: true, guidanceStart: true },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  if (client.version !== input.version) throw conflict("Data klien telah diubah oleh pengguna lain sejak Anda membuka halaman ini. Muat ulang lalu coba lagi.");
  const effectiveDate = parseIsoDate(input.effectiveDate)!;
  const today = todayIn(user.timeZone, now);
  if (effectiveDate.getTime() > today.getTime()) throw invalid("Tanggal meninggal tidak boleh di masa depan.", { effectiveDate: ["Tanggal meninggal tidak boleh di masa depan."] });
  if (effectiveDate.getTime() < client.guidanceStart.getTime()) throw invalid("Tanggal meninggal tidak boleh sebelum awal bimbingan.", { effectiveDate: ["Tanggal meninggal tidak boleh sebelum awal bimbingan."] });
  const reason = `Meninggal dunia. Bukti: ${input.evidence}`;

  return prisma.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({
      where: { id: client.id, officeId: user.officeId, version: input.version, status: "AKTIF", deletedAt: null },
      data: { status: "MENINGGAL", statusReason: reason, statusDate: effectiveDate, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Data klien telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.");
    await tx.clientStatusEvent.create({
      data: { clientId: client.id, fromStatus: "AKTIF", toStatus: "MENINGGAL", effectiveDate, reason, changedById: user.id },
    });
    const closed = await closeOpenWork(tx, user, client, "MENINGGAL", effectiveDate, now);
    await audit(tx, user, {
      action: "client.status.change", entityType: "Client", entityId: client.id, clientId: client.id,
      details: { from: "AKTIF", to: "MENINGGAL", effectiveDate: input.effectiveDate, evidence: input.evidence, fromVersion: input.version, toVersion: input.version + 1, closed },
    });
    return { id: client.id, status: "MENINGGAL" as const };
  });
}
