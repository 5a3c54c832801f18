import "server-only";
import { transitionStep } from "@/lib/domain/transitions";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";

/** The PK withdraws a proposal of their client before the TPP reviewed it. */
export async function withdrawStageTransition(user: CurrentUser, input: { transitionId: string }): Promise<void> {
  assertCan(user, "transition:propose");
  const t = await prisma.stageTransitionRequest.findFirst({
    where: { id: input.transitionId, officeId: user.officeId, client: clientScope(user) },
    select: { id: true, clientId: true, status: true },
  });
  if (!t) throw notFound("Usulan tidak ditemukan.");
  const step = transitionStep(user.role, t.status, { type: "WITHDRAW" });
  if (!step.ok) throw invalid(step.reason);
  await prisma.$transaction(async (tx) => {
    const res = await tx.stageTransitionRequest.updateMany({ where: { id: t.id, status: t.status }, data: { status: step.next, version: { increment: 1 } } });
    if (res.count === 0) throw conflict();
    await audit(tx, user, { action: "transition.withdraw", entityType: "StageTransitionRequest", entityId: t.id, clientId: t.clientId });
  });
}
