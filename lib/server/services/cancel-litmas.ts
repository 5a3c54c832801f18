import "server-only";
import type { CancelLitmasInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict } from "../errors";
import { LITMAS_STALE, loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

/** The Kepala or admin cancels a litmas request that is no longer needed (e.g. withdrawn). */
export async function cancelLitmas(user: CurrentUser, input: CancelLitmasInput): Promise<{ version: number }> {
  assertCan(user, "litmas:dispose");
  const { row, to } = await loadForCommand(user, input.litmasId, "cancel", input.version);
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({ where: { id: row.id, version: row.version, status: row.status }, data: { status: to, version: { increment: 1 } } });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({ data: { litmasId: row.id, action: "CANCELLED", actorId: user.id, at: now, note: input.reason } });
    await audit(tx, user, { action: "litmas.cancel", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId, details: { reason: input.reason } });
    return { version: row.version + 1 };
  });
}
