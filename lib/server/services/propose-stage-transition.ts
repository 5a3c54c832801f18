import "server-only";
import { checkProposal, OPEN_TRANSITION_STATUSES } from "@/lib/domain/transitions";
import type { ProposeTransitionInput } from "@/lib/schemas/stages";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { assembleTransitionSummary } from "../transition-summary";
import { isUniqueViolation } from "./prisma-errors";

const OPEN_EXISTS = "Masih ada usulan tahap yang belum diputuskan untuk klien ini.";

/** The PK proposes the client's next stage; the summary is assembled from the record now. */
export async function proposeStageTransition(user: CurrentUser, input: ProposeTransitionInput): Promise<{ id: string }> {
  assertCan(user, "transition:propose");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.clientId }] },
    select: { id: true, officeId: true, status: true, currentStage: true },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  const open = await prisma.stageTransitionRequest.count({ where: { clientId: client.id, status: { in: [...OPEN_TRANSITION_STATUSES] } } });
  const check = checkProposal({ role: user.role, clientStatus: client.status, currentStage: client.currentStage, toStage: input.toStage, hasOpenProposal: open > 0 });
  if (!check.ok) throw open > 0 ? conflict(check.reason) : invalid(check.reason, { toStage: [check.reason] });
  try {
    return await prisma.$transaction(async (tx) => {
      const summary = await assembleTransitionSummary(tx, client.id);
      // The stage may have moved since it was read: the proposal must still start from it.
      const still = await tx.client.count({ where: { id: client.id, currentStage: check.fromStage, status: "AKTIF" } });
      if (still === 0) throw conflict();
      const row = await tx.stageTransitionRequest.create({
        data: {
          officeId: client.officeId, clientId: client.id, fromStage: check.fromStage, toStage: input.toStage,
          proposedById: user.id, summary: { ...summary }, pkAssessment: input.pkAssessment,
        },
        select: { id: true },
      });
      await audit(tx, user, {
        action: "transition.propose", entityType: "StageTransitionRequest", entityId: row.id, clientId: client.id,
        details: { fromStage: check.fromStage, toStage: input.toStage },
      });
      return row;
    });
  } catch (e) {
    // The partial unique index allows one open proposal per client: the other request won.
    if (isUniqueViolation(e)) throw conflict(OPEN_EXISTS);
    throw e;
  }
}
