import "server-only";
import type { z } from "zod";
import type { ZRequestTransfer } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";

/** The origin office (admin or Kepala) asks another Bapas to take over an active client's guidance. */
export async function requestTransfer(user: CurrentUser, input: z.infer<typeof ZRequestTransfer>) {
  assertCan(user, "client:transfer");
  const client = await prisma.client.findFirst({ where: { id: input.clientId, officeId: user.officeId, deletedAt: null }, select: { id: true, status: true, fullName: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Hanya klien aktif yang dapat dipindahkan.");
  if (input.toOfficeId === user.officeId) throw invalid("Pilih Bapas lain sebagai tujuan.", { toOfficeId: ["Pilih Bapas lain."] });
  const target = await prisma.office.findUnique({ where: { id: input.toOfficeId }, select: { id: true, name: true } });
  if (!target) throw invalid("Bapas tujuan tidak ditemukan.", { toOfficeId: ["Bapas tujuan tidak ditemukan."] });

  return prisma.$transaction(async (tx) => {
    // Serialises requests for the same client: at most one open request.
    await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${client.id} FOR UPDATE`;
    const open = await tx.clientTransfer.findFirst({ where: { clientId: client.id, status: "REQUESTED" }, select: { id: true } });
    if (open) throw invalid("Sudah ada permintaan pelimpahan bimbingan yang belum dijawab untuk klien ini.");
    const t = await tx.clientTransfer.create({
      data: { clientId: client.id, fromOfficeId: user.officeId, toOfficeId: target.id, reason: input.reason, requestedById: user.id },
      select: { id: true },
    });
    await audit(tx, user, { action: "client.transfer.request", entityType: "ClientTransfer", entityId: t.id, clientId: client.id, details: { toOfficeId: target.id, reason: input.reason } });
    return { id: t.id, toOfficeName: target.name };
  });
}
