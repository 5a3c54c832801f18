// Wajib lapor: which days a client must report, which of them were missed, and when a run of
// missed reports calls for a revocation proposal. Pure; calendar dates are UTC-midnight Dates.
//
// Rules (kept here, tested in reporting.test.ts):
// - A schedule takes effect on `startsOn` (the day it was set and explained to the client); the
//   first report is due one period later, then every period (weekly: 7 days, biweekly: 14 days,
//   monthly: the same day of the month, clamped to the month's end).
// - A schedule runs until the day before the next schedule starts, its own `endsOn`, or the end of
//   the guidance, whichever comes first. So changing the schedule mid-way keeps the dates already
//   due under the old one and starts counting afresh from the new one.
// - A due day that has passed (before the office's today) without attendance is missed (MANGKIR).
// - Reports missed "in a row" are consecutive due days all MANGKIR; a HADIR or an IZIN (excused)
//   ends the run. A run of three or more raises one revocation proposal, exactly once per run.
import { addDays, addMonths } from "./calendar";
import type { AttendanceStatus, Program, ReportingFrequency, StageKind } from "./enums";

export const MISSED_IN_A_ROW_FOR_REVOCATION = 3;

export interface ScheduleSpan {
  id: string;
  frequency: ReportingFrequency;
  startsOn: Date;
  endsOn: Date | null;
}

export interface DueDay {
  dueOn: Date;
  scheduleId: string;
}

const t = (d: Date) => d.getTime();
const min = (a: Date, b: Date) => (t(a) <= t(b) ? a : b);

/** The k-th reporting day after a schedule's start (k >= 1). */
export function nthDueDay(frequency: ReportingFrequency, startsOn: Date, k: number): Date {
  switch (frequency) {
    case "WEEKLY":
      return addDays(startsOn, 7 * k);
    case "BIWEEKLY":
      return addDays(startsOn, 14 * k);
    case "MONTHLY":
      return addMonths(startsOn, k);
  }
}

/**
 * Every reporting day from the schedules, in order, up to `until` (inclusive) and never after the
 * guidance ends.
 */
export function dueDays(schedules: readonly ScheduleSpan[], guidanceEnd: Date, until: Date): DueDay[] {
  const sorted = [...schedules].sort((a, b) => t(a.startsOn) - t(b.startsOn));
  const out: DueDay[] = [];
  sorted.forEach((s, i) => {
    let last = min(guidanceEnd, until);
    if (s.endsOn) last = min(last, s.endsOn);
    const next = sorted[i + 1];
    if (next) last = min(last, addDays(next.startsOn, -1));
    for (let k = 1; k < 10_000; k++) {
      const d = nthDueDay(s.frequency, s.startsOn, k);
      if (t(d) > t(last)) break;
      out.push({ dueOn: d, scheduleId: s.id });
    }
  });
  return out;
}

/** The first reporting day on or after `from`, or null when none is left. */
export function nextDueDay(schedules: readonly ScheduleSpan[], guidanceEnd: Date, from: Date): DueDay | null {
  const horizon = addDays(from, 62);
  return dueDays(schedules, guidanceEnd, horizon).find((d) => t(d.dueOn) >= t(from)) ?? null;
}

/** Due days before `today` with no attendance recorded: they become MANGKIR. */
export function missedDueDays(due: readonly DueDay[], recorded: readonly Date[], today: Date): DueDay[] {
  const seen = new Set(recorded.map(t));
  return due.filter((d) => t(d.dueOn) < t(today) && !seen.has(t(d.dueOn)));
}

export interface AttendanceMark {
  dueOn: Date;
  status: AttendanceStatus;
}

/** Runs of consecutive MANGKIR, oldest first; each run is its due days in order. */
export function missedRuns(marks: readonly AttendanceMark[]): Date[][] {
  const sorted = [...marks].sort((a, b) => t(a.dueOn) - t(b.dueOn));
  const runs: Date[][] = [];
  let current: Date[] = [];
  for (const m of sorted) {
    if (m.status === "MANGKIR") current.push(m.dueOn);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** The missed reports in a row at the end of the record (0 when the latest was not missed). */
export function currentMissedRun(marks: readonly AttendanceMark[]): number {
  const sorted = [...marks].sort((a, b) => t(a.dueOn) - t(b.dueOn));
  let n = 0;
  for (let i = sorted.length - 1; i >= 0 && sorted[i].status === "MANGKIR"; i--) n++;
  return n;
}

/**
 * Runs of at least three missed reports that have no revocation proposal yet. `proposedFor` holds
 * the due days already covered by a proposal (its linked violations): a run touching any of them
 * is done, so a fourth or fifth miss in the same run raises nothing new.
 */
export function runsNeedingProposal(marks: readonly AttendanceMark[], proposedFor: readonly Date[]): Date[][] {
  const covered = new Set(proposedFor.map(t));
  return missedRuns(marks).filter((run) => run.length >= MISSED_IN_A_ROW_FOR_REVOCATION && !run.some((d) => covered.has(t(d))));
}

// ---------------------------------------------------------------- office defaults

export type FrequencyOrNone = ReportingFrequency | "NONE";
export type ReportingDefaults = Partial<Record<Program, Partial<Record<StageKind, FrequencyOrNone>>>>;

/** Built-in defaults when the office has not set its own (Office.settings.reporting.defaults). */
export const BUILT_IN_REPORTING_DEFAULTS: Record<Program, FrequencyOrNone> = {
  PB: "MONTHLY",
  CB: "MONTHLY",
  CMB: "MONTHLY",
  ASIMILASI: "WEEKLY",
  PIDANA_BERSYARAT: "MONTHLY",
  PIDANA_KERJA_SOSIAL: "NONE",
  PIDANA_PENGAWASAN: "MONTHLY",
  DIVERSI: "NONE",
  SPPA_PEMBINAAN_LUAR_LEMBAGA: "MONTHLY",
  SPPA_PELAYANAN_MASYARAKAT: "NONE",
  SPPA_PENGAWASAN: "MONTHLY",
  SPPA_PELATIHAN_KERJA: "NONE",
  SPPA_TINDAKAN: "NONE",
  SPPA_ANAK_BELUM_12: "NONE",
};

/** The frequency to propose for a client's program and stage: the office's setting, else built-in. */
export function defaultFrequency(defaults: ReportingDefaults | undefined, program: Program, stage: StageKind | null): FrequencyOrNone {
  const perStage = defaults?.[program];
  return (stage ? perStage?.[stage] : undefined) ?? BUILT_IN_REPORTING_DEFAULTS[program];
}
