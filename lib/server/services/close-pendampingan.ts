import "server-only";
import { mayClose } from "@/lib/domain/pendampingan";
import type { CancelPendampinganInput, ClosePendampinganInput } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict } from "../errors";
import { bumpPendampingan, loadPendampinganForCommand } from "./pendampingan-common";
import { clock } from "../../clock";

/** Closes the case after a putusan or penetapan was recorded (the PK, or the Kepala). */
export async function closePendampingan(user: CurrentUser, input: ClosePendampinganInput): Promise<{ version: number }> {
  assertCan(user, user.role === "PK" ? "pendampingan:write" : "pendampingan:cancel");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "close", input.version);
  const steps = await prisma.pendampinganStep.findMany({ where: { pendampinganId: row.id }, select: { kind: true } });
  if (!mayClose(steps)) throw conflict("Pendampingan ditutup setelah putusan atau penetapan dicatat.");
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { status: to, closedAt: now, closedReason: input.reason || "Putusan/penetapan telah dicatat" });
    await audit(tx, user, { action: "pendampingan.close", entityType: "Pendampingan", entityId: row.id, personId: row.personId });
    return { version };
  });
}

/** The Kepala or an admin cancels an open case, with a reason (e.g. logged twice, request withdrawn). */
export async function cancelPendampingan(user: CurrentUser, input: CancelPendampinganInput): Promise<{ version: number }> {
  assertCan(user, "pendampingan:cancel");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "cancel", input.version);
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { status: to, closedAt: now, closedReason: input.reason });
    await audit(tx, user, { action: "pendampingan.cancel", entityType: "Pendampingan", entityId: row.id, personId: row.personId, details: { reason: input.reason } });
    return { version };
  });
}
