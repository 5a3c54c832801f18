// The admin's settings screen: each form edits one part of Office.settings. Each schema takes the
// form's fields (strings, checkboxes) and gives the stored shape, which the feature's own reader
// (reporting-settings, warning-settings, register-settings, stages) reads back.
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { PROGRAMS } from "@/lib/domain/enums";
import { registerFormatProblem } from "@/lib/domain/register-number";
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from "@/lib/domain/retention";

const int = (min: number, max: number, unit: string) =>
  z.coerce.number({ message: "Isi angka." }).int("Isi bilangan bulat.").min(min, `Paling sedikit ${min} ${unit}.`).max(max, `Paling banyak ${max} ${unit}.`);
const base = { version: z.coerce.number().int().min(1) };

export const ZReportingWindowForm = z.object({
  ...base,
  monthlyInMonth: z.boolean(),
  earlyDays: int(0, 7, "hari"),
  graceWorkingDays: int(0, 10, "hari kerja"),
  countLate: z.boolean(),
}).transform(({ version, ...window }) => ({ version, part: "reporting.window" as const, value: window }));

/** One closure per line: "2026-12-24 Cuti bersama Natal". */
export const ZClosuresForm = z.object({ ...base, closures: z.string().max(8000, "Daftar terlalu panjang.") }).transform((v, ctx) => {
  const closures: { date: string; name?: string }[] = [];
  v.closures.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    const m = /^(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(t);
    if (!m || !parseIsoDate(m[1])) {
      ctx.addIssue({ code: "custom", path: ["closures"], message: `Baris ${i + 1}: tulis tanggal sebagai tttt-bb-hh lalu namanya, mis. 2026-12-24 Cuti bersama Natal.` });
      return;
    }
    closures.push({ date: m[1], ...(m[2] ? { name: m[2].slice(0, 80) } : {}) });
  });
  if (closures.length > 100) ctx.addIssue({ code: "custom", path: ["closures"], message: "Paling banyak 100 hari libur kantor." });
  return { version: v.version, part: "calendar.closures" as const, value: closures };
});

const warningCount = int(0, 3, "peringatan");
export const ZWarningsForm = z.object({
  ...base,
  defaultBeforeProposal: warningCount,
  ...Object.fromEntries(PROGRAMS.map((p) => [`wp_${p}`, z.preprocess((v) => (v === "" || v === null ? undefined : v), warningCount.optional())])),
}).transform((v) => {
  const values = v as Record<string, unknown>;
  const beforeProposal = Object.fromEntries(PROGRAMS.flatMap((p) => (values[`wp_${p}`] === undefined ? [] : [[p, values[`wp_${p}`] as number]])));
  return { version: v.version, part: "warnings" as const, value: { defaultBeforeProposal: v.defaultBeforeProposal, beforeProposal } };
});

export const ZRegisterNumberForm = z.object({
  ...base,
  format: z.string().trim().min(1, "Isi format nomor register.").max(60, "Format paling banyak 60 karakter.").superRefine((v, ctx) => {
    const problem = registerFormatProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  seqDigits: int(1, 8, "digit"),
}).transform(({ version, ...value }) => ({ version, part: "registerNumber" as const, value }));

/** The planned split of one program's period, in percent (the TPP decides each actual move). */
export const ZStageBoundariesForm = z.object({
  ...base,
  program: z.enum(PROGRAMS, { message: "Pilih program." }),
  first: int(5, 90, "persen"),
  second: int(10, 95, "persen"),
}).superRefine((v, ctx) => {
  if (v.second <= v.first) ctx.addIssue({ code: "custom", path: ["second"], message: "Batas tahap akhir harus sesudah batas tahap lanjutan." });
}).transform((v) => ({ version: v.version, part: "stageBoundaries" as const, program: v.program, value: [v.first / 100, v.second / 100] as [number, number] }));

/** How many years after a person's last case ended their file is reviewed (keep or anonymise). */
export const ZRetentionForm = z.object({ ...base, years: int(RETENTION_YEARS_MIN, RETENTION_YEARS_MAX, "tahun") })
  .transform(({ version, years }) => ({ version, part: "retention" as const, value: { years } }));

export type SettingsChange =
  | z.output<typeof ZReportingWindowForm> | z.output<typeof ZClosuresForm> | z.output<typeof ZWarningsForm>
  | z.output<typeof ZRegisterNumberForm> | z.output<typeof ZStageBoundariesForm> | z.output<typeof ZRetentionForm>;
