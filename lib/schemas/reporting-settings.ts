// The wajib-lapor part of Office.settings:
//   { reporting: { defaults: { PB: { AWAL: "MONTHLY" } }, window: { monthlyInMonth, earlyDays, graceWorkingDays, countLate } },
//     calendar: { closures: [{ date: "2026-12-24", name: "Cuti bersama Natal" }], extraWorkingDays: [] } }
// Read leniently: an invalid or missing part falls back to the built-in defaults.
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { PROGRAMS, REPORTING_FREQUENCIES, STAGE_KINDS } from "@/lib/domain/enums";
import { DEFAULT_REPORTING_WINDOW, type ReportingDefaults, type ReportingWindowSettings } from "@/lib/domain/reporting";
import { workCalendar, type CalendarSettings, type WorkCalendar } from "@/lib/domain/working-days";

const ZFrequencyOrNone = z.enum([...REPORTING_FREQUENCIES, "NONE"]);
const ZPerStage = z.partialRecord(z.enum(STAGE_KINDS), ZFrequencyOrNone);

export const ZReportingWindow = z.object({
  monthlyInMonth: z.boolean({ message: "Pilih ya atau tidak." }),
  earlyDays: z.coerce.number({ message: "Isi angka." }).int("Isi bilangan bulat.").min(0, "Paling sedikit 0 hari.").max(7, "Paling banyak 7 hari."),
  graceWorkingDays: z.coerce.number({ message: "Isi angka." }).int("Isi bilangan bulat.").min(0, "Paling sedikit 0 hari.").max(10, "Paling banyak 10 hari kerja."),
  countLate: z.boolean({ message: "Pilih ya atau tidak." }),
});

export const ZReportingSettings = z.object({
  defaults: z.partialRecord(z.enum(PROGRAMS), ZPerStage).default({}),
  window: ZReportingWindow.partial().default({}),
});
export type ReportingSettings = z.infer<typeof ZReportingSettings>;

const isoDay = z.string().refine((v) => parseIsoDate(v) !== null, "Tanggal tidak valid.");
export const ZCalendarSettings = z.object({
  closures: z.array(z.object({ date: isoDay, name: z.string().trim().max(80, "Nama paling banyak 80 karakter.").optional() })).max(100, "Paling banyak 100 hari libur kantor.").default([]),
  extraWorkingDays: z.array(isoDay).max(50).default([]),
});

function part(settings: unknown, key: string): unknown {
  return settings && typeof settings === "object" ? (settings as Record<string, unknown>)[key] : undefined;
}

/** The office's reporting defaults from its settings JSON; {} when absent or invalid. */
export function reportingDefaultsFrom(settings: unknown): ReportingDefaults {
  const parsed = ZReportingSettings.safeParse(part(settings, "reporting") ?? {});
  return parsed.success ? parsed.data.defaults : {};
}

/** The office's reporting windows: its own values over the built-in ones. */
export function reportingWindowFrom(settings: unknown): ReportingWindowSettings {
  const parsed = ZReportingSettings.safeParse(part(settings, "reporting") ?? {});
  return { ...DEFAULT_REPORTING_WINDOW, ...(parsed.success ? parsed.data.window : {}) };
}

export function calendarSettingsFrom(settings: unknown): CalendarSettings {
  const parsed = ZCalendarSettings.safeParse(part(settings, "calendar") ?? {});
  return parsed.success ? parsed.data : {};
}

/** The office's working days: national holidays, weekends, and its own closures. */
export function officeCalendar(settings: unknown): WorkCalendar {
  return workCalendar(calendarSettingsFrom(settings));
}
