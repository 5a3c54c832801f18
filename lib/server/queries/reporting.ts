import "server-only";
import { addDays, todayIn } from "@/lib/domain/calendar";
import { defaultFrequency, nextReport, openWindows } from "@/lib/domain/reporting";
import type { AttendanceChannel, AttendanceStatus } from "@/lib/domain/enums";
import { reportingDefaultsFrom } from "@/lib/schemas/reporting-settings";
import { riskDefaultsFrom } from "@/lib/schemas/risk-assessment";
import { proposedFrequency } from "@/lib/domain/risk-assessment";
import { currentRiskLevel } from "./risk-assessment";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { markUnreported } from "../services/mark-unreported";
import { clientWindows, officeReportingRules, SCHEDULE_SELECT } from "../services/reporting-common";
import { clientAlerts } from "./client-alerts";
import { clientScope } from "./scope";

export interface ReportingRow {
  dueOn: Date;
  /** The window: when a report counts (null for a past report copied from the paper register). */
  window: { expectedOn: Date; opensOn: Date; closesOn: Date; inMonth: boolean } | null;
  status: AttendanceStatus | null; // null: not recorded yet
  channel: AttendanceChannel | null;
  excuseReason: string | null;
  mangkirReason: string | null;
  attendedOn: Date | null;
  attendedAt: Date | null;
  late: boolean;
  note: string | null;
  recordedBy: string | null;
  /** A report (hadir) or an izin can be recorded now: the window is open, or it closed unrecorded. */
  recordable: boolean;
}

/** How far ahead the register shows coming windows. */
const HORIZON_DAYS = 35;

/** A client's wajib lapor: schedules, every due day with its window and record, the office default. */
export async function getClientReporting(user: CurrentUser, clientId: string) {
  assertCan(user, "reporting:record");
  const found = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: clientId }] }, select: { id: true } });
  if (!found) return null;
  await markUnreported({ officeId: user.officeId, clientIds: [found.id] });
  const client = await prisma.client.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true, fullName: true, registerNumber: true, status: true, program: true, currentStage: true, guidanceStart: true, guidanceEnd: true,
      office: { select: { settings: true } },
      reportingSchedules: { orderBy: { startsOn: "desc" }, select: { id: true, frequency: true, startsOn: true, endsOn: true, note: true, createdAt: true } },
      attendances: {
        orderBy: { dueOn: "desc" },
        select: { dueOn: true, status: true, channel: true, excuseReason: true, mangkirReason: true, attendedOn: true, attendedAt: true, late: true, note: true, recordedById: true },
      },
    },
  });
  const today = todayIn(user.timeZone);
  const rules = officeReportingRules(client.office.settings);
  const recorders = await prisma.user.findMany({ where: { id: { in: client.attendances.map((a) => a.recordedById).filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const nameOf = new Map(recorders.map((u) => [u.id, u.name]));
  const byDay = new Map(client.attendances.map((a) => [a.dueOn.getTime(), a]));
  const windows = client.status === "AKTIF" ? clientWindows(rules, client.reportingSchedules, client.guidanceEnd, addDays(today, HORIZON_DAYS)) : [];
  const open = new Set(openWindows(windows, client.attendances.map((a) => a.dueOn), today).map((w) => w.dueOn.getTime()));
  const rows: ReportingRow[] = [];
  const seen = new Set<number>();
  const recordedBy = (a: { recordedById: string | null }) => (a.recordedById ? (nameOf.get(a.recordedById) ?? "—") : "Sistem");
  for (const w of windows) {
    const a = byDay.get(w.dueOn.getTime());
    seen.add(w.dueOn.getTime());
    const { expectedOn, opensOn, closesOn, inMonth } = w;
    rows.push({
      dueOn: w.dueOn, window: { expectedOn, opensOn, closesOn, inMonth },
      status: a?.status ?? null, channel: a?.channel ?? null, excuseReason: a?.excuseReason ?? null, mangkirReason: a?.mangkirReason ?? null,
      attendedOn: a?.attendedOn ?? null, attendedAt: a?.attendedAt ?? null, late: a?.late ?? false, note: a?.note ?? null,
      recordedBy: a ? recordedBy(a) : null,
      recordable: client.status === "AKTIF" && (open.has(w.dueOn.getTime()) || a?.status === "TIDAK_LAPOR"),
    });
  }
  for (const a of client.attendances) {
    if (seen.has(a.dueOn.getTime())) continue;
    const { recordedById: _r, ...rest } = a;
    void _r;
    rows.push({ ...rest, window: null, recordedBy: recordedBy(a), recordable: false });
  }
  rows.sort((a, b) => b.dueOn.getTime() - a.dueOn.getTime());
  const { office, attendances: _a, ...rest } = client;
  const riskLevel = await currentRiskLevel(client.id);
  void _a;
  return {
    client: rest,
    rows,
    today,
    /** Confirming a mangkir is the client's PK's judgement. */
    mayConfirm: user.role === "PK",
    // A current risk assessment sets the frequency through the office's per-risk-level defaults.
    defaultFrequency: proposedFrequency(defaultFrequency(reportingDefaultsFrom(office.settings), client.program, client.currentStage), riskDefaultsFrom(office.settings), riskLevel),
    riskLevel,
    window: rules.window,
    alerts: await clientAlerts(user, client.id),
  };
}

/** How far ahead "Lapor berikutnya" looks (a monthly schedule's next day, past a month's end). */
const NEXT_REPORT_HORIZON_DAYS = 62;

/**
 * The report an active client owes next (the client file's "Lapor berikutnya"): its due day,
 * expected day and window, under the office's rules; null when no schedule is set or none is left.
 * The caller has scoped the client.
 */
export async function nextReportOf(client: { id: string; officeId: string; guidanceEnd: Date }, timeZone: string) {
  const [office, schedules] = await Promise.all([
    prisma.office.findUniqueOrThrow({ where: { id: client.officeId }, select: { settings: true } }),
    prisma.reportingSchedule.findMany({ where: { clientId: client.id }, ...SCHEDULE_SELECT }),
  ]);
  if (schedules.length === 0) return null;
  const today = todayIn(timeZone);
  const windows = clientWindows(officeReportingRules(office.settings), schedules, client.guidanceEnd, addDays(today, NEXT_REPORT_HORIZON_DAYS));
  const recorded = await prisma.reportingAttendance.findMany({ where: { clientId: client.id, dueOn: { gte: addDays(today, -NEXT_REPORT_HORIZON_DAYS) } }, select: { dueOn: true } });
  const next = nextReport(windows, recorded.map((a) => a.dueOn), today);
  return next ? { ...next, today } : null;
}
