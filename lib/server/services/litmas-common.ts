import "server-only";
import { litmasTransition, type LitmasCommand } from "@/lib/domain/litmas";
import type { LitmasStatus } from "@/lib/domain/enums";
import type { CurrentUser } from "../auth";
import { prisma } from "../db";
import { AppError, conflict, notFound } from "../errors";
import { litmasScope } from "../queries/litmas";

export const LITMAS_NOT_FOUND = "Litmas tidak ditemukan.";
export const LITMAS_STALE =
  "Litmas ini telah diubah oleh orang lain atau di tab lain sejak Anda membukanya. Muat ulang halaman, lalu coba lagi.";

/**
 * Loads a litmas in the user's scope and checks the command against the state machine and the
 * version the user last saw. Returns the row and the status the command leads to.
 */
export async function loadForCommand(user: CurrentUser, litmasId: string, command: LitmasCommand, version: number, staleMessage = LITMAS_STALE) {
  const row = await prisma.litmas.findFirst({
    where: { AND: [litmasScope(user), { id: litmasId }] },
    select: {
      id: true, officeId: true, clientId: true, personId: true, status: true, version: true, purpose: true, receivedAt: true,
      assignedPkId: true, assignedAt: true, dueAt: true, sections: true, currentVersionNo: true, section: true, tppSessionId: true, tppRecommendation: true,
      approvedAt: true, deliveredAt: true,
    },
  });
  if (!row) throw notFound(LITMAS_NOT_FOUND);
  const t = litmasTransition(row.status as LitmasStatus, user.role, command);
  if (!t.ok) throw new AppError(t.reason === "ROLE" ? "FORBIDDEN" : "CONFLICT", t.message);
  if (row.version !== version) throw conflict(staleMessage);
  return { row, to: t.to };
}
