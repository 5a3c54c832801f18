import "server-only";
import { toIsoDate } from "@/lib/domain/calendar";
import type { ClosingStatus } from "@/lib/domain/enums";
import { audit, type AuditActor } from "../audit";
import type { Tx } from "../db";
import { OPEN_REVOCATION_STATUSES } from "./revocation-common";

const WHY: Record<ClosingStatus, string> = {
  SELESAI: "pembimbingan selesai",
  DICABUT: "program dicabut",
  DIPINDAHKAN: "bimbingan dilimpahkan",
  MENINGGAL: "klien meninggal dunia",
};

/**
 * When a guidance period ends (selesai, dicabut, meninggal), whatever is left open about it is
 * closed in the same transaction, each with the reason: the running stage, stage proposals, a
 * revocation proceeding (other than `keepRevocationId`, the one deciding), open violations, a
 * transfer request, and the reporting schedule (it ends on the day). Audited as one event.
 */
export async function closeOpenWork(
  tx: Tx, actor: AuditActor, client: { id: string }, to: ClosingStatus, on: Date, now: Date, keepRevocationId?: string,
): Promise<Record<string, number>> {
  const reason = `Ditutup otomatis: ${WHY[to]} (${toIsoDate(on).split("-").reverse().join("/")}).`;
  const [stages, proposals, revocations, violations, transfers, schedules] = [
    await tx.guidanceStage.updateMany({ where: { clientId: client.id, status: "ACTIVE" }, data: { status: "COMPLETED", actualEnd: on, version: { increment: 1 } } }),
    await tx.stageTransitionRequest.updateMany({
      where: { clientId: client.id, status: { in: ["PROPOSED", "TPP_REVIEWED"] } },
      data: { status: "WITHDRAWN", decisionReason: reason, version: { increment: 1 } },
    }),
    await tx.revocationProceeding.updateMany({
      where: { clientId: client.id, status: { in: [...OPEN_REVOCATION_STATUSES] }, ...(keepRevocationId ? { id: { not: keepRevocationId } } : {}) },
      data: { status: "DISMISSED", outcomeNote: reason, outcomeAt: now, version: { increment: 1 } },
    }),
    await tx.violation.updateMany({
      where: { clientId: client.id, status: { in: ["OPEN", "UNDER_REVIEW"] }, ...(keepRevocationId ? { NOT: { revocationId: keepRevocationId } } : {}) },
      data: { status: "DISMISSED" },
    }),
    await tx.clientTransfer.updateMany({ where: { clientId: client.id, status: "REQUESTED" }, data: { status: "CANCELLED", decisionNote: reason, decidedAt: now, version: { increment: 1 } } }),
    await tx.reportingSchedule.updateMany({ where: { clientId: client.id, OR: [{ endsOn: null }, { endsOn: { gt: on } }] }, data: { endsOn: on } }),
  ];
  const closed = { stages: stages.count, proposals: proposals.count, revocations: revocations.count, violations: violations.count, transfers: transfers.count, schedules: schedules.count };
  if (Object.values(closed).some((n) => n > 0)) {
    await audit(tx, actor, { action: "client.open-work.close", entityType: "Client", entityId: client.id, clientId: client.id, details: { to, on: toIsoDate(on), ...closed } });
  }
  return closed;
}
