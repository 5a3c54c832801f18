import "server-only";
import { addDays, todayIn } from "@/lib/domain/calendar";
import { defaultFrequency, dueDays } from "@/lib/domain/reporting";
import type { AttendanceChannel, AttendanceStatus } from "@/lib/domain/enums";
import { reportingDefaultsFrom } from "@/lib/schemas/reporting-settings";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { markMissedReports } from "../services/mark-missed-reports";
import { EARLY_REPORT_DAYS } from "../services/record-attendance";
import { clientAlerts } from "./client-alerts";
import { clientScope } from "./scope";

export interface ReportingRow {
  dueOn: Date;
  status: AttendanceStatus | null; // null: not recorded yet
  channel: AttendanceChannel | null;
  excuseReason: string | null;
  attendedAt: Date | null;
  note: string | null;
  recordedBy: string | null;
  /** Can be recorded now (today, or up to a week early). */
  recordable: boolean;
}

/** A client's wajib lapor: schedules, every due day with its record, the office default. */
export async function getClientReporting(user: CurrentUser, clientId: string) {
  assertCan(user, "reporting:record");
  const found = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: clientId }] }, select: { id: true } });
  if (!found) return null;
  await markMissedReports({ officeId: user.officeId, clientIds: [found.id] });
  const client = await prisma.client.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true, fullName: true, registerNumber: true, status: true, program: true, currentStage: true, guidanceStart: true, guidanceEnd: true,
      office: { select: { settings: true } },
      reportingSchedules: { orderBy: { startsOn: "desc" }, select: { id: true, frequency: true, startsOn: true, endsOn: true, note: true, createdAt: true } },
      attendances: {
        orderBy: { dueOn: "desc" },
        select: { dueOn: true, status: true, channel: true, excuseReason: true, attendedAt: true, note: true, recordedById: true },
      },
    },
  });
  const today = todayIn(user.timeZone);
  const recorders = await prisma.user.findMany({ where: { id: { in: client.attendances.map((a) => a.recordedById).filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const nameOf = new Map(recorders.map((u) => [u.id, u.name]));
  const byDay = new Map(client.attendances.map((a) => [a.dueOn.getTime(), a]));
  const horizon = addDays(today, 35);
  const due = client.status === "AKTIF" ? dueDays(client.reportingSchedules, client.guidanceEnd, horizon) : [];
  const rows: ReportingRow[] = [];
  const seen = new Set<number>();
  for (const d of due) {
    const a = byDay.get(d.dueOn.getTime());
    seen.add(d.dueOn.getTime());
    rows.push({
      dueOn: d.dueOn, status: a?.status ?? null, channel: a?.channel ?? null, excuseReason: a?.excuseReason ?? null, attendedAt: a?.attendedAt ?? null,
      note: a?.note ?? null, recordedBy: a ? (a.recordedById ? (nameOf.get(a.recordedById) ?? "—") : "Sistem") : null,
      recordable: !a && d.dueOn.getTime() >= today.getTime() && d.dueOn.getTime() <= addDays(today, EARLY_REPORT_DAYS).getTime(),
    });
  }
  for (const a of client.attendances) {
    if (seen.has(a.dueOn.getTime())) continue;
    rows.push({ ...a, recordedBy: a.recordedById ? (nameOf.get(a.recordedById) ?? "—") : "Sistem", recordable: false });
  }
  rows.sort((a, b) => b.dueOn.getTime() - a.dueOn.getTime());
  const { office, attendances: _a, ...rest } = client;
  void _a;
  return {
    client: rest,
    rows,
    today,
    defaultFrequency: defaultFrequency(reportingDefaultsFrom(office.settings), client.program, client.currentStage),
    alerts: await clientAlerts(user, client.id),
  };
}
