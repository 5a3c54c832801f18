import "server-only";
import { randomBytes } from "node:crypto";
import { todayIn } from "@/lib/domain/calendar";
import { checkLetterIssue } from "@/lib/domain/transitions";
import type { ZIssueLetter } from "@/lib/schemas/stages";
import type { z } from "zod";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { nextLetterNumber } from "../letters/numbering";
import { clock } from "../../clock";
import { closeOpenWork } from "./close-open-work";
import { preparationOf } from "../queries/risk-assessment";

/**
 * The Kepala issues the surat keterangan akhir pembimbingan. In one transaction: the client
 * becomes SELESAI (conditional on still being AKTIF, so two clicks issue one letter), tahap akhir
 * is completed, the status event, the office's next letter number, the letter and the audit row.
 */
export async function issueEndOfGuidanceLetter(user: CurrentUser, input: z.input<typeof ZIssueLetter>, now = clock.now()): Promise<{ id: string; number: string }> {
  assertCan(user, "letter:issue");
  const client = await prisma.client.findFirst({
    where: { id: input.clientId, officeId: user.officeId, deletedAt: null },
    select: {
      id: true, status: true, currentStage: true, version: true, guidanceEnd: true,
      office: { select: { code: true } },
      letters: { where: { revoked: false }, select: { id: true } },
    },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  const issuedOn = todayIn(user.timeZone, now);
  const periodEnded = issuedOn >= client.guidanceEnd;
  const early = Boolean(input.early);
  const earlyReason = (input.earlyReason ?? "").trim();
  if (early && earlyReason.length < 10) throw invalid("Isi alasan pengakhiran lebih awal.", { earlyReason: ["Alasan pengakhiran lebih awal minimal 10 karakter."] });
  const check = checkLetterIssue({ role: user.role, clientStatus: client.status, currentStage: client.currentStage, hasValidLetter: client.letters.length > 0, early, periodEnded });
  if (!check.ok) throw client.letters.length > 0 || client.status === "SELESAI" ? conflict(check.reason) : invalid(check.reason);
  // The tahap akhir preparation warns, it does not block (decision 0015): its state is kept with the letter's audit.
  const preparation = await preparationOf(client.id);
  const signer = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, nip: true } });

  return prisma.$transaction(async (tx) => {
    const closed = await tx.client.updateMany({
      where: { id: client.id, status: "AKTIF", currentStage: client.currentStage, deletedAt: null },
      data: { status: "SELESAI", statusReason: early ? `Pembimbingan diakhiri lebih awal: ${earlyReason}` : "Selesai masa pembimbingan", statusDate: issuedOn, version: { increment: 1 } },
    });
    if (closed.count === 0) throw conflict("Surat untuk klien ini baru saja diterbitkan atau status klien berubah. Muat ulang halaman.");
    await tx.clientStatusEvent.create({
      data: { clientId: client.id, fromStatus: "AKTIF", toStatus: "SELESAI", effectiveDate: issuedOn, reason: early ? `Pembimbingan diakhiri lebih awal (${earlyReason}); surat keterangan akhir pembimbingan diterbitkan` : "Selesai masa pembimbingan; surat keterangan akhir pembimbingan diterbitkan", changedById: user.id },
    });
    // The stage the client stood in ends today (later stages were never reached and stay planned);
    // a proposal, proceeding or schedule still open is closed with the reason.
    await closeOpenWork(tx, user, client, "SELESAI", issuedOn, now);
    const number = await nextLetterNumber(tx, user.officeId, client.office.code, issuedOn.getUTCFullYear());
    const letter = await tx.endOfGuidanceLetter.create({
      data: {
        officeId: user.officeId, clientId: client.id, number, issuedOn, signerId: user.id, signerName: signer.name, signerNip: signer.nip,
        statement: input.statement, verificationToken: randomBytes(32).toString("base64url"),
      },
      select: { id: true, number: true },
    });
    await audit(tx, user, { action: "letter.issue", entityType: "EndOfGuidanceLetter", entityId: letter.id, clientId: client.id, details: { number, preparationComplete: preparation.complete, preparationOpen: preparation.open, ...(early ? { early: true, fromStage: client.currentStage, reason: earlyReason } : {}) } });
    await audit(tx, user, { action: "client.status.change", entityType: "Client", entityId: client.id, clientId: client.id, details: { from: "AKTIF", to: "SELESAI" } });
    return letter;
  });
}
