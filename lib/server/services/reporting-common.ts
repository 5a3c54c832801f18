import "server-only";
import { reportingWindows, type ReportingWindow, type ReportingWindowSettings, type ScheduleSpan } from "@/lib/domain/reporting";
import type { WorkCalendar } from "@/lib/domain/working-days";
import { officeCalendar, reportingWindowFrom } from "@/lib/schemas/reporting-settings";
import type { Tx } from "../db";

/** Serialises the reporting bookkeeping of one client (marking, scheduling, recording, confirming). */
export async function lockClientReporting(tx: Tx, clientId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reporting:${clientId}`}))`;
}

export interface OfficeReportingRules {
  calendar: WorkCalendar;
  window: ReportingWindowSettings;
}

/** The office's working days and reporting windows, from its settings. */
export function officeReportingRules(settings: unknown): OfficeReportingRules {
  return { calendar: officeCalendar(settings), window: reportingWindowFrom(settings) };
}

/** A client's reporting windows opening on or before `until`, under the office's rules. */
export function clientWindows(rules: OfficeReportingRules, schedules: readonly ScheduleSpan[], guidanceEnd: Date, until: Date): ReportingWindow[] {
  return reportingWindows(schedules, guidanceEnd, until, rules.calendar, rules.window);
}

export const SCHEDULE_SELECT = { select: { id: true, frequency: true, startsOn: true, endsOn: true } } as const;
