import "server-only";
import { missingSections, normalizeSections } from "@/lib/domain/litmas";
import { LITMAS_SECTION_LABEL, type LitmasStepInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid } from "../errors";
import { LITMAS_STALE, loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

/** The PK submits the last saved version for the Kepala's review; every section must be written. */
export async function submitLitmas(user: CurrentUser, input: LitmasStepInput): Promise<{ version: number }> {
  assertCan(user, "litmas:write");
  const { row, to } = await loadForCommand(user, input.litmasId, "submit", input.version);
  const missing = missingSections(normalizeSections(row.sections), row.purpose);
  if (missing.length > 0) {
    throw invalid(`Lengkapi dan simpan dulu bagian: ${missing.map((k) => LITMAS_SECTION_LABEL[k].toLowerCase()).join(", ")}.`);
  }
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: row.status, assignedPkId: user.id },
      data: { status: to, submittedAt: now, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({ data: { litmasId: row.id, action: "SUBMITTED", actorId: user.id, at: now, note: `Versi ${row.currentVersionNo} diajukan` } });
    await audit(tx, user, { action: "litmas.submit", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId, details: { versionNo: row.currentVersionNo } });
    return { version: row.version + 1 };
  });
}
