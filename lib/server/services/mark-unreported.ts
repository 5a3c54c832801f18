import "server-only";
import { addDays, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { unreportedWindows } from "@/lib/domain/reporting";
import { formatDate } from "@/lib/format";
import { prisma } from "../db";
import { clock } from "../../clock";
import { clientWindows, lockClientReporting, officeReportingRules, SCHEDULE_SELECT, type OfficeReportingRules } from "./reporting-common";

/**
 * Marks every reporting window that closed with nothing recorded as TIDAK_LAPOR: the client did not
 * report, and the PK is asked to follow up and then confirm a mangkir or record an izin. It raises no
 * violation by itself. Idempotent and safe to run concurrently: the nightly job
 * (lib/server/jobs.ts) runs it for every office, and reading the inbox or a client's reporting page
 * runs it for what is read. System writes: audited without a user.
 */
export async function markUnreported(scope: { officeId: string; clientIds?: string[]; recentDays?: number }, now = clock.now()): Promise<{ unreported: number }> {
  const office = await prisma.office.findUniqueOrThrow({ where: { id: scope.officeId }, select: { timeZone: true, settings: true } });
  const today = todayIn(office.timeZone, now);
  const rules = officeReportingRules(office.settings);
  // A page view looks only at the recent windows (`recentDays`), not the whole history: the hourly
  // job (no `recentDays`) sweeps everything, so an older window is marked by it.
  const since = scope.recentDays ? addDays(today, -scope.recentDays) : null;
  const clients = await prisma.client.findMany({
    where: {
      officeId: scope.officeId, status: "AKTIF", deletedAt: null, reportingSchedules: { some: {} },
      ...(scope.clientIds ? { id: { in: scope.clientIds } } : {}),
    },
    select: { id: true, guidanceEnd: true, reportingSchedules: SCHEDULE_SELECT, attendances: { where: since ? { dueOn: { gte: since } } : {}, select: { dueOn: true } } },
  });
  let unreported = 0;
  for (const c of clients) {
    const windows = clientWindows(rules, c.reportingSchedules, c.guidanceEnd, today).filter((w) => !since || w.dueOn >= since);
    if (unreportedWindows(windows, c.attendances.map((a) => a.dueOn), today).length === 0) continue;
    unreported += await markClient(scope.officeId, c.id, today, rules, since);
  }
  return { unreported };
}

async function markClient(officeId: string, clientId: string, today: Date, rules: OfficeReportingRules, since: Date | null): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, clientId);
    // Re-read under the lock: another request may have done it meanwhile.
    const c = await tx.client.findFirstOrThrow({
      where: { id: clientId },
      select: { status: true, guidanceEnd: true, reportingSchedules: SCHEDULE_SELECT, attendances: { where: since ? { dueOn: { gte: since } } : {}, select: { dueOn: true } } },
    });
    if (c.status !== "AKTIF") return 0;
    const windows = clientWindows(rules, c.reportingSchedules, c.guidanceEnd, today).filter((w) => !since || w.dueOn >= since);
    const missed = unreportedWindows(windows, c.attendances.map((a) => a.dueOn), today);
    if (missed.length === 0) return 0;
    await tx.reportingAttendance.createMany({
      data: missed.map((m) => ({
        clientId, scheduleId: m.scheduleId, dueOn: m.dueOn, status: "TIDAK_LAPOR" as const,
        note: `Tidak ada catatan lapor sampai batas ${formatDate(m.closesOn)}.`,
      })),
    });
    await tx.auditEvent.createMany({
      data: missed.map((m) => ({ officeId, action: "reporting.unreported", entityType: "ReportingAttendance", clientId, details: { dueOn: toIsoDate(m.dueOn), closedOn: toIsoDate(m.closesOn) } })),
    });
    return missed.length;
  });
}
