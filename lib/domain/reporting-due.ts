// Approximate reporting (wajib lapor) due dates from a schedule: weekly every 7 days from its
// start, biweekly every 14 days, monthly on the start's day of month (clamped to short months).
// Used for the workload view's "laporan minggu ini"; the reporting feature owns the exact rules.
import { addDays, addMonths, daysBetween } from "./calendar";
import type { ReportingFrequency } from "./enums";

export interface ScheduleWindow {
  frequency: ReportingFrequency;
  startsOn: Date;
  endsOn: Date | null;
}

/** Due dates of the schedule within [from, to] (calendar dates, inclusive). */
export function dueDatesBetween(s: ScheduleWindow, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  const last = s.endsOn && s.endsOn.getTime() < to.getTime() ? s.endsOn : to;
  if (last.getTime() < from.getTime() || s.startsOn.getTime() > last.getTime()) return out;
  if (s.frequency === "MONTHLY") {
    const months = Math.max(0, (from.getUTCFullYear() - s.startsOn.getUTCFullYear()) * 12 + from.getUTCMonth() - s.startsOn.getUTCMonth() - 1);
    for (let k = months; k < months + 3; k++) {
      const d = addMonths(s.startsOn, k);
      if (d.getTime() >= from.getTime() && d.getTime() <= last.getTime()) out.push(d);
    }
    return out;
  }
  const step = s.frequency === "WEEKLY" ? 7 : 14;
  const k0 = Math.max(0, Math.ceil(daysBetween(s.startsOn, from) / step));
  for (let d = addDays(s.startsOn, k0 * step); d.getTime() <= last.getTime(); d = addDays(d, step)) out.push(d);
  return out;
}

/** Monday to Sunday of the week containing `day`. */
export function weekOf(day: Date): { from: Date; to: Date } {
  const dow = (day.getUTCDay() + 6) % 7; // Monday = 0
  const from = addDays(day, -dow);
  return { from, to: addDays(from, 6) };
}
