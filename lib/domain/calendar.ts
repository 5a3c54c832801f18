import { clock } from "../clock";
// Calendar dates (birth dates, guidance periods, due dates) are plain days with no time zone.
// They travel as JS Dates at 00:00 UTC (how Prisma returns `@db.Date`) or as "yyyy-mm-dd" strings.
// Instants (when something happened) are real UTC times shown in the office's time zone.

const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar years accepted anywhere (issue 12): a slip such as 9999 or 0202 is not a date of
 * this work. Each form narrows further (a birth date within 100 years, a guidance end within 25
 * years of its start, a follow-up within a year of the contact): see DATE_LIMITS.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/** The sane spans of the dates the forms take, in years (checked in lib/schemas). */
export const DATE_LIMITS = {
  birthYearsBack: 100,
  guidanceYears: 25, // a guidance period: PB runs to the sentence's end plus a year of probation
  guidanceStartYearsBack: 25,
  guidanceStartYearsAhead: 1,
  programYears: 5, // one guidance program (kegiatan) inside a stage
  followUpYears: 1, // a contact's follow-up date after the contact
} as const;

/** The same calendar day `years` later (29 February becomes 28 February). */
export function addYears(date: Date, years: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
  return d.getUTCMonth() === date.getUTCMonth() ? d : new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth() + 1, 0));
}

/** Parses "yyyy-mm-dd" into a UTC-midnight Date, or null when it is not a real calendar day (or is outside EARLIEST_YEAR..LATEST_YEAR). */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `from` to `to` (both calendar dates). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/** Today's calendar date in an IANA time zone (an office's), as a UTC-midnight Date. */
export function todayIn(timeZone: string, now: Date = clock.now()): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parseIsoDate(parts)!;
}

/** Age in whole years on a given day. */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/**
 * The instant a calendar day starts in an IANA time zone (00.00 WIB on 2 Dec is 17.00 UTC on
 * 1 Dec). Exact for zones without daylight saving, such as Indonesia's three.
 */
export function startOfDayIn(day: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(day);
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return new Date(day.getTime() - (wall - day.getTime()));
}
