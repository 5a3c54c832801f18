import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { consentProblem } from "@/lib/domain/pendampingan";
import type { RecordDiversiAgreementInput } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid } from "../errors";
import { bumpPendampingan, loadPendampinganForCommand } from "./pendampingan-common";

/**
 * The assigned PK records the diversi agreement after a musyawarah diversi: its terms, deadline
 * and penetapan. Diversi needs the child's and the parents'/guardian's consent: without both it is
 * refused and nothing is written. The case then stays under the PK's supervision.
 */
export async function recordDiversiAgreement(user: CurrentUser, input: RecordDiversiAgreementInput): Promise<{ version: number }> {
  assertCan(user, "pendampingan:write");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "agreement", input.version);
  const consent = consentProblem(input);
  if (consent) {
    throw invalid(consent, {
      ...(input.childConsent ? {} : { childConsent: ["Persetujuan anak wajib untuk diversi."] }),
      ...(input.guardianConsent ? {} : { guardianConsent: ["Persetujuan orang tua/wali wajib untuk diversi."] }),
    });
  }
  const musyawarah = await prisma.pendampinganStep.findFirst({
    where: { pendampinganId: row.id, kind: "MUSYAWARAH_DIVERSI" },
    orderBy: { heldAt: "asc" },
    select: { heldAt: true },
  });
  if (!musyawarah) throw conflict("Catat musyawarah diversi terlebih dahulu: kesepakatan lahir dari musyawarah itu.");
  const today = todayIn(user.timeZone);
  if (input.agreedOn.getTime() > today.getTime()) throw invalid("Tanggal kesepakatan tidak boleh di masa depan.", { agreedOn: ["Tanggal kesepakatan tidak boleh di masa depan."] });
  const musyawarahDay = todayIn(user.timeZone, musyawarah.heldAt);
  if (input.agreedOn.getTime() < musyawarahDay.getTime()) {
    throw invalid("Tanggal kesepakatan tidak boleh sebelum musyawarah diversi.", { agreedOn: ["Tanggal kesepakatan tidak boleh sebelum musyawarah diversi."] });
  }
  const existing = await prisma.diversiAgreement.findUnique({ where: { pendampinganId: row.id }, select: { id: true } });
  if (existing) throw conflict("Kesepakatan diversi untuk pendampingan ini sudah dicatat.");
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { status: to });
    await tx.diversiAgreement.create({
      data: {
        pendampinganId: row.id, agreedOn: input.agreedOn, deadline: input.deadline, terms: input.terms,
        penetapanNumber: input.penetapanNumber || null, childConsent: true, guardianConsent: true, recordedById: user.id,
      },
    });
    await audit(tx, user, {
      action: "pendampingan.agreement", entityType: "Pendampingan", entityId: row.id, personId: row.personId,
      details: { deadline: input.deadline.toISOString().slice(0, 10), childConsent: true, guardianConsent: true },
    });
    return { version };
  });
}
