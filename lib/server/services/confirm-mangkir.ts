import "server-only";
import { parseIsoDate, toIsoDate } from "@/lib/domain/calendar";
import { MISSED_IN_A_ROW_FOR_REVOCATION, runsNeedingProposal } from "@/lib/domain/reporting";
import { formatDate } from "@/lib/format";
import type { ConfirmMangkirInput } from "@/lib/schemas/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { lockClientReporting } from "./reporting-common";
import { warningsAllowProposal } from "./issue-warning";
import { OPEN_REVOCATION_STATUSES, openOrProposeRevocation } from "./revocation-common";

/**
 * The PK confirms that a day marked TIDAK_LAPOR was missed (mangkir), after following it up, with
 * the reason. Only then is it a violation. Three confirmed mangkir in a row raise one revocation
 * proposal per run (or join the client's open proceeding).
 */
export async function confirmMangkir(user: CurrentUser, input: ConfirmMangkirInput, now = clock.now()): Promise<{ id: string; revocationId: string | null }> {
  assertCan(user, "violation:report");
  if (user.role !== "PK") throw forbidden("Konfirmasi mangkir dilakukan oleh PK klien.");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, program: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  const dueOn = parseIsoDate(input.dueOn)!;

  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, client.id);
    const row = await tx.reportingAttendance.findUnique({ where: { clientId_dueOn: { clientId: client.id, dueOn } }, select: { id: true, status: true } });
    if (!row) throw invalid("Jadwal itu belum lewat batas lapor.", { dueOn: ["Pilih jadwal yang menunggu konfirmasi."] });
    if (row.status !== "TIDAK_LAPOR") throw conflict("Jadwal lapor ini sudah dikonfirmasi atau dicatat.");
    await tx.reportingAttendance.update({ where: { id: row.id }, data: { status: "MANGKIR", mangkirReason: input.reason, recordedById: user.id, confirmedAt: now } });
    const violation = await tx.violation.create({
      data: {
        officeId: client.officeId, clientId: client.id, type: "MANGKIR_WAJIB_LAPOR", occurredOn: dueOn, reportedById: user.id,
        description: `Klien tidak melaksanakan wajib lapor jadwal ${formatDate(dueOn)}. Tindak lanjut PK: ${input.reason}`,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "reporting.mangkir.confirm", entityType: "ReportingAttendance", entityId: row.id, clientId: client.id, details: { dueOn: input.dueOn, violationId: violation.id } });

    const [marks, covered] = await Promise.all([
      tx.reportingAttendance.findMany({ where: { clientId: client.id }, select: { dueOn: true, status: true } }),
      tx.violation.findMany({ where: { clientId: client.id, type: "MANGKIR_WAJIB_LAPOR", revocationId: { not: null } }, select: { occurredOn: true } }),
    ]);
    const run = runsNeedingProposal(marks, covered.map((v) => v.occurredOn)).find((r) => r.some((d) => d.getTime() === dueOn.getTime()));
    if (!run) return { id: violation.id, revocationId: null };
    // An office that requires written warnings first: the run waits for them (the PK sees it).
    const open = await tx.revocationProceeding.count({ where: { clientId: client.id, status: { in: [...OPEN_REVOCATION_STATUSES] } } });
    if (!open && !(await warningsAllowProposal(tx, client)).ok) return { id: violation.id, revocationId: null };
    const proceeding = await openOrProposeRevocation(tx, client, true);
    await tx.violation.updateMany({
      where: { clientId: client.id, type: "MANGKIR_WAJIB_LAPOR", occurredOn: { in: run }, status: { in: ["OPEN", "UNDER_REVIEW"] } },
      data: { revocationId: proceeding.id, status: "UNDER_REVIEW" },
    });
    await tx.violation.update({
      where: { id: violation.id },
      data: { description: `Klien tidak melaksanakan wajib lapor ${run.length} kali berturut-turut (${run.map((d) => formatDate(d)).join(", ")}). Tindak lanjut PK: ${input.reason}` },
    });
    if (proceeding.created) {
      await audit(tx, user, {
        action: "revocation.propose", entityType: "RevocationProceeding", entityId: proceeding.id, clientId: client.id,
        details: { raisedBySystem: true, missedInARow: run.length, threshold: MISSED_IN_A_ROW_FOR_REVOCATION, dates: run.map(toIsoDate) },
      });
    }
    return { id: violation.id, revocationId: proceeding.id };
  });
}
