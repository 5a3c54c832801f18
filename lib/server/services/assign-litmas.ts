import "server-only";
import { litmasDueAt } from "@/lib/domain/litmas";
import { litmasDueSettings, type AssignLitmasInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid } from "../errors";
import { LITMAS_STALE, loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

/**
 * The Kepala's (or admin's) disposition: assigns the litmas to an active PK of the office. The
 * first assignment starts the deadline; a later one moves the work to another PK and keeps it.
 */
export async function assignLitmas(user: CurrentUser, input: AssignLitmasInput): Promise<{ version: number }> {
  assertCan(user, "litmas:dispose");
  const { row, to } = await loadForCommand(user, input.litmasId, "assign", input.version);
  const pk = await prisma.user.findFirst({ where: { id: input.pkId, officeId: user.officeId, role: "PK", active: true }, select: { id: true, name: true } });
  if (!pk) throw invalid("PK tidak ditemukan di kantor ini.", { pkId: ["Pilih PK yang aktif di kantor ini."] });
  if (pk.id === row.assignedPkId) throw invalid("Litmas ini sudah ditugaskan kepada PK tersebut.", { pkId: ["Pilih PK lain."] });
  const first = row.status === "REQUESTED";
  const now = clock.now();
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true } });
  const dueAt = first ? litmasDueAt({ purpose: row.purpose, receivedAt: row.receivedAt, assignedAt: now }, litmasDueSettings(office.settings)) : row.dueAt;
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: row.status },
      data: { status: to, assignedPkId: pk.id, ...(first ? { assignedAt: now, dueAt } : {}), version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({
      data: { litmasId: row.id, action: first ? "ASSIGNED" : "REASSIGNED", actorId: user.id, at: now, note: `Ditugaskan kepada ${pk.name}` },
    });
    await audit(tx, user, {
      action: first ? "litmas.assign" : "litmas.reassign", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId,
      details: { pkId: pk.id, fromPkId: row.assignedPkId },
    });
    return { version: row.version + 1 };
  });
}
