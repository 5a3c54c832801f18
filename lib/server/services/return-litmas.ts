import "server-only";
import type { ReturnLitmasInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict } from "../errors";
import { LITMAS_STALE, loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

/** The Kepala returns a submitted litmas to the PK with notes for revision. */
export async function returnLitmas(user: CurrentUser, input: ReturnLitmasInput): Promise<{ version: number }> {
  assertCan(user, "litmas:approve");
  const { row, to } = await loadForCommand(user, input.litmasId, "return", input.version);
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: row.status },
      data: { status: to, reviewNotes: input.notes, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({ data: { litmasId: row.id, action: "RETURNED", actorId: user.id, at: now, note: input.notes } });
    await audit(tx, user, { action: "litmas.return", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId });
    return { version: row.version + 1 };
  });
}
