import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { approvalCheck, formatLitmasNumber } from "@/lib/domain/litmas";
import type { LitmasStepInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid } from "../errors";
import { LITMAS_STALE, loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

/**
 * The Kepala approves ("mengetahui") a submitted litmas: it locks, the approver and time are
 * recorded and it takes the office's next LITMAS number of the year. The conditional update runs
 * first, so of two simultaneous approvals exactly one wins and only it takes a number. An integrasi
 * or asimilasi report is approved only after a sidang TPP has discussed it.
 */
export async function approveLitmas(user: CurrentUser, input: LitmasStepInput): Promise<{ number: string; version: number }> {
  assertCan(user, "litmas:approve");
  const { row, to } = await loadForCommand(user, input.litmasId, "approve", input.version);
  const check = approvalCheck(row);
  if (!check.ok) throw invalid(check.message);
  const now = clock.now();
  const year = todayIn(user.timeZone, now).getUTCFullYear();
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: "SUBMITTED", tppSessionId: row.tppSessionId },
      data: { status: to, approvedById: user.id, approvedAt: now, reviewNotes: null, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    const counter = await tx.officeCounter.upsert({
      where: { officeId_kind_year: { officeId: row.officeId, kind: "LITMAS", year } },
      create: { officeId: row.officeId, kind: "LITMAS", year, value: 1 },
      update: { value: { increment: 1 } },
      select: { value: true },
    });
    const number = formatLitmasNumber(counter.value, user.officeCode, year);
    await tx.litmas.update({ where: { id: row.id }, data: { number } });
    await tx.litmasEvent.create({ data: { litmasId: row.id, action: "APPROVED", actorId: user.id, at: now, note: `Disetujui dengan nomor ${number}` } });
    await audit(tx, user, { action: "litmas.approve", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId, details: { number } });
    return { number, version: row.version + 1 };
  });
}
