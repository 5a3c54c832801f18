import "server-only";
import type { z } from "zod";
import type { ZDeleteClient } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, notFound } from "../errors";
import { clock } from "../../clock";

/** Admin only: hides a client (e.g. a duplicate entry) with a reason; the row and its history stay. */
export async function deleteClient(user: CurrentUser, input: z.infer<typeof ZDeleteClient>) {
  assertCan(user, "client:delete");
  const client = await prisma.client.findFirst({ where: { id: input.id, officeId: user.officeId, deletedAt: null }, select: { id: true, registerNumber: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  return prisma.$transaction(async (tx) => {
    const now = clock.now();
    const { count } = await tx.client.updateMany({
      where: { id: client.id, officeId: user.officeId, version: input.version, deletedAt: null },
      data: { deletedAt: now, deletedReason: input.reason, deletedById: user.id, assignedPkId: null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Data klien telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.");
    await tx.caseloadAssignment.updateMany({ where: { clientId: client.id, endedAt: null }, data: { endedAt: now } });
    await audit(tx, user, {
      action: "client.delete", entityType: "Client", entityId: client.id, clientId: client.id,
      details: { registerNumber: client.registerNumber, reason: input.reason },
    });
    return { id: client.id };
  });
}
