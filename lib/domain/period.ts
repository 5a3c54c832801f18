// The dashboard's and the reports' period: this month, last month, this quarter, this year, or
// a custom span. Calendar days (UTC-midnight Dates) in the office's time zone, both ends included.
import { addDays, addMonths, parseIsoDate, utcDate } from "./calendar";

const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

export const PERIOD_KINDS = ["bulan-ini", "bulan-lalu", "kuartal", "tahun", "kustom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_LABEL: Record<PeriodKind, string> = {
  "bulan-ini": "Bulan ini",
  "bulan-lalu": "Bulan lalu",
  kuartal: "Kuartal ini",
  tahun: "Tahun ini",
  kustom: "Rentang lain",
};

export interface Period {
  kind: PeriodKind;
  from: Date;
  to: Date;
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

const firstOfMonth = (d: Date) => utcDate(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
const lastOfMonth = (d: Date) => addDays(addMonths(firstOfMonth(d), 1), -1);

/**
 * The period a request names, relative to today. A custom span needs both days, from <= to, and at
 * most 3 years; anything else falls back to this month.
 */
export function resolvePeriod(kind: string | undefined, today: Date, custom: { from?: string; to?: string } = {}): Period {
  const month = firstOfMonth(today);
  switch (kind) {
    case "bulan-lalu": {
      const from = addMonths(month, -1);
      return { kind, from, to: lastOfMonth(from) };
    }
    case "kuartal": {
      const from = utcDate(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3 + 1, 1);
      return { kind, from, to: addDays(addMonths(from, 3), -1) };
    }
    case "tahun":
      return { kind, from: utcDate(today.getUTCFullYear(), 1, 1), to: utcDate(today.getUTCFullYear(), 12, 31) };
    case "kustom": {
      const from = custom.from ? parseIsoDate(custom.from) : null;
      const to = custom.to ? parseIsoDate(custom.to) : null;
      if (from && to && from <= to && to <= addDays(addMonths(from, 36), 0)) return { kind, from, to };
      break;
    }
  }
  return { kind: "bulan-ini", from: month, to: lastOfMonth(month) };
}

/** "1–31 Desember 2026", "1 Oktober – 31 Desember 2026", "1 Des 2025 – 5 Jan 2026". */
export function periodLabel(p: Pick<Period, "from" | "to">): string {
  const [f, t] = [p.from, p.to];
  const day = (d: Date) => d.getUTCDate();
  if (f.getUTCFullYear() !== t.getUTCFullYear()) return `${day(f)} ${MONTHS[f.getUTCMonth()]} ${f.getUTCFullYear()} – ${day(t)} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
  if (f.getUTCMonth() !== t.getUTCMonth()) return `${day(f)} ${MONTHS[f.getUTCMonth()]} – ${day(t)} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
  return `${day(f)}–${day(t)} ${MONTHS[f.getUTCMonth()]} ${f.getUTCFullYear()}`;
}

/** The 12 months ending with the month of `end`: each month's first day, oldest first. */
export function twelveMonthsTo(end: Date): Date[] {
  const last = firstOfMonth(end);
  return Array.from({ length: 12 }, (_, i) => addMonths(last, i - 11));
}

/** "Des 2026" */
export function monthShortLabel(firstDay: Date): string {
  return `${MONTHS_SHORT[firstDay.getUTCMonth()]} ${firstDay.getUTCFullYear()}`;
}

/** "Desember 2026" */
export function monthLabel(firstDay: Date): string {
  return `${MONTHS[firstDay.getUTCMonth()]} ${firstDay.getUTCFullYear()}`;
}

/** A report's month: "2026-11" -> 1 Nov 2026; anything else: the month before today's. */
export function reportMonth(raw: string | null | undefined, today: Date): Date {
  const m = raw ? /^(\d{4})-(\d{2})$/.exec(raw) : null;
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return utcDate(Number(m[1]), Number(m[2]), 1);
  return addMonths(firstOfMonth(today), -1);
}

/** A report's day: "2026-12-02" -> that day when it is not after today; anything else: today. */
export function reportDay(raw: string | null | undefined, today: Date): Date {
  const d = raw ? parseIsoDate(raw) : null;
  return d && d <= today ? d : today;
}

/** "Rabu, 2 Desember 2026" */
export function dayLabel(d: Date): string {
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
