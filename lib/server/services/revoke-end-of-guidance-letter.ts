import "server-only";
import type { RevokeLetterInput } from "@/lib/schemas/stages";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, notFound } from "../errors";
import { clock } from "../../clock";

/** The Kepala revokes a letter (with a reason); its verification page then shows it as revoked. */
export async function revokeEndOfGuidanceLetter(user: CurrentUser, input: RevokeLetterInput): Promise<void> {
  assertCan(user, "letter:issue");
  const letter = await prisma.endOfGuidanceLetter.findFirst({ where: { id: input.letterId, officeId: user.officeId }, select: { id: true, clientId: true, revoked: true, number: true } });
  if (!letter) throw notFound("Surat tidak ditemukan.");
  if (letter.revoked) throw conflict("Surat ini sudah dibatalkan.");
  await prisma.$transaction(async (tx) => {
    const res = await tx.endOfGuidanceLetter.updateMany({
      where: { id: letter.id, revoked: false },
      data: { revoked: true, revokedAt: clock.now(), revokedReason: input.reason, revokedById: user.id },
    });
    if (res.count === 0) throw conflict("Surat ini sudah dibatalkan.");
    await audit(tx, user, { action: "letter.revoke", entityType: "EndOfGuidanceLetter", entityId: letter.id, clientId: letter.clientId, details: { number: letter.number, reason: input.reason } });
  });
}
