import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { REPORTING_FREQUENCIES } from "@/lib/domain/enums";
import { RISK_LEVELS, type InstrumentDefinition, type RiskDefaults } from "@/lib/domain/risk-assessment";

const id = z.string().trim().min(1).max(40);
const isoDate = (label: string) =>
  z.string({ message: `Isi ${label}.` }).trim().min(1, `Isi ${label}.`).refine((v) => parseIsoDate(v) !== null, `Format ${label} tidak valid.`);
const key = z.string().trim().min(1).max(60);

/** An instrument's definition as loaded from JSON (prisma/risk-instruments.json or an office's own file). */
export const ZInstrumentDefinition = z.object({
  reassessMonths: z.number().int().min(1).max(36).default(12),
  domains: z.array(z.object({
    id: key, label: z.string().min(1).max(160),
    questions: z.array(z.object({
      id: key, text: z.string().min(1).max(500),
      options: z.array(z.object({ id: key, label: z.string().min(1).max(200), score: z.number().int().min(0).max(100) })).min(1).max(20),
    })).min(1).max(60),
  })).min(1).max(30),
  needs: z.array(z.object({ id: key, label: z.string().min(1).max(160) })).max(60),
  scoring: z.object({
    method: z.literal("sum"),
    bands: z.array(z.object({ level: z.enum(RISK_LEVELS), min: z.number().int(), max: z.number().int().optional() })).min(1),
  }),
}) satisfies z.ZodType<InstrumentDefinition, unknown>;

export const ZRecordRiskAssessment = z.object({
  clientId: id,
  instrumentId: id,
  litmasId: id.optional().or(z.literal("").transform(() => undefined)),
  assessedOn: isoDate("tanggal asesmen"),
  answers: z.record(key, key, { message: "Jawab setiap pertanyaan." }),
  findings: z.record(key, z.string().trim().max(2000, "Temuan maksimal 2000 karakter.")).default({}),
  needs: z.array(key).max(60).default([]),
});

export const ZMarkNewInformation = z.object({
  clientId: id,
  assessmentId: id,
  note: z.string({ message: "Tulis informasi baru." }).trim().min(10, "Tulis informasi baru paling sedikit 10 karakter.").max(1000, "Maksimal 1000 karakter."),
});

const ZRiskDefault = z.object({
  frequency: z.enum(REPORTING_FREQUENCIES, "Pilih frekuensi wajib lapor."),
  visitsPerMonth: z.coerce.number({ message: "Isi angka." }).int("Isi bilangan bulat.").min(0, "Paling sedikit 0.").max(8, "Paling banyak 8 kunjungan sebulan."),
});
/** Office.settings.riskDefaults: per risk level, the default wajib-lapor frequency and home visits a month. */
export const ZRiskDefaults = z.partialRecord(z.enum(RISK_LEVELS), ZRiskDefault);
export const ZRiskDefaultsForm = z.object({ RENDAH: ZRiskDefault, SEDANG: ZRiskDefault, TINGGI: ZRiskDefault });

export function riskDefaultsFrom(settings: unknown): RiskDefaults {
  const raw = settings && typeof settings === "object" ? (settings as Record<string, unknown>).riskDefaults : undefined;
  const parsed = ZRiskDefaults.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

// ---- tahap akhir preparation (kept here to keep the merge with issue 14 part A small)
export const ZRecordPreparationStep = z.object({
  clientId: id,
  step: z.enum(["BIMBINGAN_PEMANTAPAN", "ARAHAN_KELUARGA", "PENYULUHAN_SOSIAL", "BIMBINGAN_TAMBAHAN"], "Pilih langkah."),
  state: z.enum(["DONE", "NOT_NEEDED"], "Pilih selesai atau tidak diperlukan."),
  contactId: id.optional().or(z.literal("").transform(() => undefined)),
  doneOn: z.string().trim().refine((v) => !v || parseIsoDate(v) !== null, "Format tanggal tidak valid.").optional(),
  note: z.string().trim().max(1000, "Maksimal 1000 karakter.").default(""),
}).superRefine((v, ctx) => {
  if (v.state === "DONE" && !v.contactId && !v.doneOn) ctx.addIssue({ code: "custom", path: ["doneOn"], message: "Pilih kegiatan bimbingan yang melaksanakannya, atau isi tanggal." });
  if (v.state === "DONE" && !v.contactId && v.note.length < 5) ctx.addIssue({ code: "custom", path: ["note"], message: "Tulis catatan singkat pelaksanaannya." });
  if (v.state === "NOT_NEEDED" && v.note.length < 10) ctx.addIssue({ code: "custom", path: ["note"], message: "Tulis alasan tidak diperlukan (paling sedikit 10 karakter)." });
});
