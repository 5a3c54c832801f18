// The retention review (UU 27/2022 on personal data: kept no longer than its purpose needs). A
// person whose every case ended more than the office's N years ago is listed for the Kepala to
// keep or to anonymise. Anonymising removes who the person is and keeps what the statistics count.
import { addMonths, ageOn, utcDate } from "./calendar";

export const DEFAULT_RETENTION_YEARS = 10;
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 50;

/** What an anonymised person is called from then on. */
export const ANONYMISED_NAME = "Dianonimkan";
/** What replaces a required free-text field that may name or describe the person. */
export const ANONYMISED_TEXT = "[dihapus saat anonimisasi]";

/** A case ended on or before this day is past retention on `today`. */
export function retentionCutoff(today: Date, years: number): Date {
  return addMonths(today, -12 * years);
}

/** The default day to look at a kept person again: a year on. */
export function nextReviewDay(today: Date): Date {
  return addMonths(today, 12);
}

/**
 * The birth date an anonymised person keeps: as coarse as it can be while every request about
 * them stays on the same side of 18 (the reports count a litmas about a child by the age on the
 * day it came). Mid-year of the birth year, else the first of the birth month, else the day itself.
 */
export function generalisedBirthDate(birth: Date, requestDays: readonly Date[]): Date {
  const child = (b: Date, on: Date) => ageOn(b, on) < 18;
  const keeps = (b: Date) => requestDays.every((d) => child(b, d) === child(birth, d));
  const y = birth.getUTCFullYear();
  for (const c of [utcDate(y, 7, 1), utcDate(y, birth.getUTCMonth() + 1, 1)]) if (keeps(c)) return c;
  return birth;
}
