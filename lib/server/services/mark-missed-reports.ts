import "server-only";
import { addDays, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { dueDays, missedDueDays, runsNeedingProposal, MISSED_IN_A_ROW_FOR_REVOCATION } from "@/lib/domain/reporting";
import { formatDate } from "@/lib/format";
import { prisma, type Tx } from "../db";
import { clock } from "../../clock";

export interface MarkMissedResult {
  missed: number;
  proposals: number;
}

/** Serialises the reporting bookkeeping of one client (materialising, scheduling, recording). */
export async function lockClientReporting(tx: Tx, clientId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reporting:${clientId}`}))`;
}

/**
 * Turns every reporting day that passed without attendance into a MANGKIR row, raises a violation
 * for each, and for every run of three missed reports in a row a revocation proposal for the PK
 * (exactly once per run). Idempotent: safe to call on every read of the inbox or a client's
 * reporting page, and from a script (scripts/mark-missed-reports.ts). System writes: audited
 * without a user.
 */
export async function markMissedReports(scope: { officeId: string; clientIds?: string[] }, now = clock.now()): Promise<MarkMissedResult> {
  const office = await prisma.office.findUniqueOrThrow({ where: { id: scope.officeId }, select: { timeZone: true } });
  const today = todayIn(office.timeZone, now);
  const clients = await prisma.client.findMany({
    where: {
      officeId: scope.officeId, status: "AKTIF", deletedAt: null, reportingSchedules: { some: {} },
      ...(scope.clientIds ? { id: { in: scope.clientIds } } : {}),
    },
    select: {
      id: true, guidanceEnd: true,
      reportingSchedules: { select: { id: true, frequency: true, startsOn: true, endsOn: true } },
      attendances: { select: { dueOn: true } },
    },
  });
  const result: MarkMissedResult = { missed: 0, proposals: 0 };
  for (const c of clients) {
    const due = dueDays(c.reportingSchedules, c.guidanceEnd, addDays(today, -1));
    if (missedDueDays(due, c.attendances.map((a) => a.dueOn), today).length === 0) continue;
    const r = await markClient(scope.officeId, c.id, today);
    result.missed += r.missed;
    result.proposals += r.proposals;
  }
  return result;
}

async function markClient(officeId: string, clientId: string, today: Date): Promise<MarkMissedResult> {
  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, clientId);
    // Re-read under the lock: another request may have done it meanwhile.
    const c = await tx.client.findFirstOrThrow({
      where: { id: clientId },
      select: {
        status: true, guidanceEnd: true,
        reportingSchedules: { select: { id: true, frequency: true, startsOn: true, endsOn: true } },
        attendances: { select: { dueOn: true, status: true } },
      },
    });
    if (c.status !== "AKTIF") return { missed: 0, proposals: 0 };
    const missed = missedDueDays(dueDays(c.reportingSchedules, c.guidanceEnd, addDays(today, -1)), c.attendances.map((a) => a.dueOn), today);
    if (missed.length === 0) return { missed: 0, proposals: 0 };

    await tx.reportingAttendance.createMany({
      data: missed.map((m) => ({ clientId, scheduleId: m.scheduleId, dueOn: m.dueOn, status: "MANGKIR" as const, note: "Ditandai sistem: klien tidak lapor diri sampai akhir hari." })),
    });
    await tx.violation.createMany({
      data: missed.map((m) => ({
        officeId, clientId, type: "MANGKIR_WAJIB_LAPOR" as const, occurredOn: m.dueOn, raisedBySystem: true,
        description: `Klien tidak melaksanakan wajib lapor yang dijadwalkan tanggal ${formatDate(m.dueOn)}.`,
      })),
    });
    await tx.auditEvent.createMany({
      data: missed.map((m) => ({ officeId, action: "reporting.missed", entityType: "ReportingAttendance", clientId, details: { dueOn: toIsoDate(m.dueOn) } })),
    });

    const marks = [...c.attendances, ...missed.map((m) => ({ dueOn: m.dueOn, status: "MANGKIR" as const }))];
    const covered = await tx.violation.findMany({
      where: { clientId, type: "MANGKIR_WAJIB_LAPOR", revocationId: { not: null } },
      select: { occurredOn: true },
    });
    const runs = runsNeedingProposal(marks, covered.map((v) => v.occurredOn));
    for (const run of runs) {
      const proposal = await tx.revocationProceeding.create({
        data: { officeId, clientId, status: "PROPOSED", raisedBySystem: true },
        select: { id: true },
      });
      const linked = await tx.violation.findMany({
        where: { clientId, type: "MANGKIR_WAJIB_LAPOR", occurredOn: { in: run }, status: { in: ["OPEN", "UNDER_REVIEW"] } },
        orderBy: { occurredOn: "asc" },
        select: { id: true },
      });
      await tx.violation.updateMany({ where: { id: { in: linked.map((v) => v.id) } }, data: { revocationId: proposal.id, status: "UNDER_REVIEW" } });
      const last = linked.at(-1);
      if (last) {
        await tx.violation.update({
          where: { id: last.id },
          data: { description: `Klien tidak melaksanakan wajib lapor ${run.length} kali berturut-turut (${run.map((d) => formatDate(d)).join(", ")}). Diusulkan pemeriksaan untuk pencabutan.` },
        });
      }
      await tx.auditEvent.create({
        data: {
          officeId, action: "revocation.propose", entityType: "RevocationProceeding", entityId: proposal.id, clientId,
          details: { raisedBySystem: true, missedInARow: run.length, threshold: MISSED_IN_A_ROW_FOR_REVOCATION, dates: run.map(toIsoDate) },
        },
      });
    }
    return { missed: missed.length, proposals: runs.length };
  });
}
