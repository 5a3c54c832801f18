import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { WARNING_LEVEL_LABEL } from "@/lib/domain/labels";
import { mayProposeRevocation, nextWrittenWarning } from "@/lib/domain/warnings";
import type { Program, WarningLevel } from "@/lib/domain/enums";
import type { IssueWarningInput } from "@/lib/schemas/revocation";
import { warningPolicyFrom } from "@/lib/schemas/warning-settings";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { nextLetterNumber } from "../letters/numbering";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/**
 * A teguran lisan (the PK records it) or the next peringatan tertulis (the Kepala issues it, in
 * order I, II, III, as a numbered letter). Only for a client in active guidance.
 */
export async function issueWarning(user: CurrentUser, input: IssueWarningInput, now = clock.now()): Promise<{ id: string; number: string | null }> {
  const written = input.level !== "TEGURAN_LISAN";
  assertCan(user, written ? "revocation:decide" : "violation:report");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.clientId }] },
    select: { id: true, officeId: true, status: true, office: { select: { code: true } }, warnings: { select: { level: true } } },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  if (written) {
    const next = nextWrittenWarning(client.warnings.map((w) => w.level));
    if (!next) throw conflict("Ketiga peringatan tertulis sudah diterbitkan untuk klien ini.");
    if (next !== input.level) throw invalid(`Peringatan tertulis diterbitkan berurutan: berikutnya ${WARNING_LEVEL_LABEL[next]}.`, { level: [`Pilih ${WARNING_LEVEL_LABEL[next]}.`] });
  }
  const issuedOn = todayIn(user.timeZone, now);
  try {
    return await prisma.$transaction(async (tx) => {
      const number = written ? await nextLetterNumber(tx, user.officeId, client.office.code, issuedOn.getUTCFullYear()) : null;
      const row = await tx.clientWarning.create({
        data: { officeId: client.officeId, clientId: client.id, level: input.level, number, issuedOn, reason: input.reason, issuedById: user.id },
        select: { id: true, number: true },
      });
      await audit(tx, user, { action: "warning.issue", entityType: "ClientWarning", entityId: row.id, clientId: client.id, details: { level: input.level, number } });
      return row;
    });
  } catch (e) {
    // Two Kepala clicks racing for the same letter: the partial unique index keeps one.
    if ((e as { code?: string }).code === "P2002") throw conflict("Peringatan ini baru saja diterbitkan. Muat ulang halaman.");
    throw e;
  }
}

/** The office's warning policy for a revocation proposal about this client (throws the reason when not met). */
export async function warningsAllowProposal(tx: Tx, client: { id: string; officeId: string; program: Program }): Promise<{ ok: true } | { ok: false; message: string }> {
  const [office, warnings] = await Promise.all([
    tx.office.findUniqueOrThrow({ where: { id: client.officeId }, select: { settings: true } }),
    tx.clientWarning.findMany({ where: { clientId: client.id }, select: { level: true } }),
  ]);
  return mayProposeRevocation(warningPolicyFrom(office.settings), client.program, warnings.map((w) => w.level as WarningLevel));
}
