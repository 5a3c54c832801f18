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
// - Each due day has a window, as offices practise it (see reportingWindows): a monthly report may
//   come on any working day of its month, or (for an office that reports on a date) from a few days
//   before the date to a few working days after it; a date on a weekend or a public holiday moves
//   to the next working day. Inside the window the client has reported (late, "terlambat", after
//   the expected day where the office counts it); the window closing without a record makes the day
//   TIDAK_LAPOR, which waits for the PK: a confirmed MANGKIR (with the follow-up done), or an IZIN.
// - Reports missed "in a row" are consecutive due days all MANGKIR; anything else (HADIR, IZIN, or a
//   TIDAK_LAPOR not confirmed yet) ends the run. A run of three or more raises one revocation
//   proposal, exactly once per run.
import { addDays, addMonths } from "./calendar";
import type { AttendanceStatus, Program, ReportingFrequency, StageKind } from "./enums";
import { addWorkingDays, lastWorkingDayOfMonth, onOrNextWorkingDay, type WorkCalendar } from "./working-days";

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

// ---------------------------------------------------------------- windows

export interface ReportingWindowSettings {
  /** A monthly report counts on any working day of its month (the usual "sekali sebulan"). */
  monthlyInMonth: boolean;
  /** Calendar days before the due date a report is taken (never before the previous due date). */
  earlyDays: number;
  /** Working days after the expected day a report still counts. */
  graceWorkingDays: number;
  /** A report after the expected day is marked terlambat (it still counts as reported). */
  countLate: boolean;
}

export const DEFAULT_REPORTING_WINDOW: ReportingWindowSettings = { monthlyInMonth: true, earlyDays: 3, graceWorkingDays: 3, countLate: true };

export interface ReportingWindow extends DueDay {
  /** The day the client is expected: the due date, moved past a weekend or a holiday. */
  expectedOn: Date;
  opensOn: Date;
  closesOn: Date;
  /** Counted over the whole month (no "late" inside it). */
  inMonth: boolean;
}

const max = (a: Date, b: Date) => (t(a) >= t(b) ? a : b);

/**
 * The window of one due day under a schedule of `frequency`: the expected day, when a report is
 * first taken (never before `notBefore`, the day after the previous due day or the schedule's
 * start) and when it closes. The one statement of the window rule: reportingWindows uses it per
 * client, deskDayFacts per calendar day for the office's reporting day view (computed in SQL).
 */
export function dueDayWindow(
  frequency: ReportingFrequency, dueOn: Date, notBefore: Date, cal: WorkCalendar, settings: ReportingWindowSettings = DEFAULT_REPORTING_WINDOW,
): Omit<ReportingWindow, keyof DueDay> {
  const inMonth = settings.monthlyInMonth && frequency === "MONTHLY";
  const expectedOn = onOrNextWorkingDay(cal, dueOn);
  const opensOn = inMonth
    ? max(new Date(Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), 1)), notBefore)
    : max(addDays(dueOn, -settings.earlyDays), notBefore);
  const closesOn = inMonth ? max(lastWorkingDayOfMonth(cal, dueOn), expectedOn) : addWorkingDays(cal, expectedOn, settings.graceWorkingDays);
  return { expectedOn, opensOn, closesOn, inMonth };
}

/**
 * The window of every due day (see dueDays) whose window opens on or before `until`. The window of
 * a day never opens before the previous due day (or the schedule's start) has passed.
 */
export function reportingWindows(
  schedules: readonly ScheduleSpan[],
  guidanceEnd: Date,
  until: Date,
  cal: WorkCalendar,
  settings: ReportingWindowSettings = DEFAULT_REPORTING_WINDOW,
): ReportingWindow[] {
  const byId = new Map(schedules.map((s) => [s.id, s]));
  const due = dueDays(schedules, guidanceEnd, addDays(until, 31 + settings.earlyDays));
  const out: ReportingWindow[] = [];
  due.forEach((d, i) => {
    const s = byId.get(d.scheduleId)!;
    const prev = i > 0 && due[i - 1].scheduleId === d.scheduleId ? due[i - 1].dueOn : s.startsOn;
    const w = dueDayWindow(s.frequency, d.dueOn, addDays(prev, 1), cal, settings);
    if (t(w.opensOn) <= t(until)) out.push({ ...d, ...w });
  });
  return out;
}

// ---------------------------------------------------------------- the office's reporting day view

/** How far back a due day can still have an open window (a month's window, a long holiday plus grace). */
export const DESK_LOOKBACK_DAYS = 45;
/** The view's "7 hari ke depan". */
export const DESK_AHEAD_DAYS = 7;

export interface DeskDayFact {
  day: Date;
  expectedOn: Date;
  /** A weekly or biweekly day (or monthly on a date): opens / closes. */
  opensOn: Date;
  closesOn: Date;
  /** A monthly day counted over its month. */
  monthOpensOn: Date;
  monthClosesOn: Date;
  /** Where a due day on `day` falls on today's view (see deskGroup), by the two kinds of window. */
  group: DeskGroup | null;
  monthGroup: DeskGroup | null;
}

/**
 * For each calendar day that can be a due day relevant to `today` (DESK_LOOKBACK_DAYS back to
 * DESK_AHEAD_DAYS ahead), its window under the office's rules, as dueDayWindow states it (before the
 * "not before the previous due day" bound, which the query applies). The view's query looks due days
 * up here, so the calendar rules (weekends, holidays, closures) stay in one place.
 */
export function deskDayFacts(today: Date, cal: WorkCalendar, settings: ReportingWindowSettings = DEFAULT_REPORTING_WINDOW): DeskDayFact[] {
  const longAgo = addDays(today, -400);
  const out: DeskDayFact[] = [];
  for (let d = addDays(today, -DESK_LOOKBACK_DAYS); t(d) <= t(addDays(today, DESK_AHEAD_DAYS)); d = addDays(d, 1)) {
    const w = dueDayWindow("WEEKLY", d, longAgo, cal, settings);
    const m = dueDayWindow("MONTHLY", d, longAgo, cal, { ...settings, monthlyInMonth: true });
    out.push({
      day: d, expectedOn: w.expectedOn, opensOn: w.opensOn, closesOn: w.closesOn, monthOpensOn: m.opensOn, monthClosesOn: m.closesOn,
      group: deskGroup(w, today), monthGroup: deskGroup(m, today),
    });
  }
  return out;
}

export type DeskGroup = "TODAY" | "WEEK" | "OPEN_PAST";

/**
 * Where a due day's window puts it on `today`'s view, or null when it is not on it: expected today;
 * expected in the next DESK_AHEAD_DAYS days; or expected earlier and still open (the view shows
 * those only while nothing is recorded).
 */
export function deskGroup(w: Pick<ReportingWindow, "expectedOn" | "closesOn">, today: Date): DeskGroup | null {
  if (t(w.expectedOn) === t(today)) return "TODAY";
  if (t(w.expectedOn) > t(today)) return t(w.expectedOn) <= t(addDays(today, DESK_AHEAD_DAYS)) ? "WEEK" : null;
  return t(w.closesOn) >= t(today) ? "OPEN_PAST" : null;
}

export type ReportTiming = "NOT_OPEN" | "ON_TIME" | "LATE" | "CLOSED";

/** Where a report on `day` falls in a window. */
export function reportTiming(w: ReportingWindow, day: Date, settings: ReportingWindowSettings = DEFAULT_REPORTING_WINDOW): ReportTiming {
  if (t(day) < t(w.opensOn)) return "NOT_OPEN";
  if (t(day) > t(w.closesOn)) return "CLOSED";
  return !w.inMonth && settings.countLate && t(day) > t(w.expectedOn) ? "LATE" : "ON_TIME";
}

/** Windows that closed before `today` with nothing recorded: the client did not report (TIDAK_LAPOR). */
export function unreportedWindows(windows: readonly ReportingWindow[], recorded: readonly Date[], today: Date): ReportingWindow[] {
  const seen = new Set(recorded.map(t));
  return windows.filter((w) => t(w.closesOn) < t(today) && !seen.has(t(w.dueOn)));
}

/** Windows open on `today` with nothing recorded, oldest first. */
export function openWindows(windows: readonly ReportingWindow[], recorded: readonly Date[], today: Date): ReportingWindow[] {
  const seen = new Set(recorded.map(t));
  return windows.filter((w) => t(w.opensOn) <= t(today) && t(today) <= t(w.closesOn) && !seen.has(t(w.dueOn)));
}

/**
 * The report the client owes next: the earliest window still open or to come with nothing recorded
 * (the client file's "Lapor berikutnya"), or null when none is left.
 */
export function nextReport(windows: readonly ReportingWindow[], recorded: readonly Date[], today: Date): ReportingWindow | null {
  const seen = new Set(recorded.map(t));
  return windows.find((w) => t(w.closesOn) >= t(today) && !seen.has(t(w.dueOn))) ?? null;
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

/**
 * The confirmed missed reports in a row at the end of the record (0 when the latest was not missed).
 * Days still waiting for the PK's confirmation (TIDAK_LAPOR) at the end are passed over.
 */
export function currentMissedRun(marks: readonly AttendanceMark[]): number {
  const sorted = [...marks].sort((a, b) => t(a.dueOn) - t(b.dueOn));
  let i = sorted.length - 1;
  while (i >= 0 && sorted[i].status === "TIDAK_LAPOR") i--;
  let n = 0;
  for (; i >= 0 && sorted[i].status === "MANGKIR"; i--) n++;
  return n;
}

/** Days among the marks waiting for the PK's confirmation (tidak lapor). */
export function awaitingConfirmation(marks: readonly AttendanceMark[]): number {
  return marks.filter((m) => m.status === "TIDAK_LAPOR").length;
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
