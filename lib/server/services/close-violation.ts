import "server-only";
import type { CloseViolationInput } from "@/lib/schemas/revocation";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { formatDayOf } from "@/lib/format";
import { prisma } from "../db";
import { conflict, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/**
 * Closes an open violation that is not part of a revocation proceeding (e.g. a single missed report
 * followed by a warning): the PK of the client or the Kepala. One under a proceeding closes with it.
 */
export async function closeViolation(user: CurrentUser, input: CloseViolationInput, now = clock.now()): Promise<{ id: string; clientId: string }> {
  assertCan(user, user.role === "PK" ? "violation:report" : "revocation:decide");
  const v = await prisma.violation.findFirst({ where: { id: input.violationId, client: clientScope(user) }, select: { id: true, clientId: true, status: true, revocationId: true, description: true } });
  if (!v) throw notFound("Pelanggaran tidak ditemukan.");
  if (v.revocationId) throw conflict("Pelanggaran ini sedang diproses dalam usulan pencabutan; selesaikan melalui proses tersebut.");
  if (v.status !== "OPEN") throw conflict("Pelanggaran ini sudah ditindaklanjuti.");
  return prisma.$transaction(async (tx) => {
    const res = await tx.violation.updateMany({
      where: { id: v.id, status: "OPEN", revocationId: null },
      data: { status: input.status, description: `${v.description}\nTindak lanjut (${formatDayOf(now, user.timeZone)}, ${user.name}): ${input.note}` },
    });
    if (res.count === 0) throw conflict();
    await audit(tx, user, { action: "violation.close", entityType: "Violation", entityId: v.id, clientId: v.clientId, details: { status: input.status } });
    return { id: v.id, clientId: v.clientId };
  });
}
