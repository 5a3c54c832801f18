import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { TPP_RECOMMENDATIONS, VIOLATION_TYPES } from "@/lib/domain/enums";

const id = z.string().min(1).max(40);
const version = z.coerce.number().int().min(1);
const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `Tulis ${what} (minimal ${min} karakter).`).max(max, `${what[0].toUpperCase()}${what.slice(1)} paling banyak ${max.toLocaleString("id-ID")} karakter.`);

export const ZRevocationPkReport = z.object({ revocationId: id, version, pkReport: text(20, 12_000, "laporan pemeriksaan") });
export const ZRevocationTpp = z.object({
  revocationId: id,
  version,
  recommendation: z.enum(TPP_RECOMMENDATIONS, { message: "Pilih rekomendasi TPP." }),
  notes: text(5, 4000, "catatan sidang TPP"),
});
export const ZRevocationSuspend = z.object({ revocationId: id, version, note: text(5, 2000, "pertimbangan Kepala") });
export const ZRevocationOutcome = z.object({
  revocationId: id,
  version,
  outcome: z.enum(["REVOKED", "CONTINUED", "DISMISSED"], { message: "Pilih hasil akhir." }),
  note: text(5, 2000, "dasar keputusan"),
  effectiveOn: z.string().trim().refine((v) => parseIsoDate(v) !== null, "Isi tanggal berlaku."),
});

export const ZReportViolation = z.object({
  clientId: id,
  type: z.enum(VIOLATION_TYPES, { message: "Pilih jenis pelanggaran." }),
  occurredOn: z.string().trim().refine((v) => parseIsoDate(v) !== null, "Isi tanggal kejadian."),
  description: text(10, 4000, "uraian pelanggaran"),
  proposeRevocation: z.boolean().default(false),
});
export type ReportViolationInput = z.infer<typeof ZReportViolation>;

export const ZCloseViolation = z.object({
  violationId: id,
  status: z.enum(["RESOLVED", "DISMISSED"], { message: "Pilih penyelesaian." }),
  note: text(5, 2000, "tindak lanjut"),
});
export type CloseViolationInput = z.infer<typeof ZCloseViolation>;
