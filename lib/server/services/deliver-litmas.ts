import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { deliveryDateProblem } from "@/lib/domain/litmas";
import { DELIVERY_METHOD_LABEL } from "@/lib/domain/labels";
import type { DeliverLitmasInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { AppError, conflict, invalid, notFound } from "../errors";
import { LITMAS_NOT_FOUND, LITMAS_STALE } from "./litmas-common";
import { litmasScope } from "../queries/litmas";
import { clock } from "../../clock";

const HOUR_MS = 3_600_000;

/**
 * Records that the approved report reached the requester: the day, how, and to whom. Recorded once
 * (a conditional update: of two officers recording it at the same time, one wins). The day may not
 * be in the future nor before the approval, both as calendar days in the office's zone.
 */
export async function deliverLitmas(user: CurrentUser, input: DeliverLitmasInput): Promise<{ version: number }> {
  assertCan(user, "litmas:deliver");
  const row = await prisma.litmas.findFirst({
    where: { AND: [litmasScope(user), { id: input.litmasId }] },
    select: { id: true, clientId: true, personId: true, status: true, version: true, approvedAt: true, deliveredAt: true },
  });
  if (!row) throw notFound(LITMAS_NOT_FOUND);
  if (row.status !== "APPROVED" || !row.approvedAt) throw new AppError("CONFLICT", "Hanya litmas yang sudah disetujui yang dapat dicatat pengirimannya.");
  if (row.deliveredAt) throw new AppError("CONFLICT", "Pengiriman litmas ini sudah dicatat.");
  if (row.version !== input.version) throw conflict(LITMAS_STALE);
  const now = clock.now();
  const today = todayIn(user.timeZone, now);
  const deliveredOn = parseIsoDate(input.deliveredOn)!;
  const problem = deliveryDateProblem(deliveredOn, todayIn(user.timeZone, row.approvedAt), today);
  if (problem) throw invalid(problem, { deliveredOn: [problem] });
  // Today: the moment it is recorded. An earlier day: midday of that day across Indonesia's zones
  // (05:00 UTC is 12:00 WIB, 13:00 WITA, 14:00 WIT), never before the approval itself.
  const deliveredAt = deliveredOn.getTime() === today.getTime()
    ? now
    : new Date(Math.max(deliveredOn.getTime() + 5 * HOUR_MS, row.approvedAt.getTime()));
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: "APPROVED", deliveredAt: null },
      data: { deliveredAt, deliveryMethod: input.deliveryMethod, deliveredTo: input.deliveredTo, deliveredById: user.id, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({
      data: { litmasId: row.id, action: "DELIVERED", actorId: user.id, at: now, note: `${DELIVERY_METHOD_LABEL[input.deliveryMethod]} kepada ${input.deliveredTo}` },
    });
    await audit(tx, user, {
      action: "litmas.deliver", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId,
      details: { deliveredOn: input.deliveredOn, method: input.deliveryMethod },
    });
    return { version: row.version + 1 };
  });
}
