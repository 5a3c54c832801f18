// Working days of a Bapas: Monday to Friday, minus Indonesia's national public holidays and the
// office's own closures (cuti bersama, a local holiday). Pure; calendar dates are UTC-midnight Dates.
//
// National holidays come from `date-holidays` (country ID, type "public"). Its Islamic and Chinese
// holidays are computed from their calendars and can be a day off the government's decree (SKB 3
// Menteri), so an office adds or corrects days through its closures; `extraWorkingDays` lets it
// reopen a day the library marks as a holiday.
import Holidays from "date-holidays";
import { addDays, parseIsoDate, toIsoDate } from "./calendar";

export interface WorkCalendar {
  isWorkingDay(day: Date): boolean;
  /** Why a day is not a working day ("Sabtu", "Hari Raya Natal", "Cuti bersama"), or null. */
  closedBecause(day: Date): string | null;
}

export interface CalendarSettings {
  /** Extra closed days, "yyyy-mm-dd", with an optional name: cuti bersama, local holidays. */
  closures?: readonly { date: string; name?: string }[];
  /** Days the office is open although the library lists a national holiday. */
  extraWorkingDays?: readonly string[];
}

const holidays = new Holidays("ID");
const byYear = new Map<number, Map<string, string>>();

/** Indonesia's national public holidays of a year: "yyyy-mm-dd" -> name (cached). */
export function nationalHolidays(year: number): ReadonlyMap<string, string> {
  let map = byYear.get(year);
  if (!map) {
    map = new Map();
    for (const h of holidays.getHolidays(year) || []) {
      if (h.type !== "public") continue;
      const day = h.date.slice(0, 10);
      // The library names 27 Rajab after the Maulid; officers know it as Isra Mikraj.
      const name = h.rule?.includes("Rajab") ? "Isra Mikraj Nabi Muhammad" : h.name;
      if (!map.has(day)) map.set(day, name);
    }
    byYear.set(year, map);
  }
  return map;
}

export function workCalendar(settings: CalendarSettings = {}): WorkCalendar {
  const closures = new Map((settings.closures ?? []).filter((c) => parseIsoDate(c.date)).map((c) => [c.date, c.name?.trim() || "Kantor tutup"]));
  const reopened = new Set(settings.extraWorkingDays ?? []);
  const closedBecause = (day: Date): string | null => {
    const iso = toIsoDate(day);
    const closure = closures.get(iso);
    if (closure) return closure;
    const dow = day.getUTCDay();
    if (dow === 6) return "Sabtu";
    if (dow === 0) return "Minggu";
    if (reopened.has(iso)) return null;
    return nationalHolidays(day.getUTCFullYear()).get(iso) ?? null;
  };
  return { closedBecause, isWorkingDay: (day) => closedBecause(day) === null };
}

/** The day itself when it is a working day, else the next one. */
export function onOrNextWorkingDay(cal: WorkCalendar, day: Date): Date {
  let d = day;
  for (let i = 0; i < 60 && !cal.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

/** `n` working days after `day` (n >= 0; 0 gives `day` back). */
export function addWorkingDays(cal: WorkCalendar, day: Date, n: number): Date {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` <= `from`). */
export function workingDaysBetween(cal: WorkCalendar, from: Date, to: Date): number {
  let n = 0;
  for (let d = addDays(from, 1); d.getTime() <= to.getTime(); d = addDays(d, 1)) if (cal.isWorkingDay(d)) n++;
  return n;
}

/** The last working day of the month that holds `day`. */
export function lastWorkingDayOfMonth(cal: WorkCalendar, day: Date): Date {
  let d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
  for (let i = 0; i < 31 && !cal.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}
