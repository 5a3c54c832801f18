import "server-only";
import { isDecisionStep } from "@/lib/domain/pendampingan";
import type { RecordPendampinganStepInput } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid } from "../errors";
import { bumpPendampingan, loadPendampinganForCommand } from "./pendampingan-common";

/**
 * The assigned PK records a step attended: date, place, who attended, the outcome and, for a
 * putusan or penetapan, its number and the SPPA measure imposed. The first step is the PK's
 * presence: it sets firstAttendedAt (the 1x24-hour clock is met) and the case becomes ONGOING.
 */
export async function recordPendampinganStep(user: CurrentUser, input: RecordPendampinganStepInput): Promise<{ id: string; version: number }> {
  assertCan(user, "pendampingan:write");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "step", input.version);
  if (input.heldAt.getTime() < row.receivedAt.getTime()) {
    const message = "Waktu pelaksanaan tidak boleh sebelum permintaan diterima.";
    throw invalid(message, { heldAt: [message] });
  }
  const decision = isDecisionStep(input.kind);
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, {
      status: to,
      ...(row.firstAttendedAt ? {} : { firstAttendedAt: input.heldAt }),
    });
    const step = await tx.pendampinganStep.create({
      data: {
        pendampinganId: row.id, kind: input.kind, heldAt: input.heldAt, place: input.place, attendees: input.attendees,
        guardianPresent: input.guardianPresent, outcome: input.outcome,
        decisionNumber: decision ? input.decisionNumber || null : null, measure: decision && input.measure ? input.measure : null,
        recordedById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, {
      action: "pendampingan.step", entityType: "Pendampingan", entityId: row.id, personId: row.personId,
      details: { stepId: step.id, kind: input.kind, first: !row.firstAttendedAt, guardianPresent: input.guardianPresent },
    });
    return { id: step.id, version };
  });
}
