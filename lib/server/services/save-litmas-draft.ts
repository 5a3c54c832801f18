import "server-only";
import type { SaveLitmasDraftInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict } from "../errors";
import { loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

export const DRAFT_CONFLICT =
  "Draf tidak disimpan: litmas ini sudah disimpan di tempat lain (mis. tab lain) setelah Anda membukanya. Salin tulisan Anda, muat ulang halaman, lalu tempelkan dan simpan lagi.";

/** Saves the PK's draft as a new version (every version is kept). A stale save is refused. */
export async function saveLitmasDraft(user: CurrentUser, input: SaveLitmasDraftInput): Promise<{ version: number; versionNo: number }> {
  assertCan(user, "litmas:write");
  const { row, to } = await loadForCommand(user, input.litmasId, "save", input.version, DRAFT_CONFLICT);
  const versionNo = row.currentVersionNo + 1;
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: row.status, assignedPkId: user.id },
      data: { status: to, sections: input.sections, currentVersionNo: versionNo, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(DRAFT_CONFLICT);
    await tx.litmasVersion.create({ data: { litmasId: row.id, versionNo, sections: input.sections, savedById: user.id, savedAt: now } });
    await tx.litmasEvent.create({ data: { litmasId: row.id, action: "DRAFT_SAVED", actorId: user.id, at: now, note: `Versi ${versionNo}` } });
    await audit(tx, user, { action: "litmas.draft.save", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId, details: { versionNo } });
    return { version: row.version + 1, versionNo };
  });
}
