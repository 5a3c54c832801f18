// The one date formatter: date-fns with the Indonesian locale. Calendar dates are shown as the
// day they are (UTC midnight); instants are shown in the office's time zone with its label.
import { tz } from "@date-fns/tz";
import { format, formatDistanceStrict } from "date-fns";
import { id } from "date-fns/locale";

export const TIME_ZONE_LABEL: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

const asDate = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);

/** A calendar date: "23 November 2026". */
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return format(asDate(d), "d MMMM yyyy", { locale: id, in: tz("UTC") });
}

/** A calendar date with its weekday: "Senin, 7 Desember 2026". */
export function formatDateWithDay(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return format(asDate(d), "EEEE, d MMMM yyyy", { locale: id, in: tz("UTC") });
}

/** A calendar date, compact: "23 Nov 2026". */
export function formatDateShort(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return format(asDate(d), "d MMM yyyy", { locale: id, in: tz("UTC") });
}

/** An instant in an office's time zone: "23 Nov 2026, 13.05 WIB". */
export function formatDateTime(d: Date | string | null | undefined, timeZone: string): string {
  if (!d) return "—";
  const label = TIME_ZONE_LABEL[timeZone] ?? timeZone;
  return `${format(asDate(d), "d MMM yyyy, HH.mm", { locale: id, in: tz(timeZone) })} ${label}`;
}

/** The calendar day of an instant in an office's time zone: "23 November 2026". */
export function formatDayOf(d: Date | string | null | undefined, timeZone: string): string {
  if (!d) return "—";
  return format(asDate(d), "d MMMM yyyy", { locale: id, in: tz(timeZone) });
}

/** "3 hari", "2 bulan": a duration between two moments. */
export function formatDuration(from: Date, to: Date): string {
  return formatDistanceStrict(from, to, { locale: id });
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat("id-ID").format(n);
}
