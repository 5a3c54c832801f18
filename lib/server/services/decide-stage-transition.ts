import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { stageDatesOnApproval, transitionStep } from "@/lib/domain/transitions";
import type { DecideTransitionInput } from "@/lib/schemas/stages";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clock } from "../../clock";

const ALREADY = "Usulan ini sudah diputuskan. Muat ulang halaman untuk melihat keputusannya.";

/**
 * The Kepala approves or rejects a proposal the TPP reviewed. On approval the current stage is
 * completed, the next one starts and the client's current stage moves, all in one transaction;
 * every write is conditional, so of two simultaneous decisions exactly one wins.
 */
export async function decideStageTransition(user: CurrentUser, input: DecideTransitionInput): Promise<{ status: "APPROVED" | "REJECTED" }> {
  assertCan(user, "transition:decide");
  const t = await prisma.stageTransitionRequest.findFirst({
    where: { id: input.transitionId, officeId: user.officeId, client: { deletedAt: null, officeId: user.officeId } },
    select: { id: true, clientId: true, status: true, fromStage: true, toStage: true },
  });
  if (!t) throw notFound("Usulan tidak ditemukan.");
  const step = transitionStep(user.role, t.status, { type: input.decision });
  if (!step.ok) throw t.status === "APPROVED" || t.status === "REJECTED" ? conflict(ALREADY) : invalid(step.reason);
  const next = step.next as "APPROVED" | "REJECTED";
  const day = todayIn(user.timeZone);

  await prisma.$transaction(async (tx) => {
    const res = await tx.stageTransitionRequest.updateMany({
      where: { id: t.id, status: "TPP_REVIEWED" },
      data: { status: next, decidedById: user.id, decidedAt: clock.now(), decisionReason: input.reason, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(ALREADY);
    if (next === "APPROVED") {
      const from = await tx.guidanceStage.findUnique({ where: { clientId_kind: { clientId: t.clientId, kind: t.fromStage } }, select: { actualStart: true } });
      const dates = stageDatesOnApproval(t.fromStage, from?.actualStart ?? null, day);
      if (dates.to.kind !== t.toStage) throw invalid("Tahap tidak boleh dilompati.");
      const moved = await tx.client.updateMany({
        where: { id: t.clientId, currentStage: t.fromStage, status: "AKTIF", deletedAt: null },
        data: { currentStage: t.toStage, version: { increment: 1 } },
      });
      if (moved.count === 0) throw conflict("Tahap atau status klien telah berubah. Muat ulang halaman lalu coba lagi.");
      const closed = await tx.guidanceStage.updateMany({
        where: { clientId: t.clientId, kind: t.fromStage, status: "ACTIVE" },
        data: { status: "COMPLETED", actualEnd: dates.from.actualEnd, version: { increment: 1 } },
      });
      const opened = await tx.guidanceStage.updateMany({
        where: { clientId: t.clientId, kind: t.toStage, status: "PLANNED" },
        data: { status: "ACTIVE", actualStart: dates.to.actualStart, version: { increment: 1 } },
      });
      if (closed.count !== 1 || opened.count !== 1) throw conflict("Rencana tahap klien tidak sesuai. Hubungi admin.");
    }
    await audit(tx, user, {
      action: next === "APPROVED" ? "transition.approve" : "transition.reject",
      entityType: "StageTransitionRequest", entityId: t.id, clientId: t.clientId,
      details: { fromStage: t.fromStage, toStage: t.toStage, reason: input.reason },
    });
  });
  return { status: next };
}
