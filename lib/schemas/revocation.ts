import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { TPP_RECOMMENDATIONS, VIOLATION_TYPES, WARNING_LEVELS } from "@/lib/domain/enums";

const id = z.string().min(1).max(40);
const version = z.coerce.number().int().min(1);
const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `Tulis ${what} (minimal ${min} karakter).`).max(max, `${what[0].toUpperCase()}${what.slice(1)} paling banyak ${max.toLocaleString("id-ID")} karakter.`);

export const ZRevocationPkReport = z.object({ revocationId: id, version, pkReport: text(20, 12_000, "laporan pemeriksaan") });
export const ZRevocationTpp = z.object({
  revocationId: id,
  version,
  /** The recorded sidang TPP that gave the recommendation (same office, held since the proposal, not in the future). */
  tppSessionId: z.string({ error: "Pilih sidang TPP yang membahas usulan ini." }).min(1, "Pilih sidang TPP yang membahas usulan ini.").max(40),
  recommendation: z.enum(TPP_RECOMMENDATIONS, { message: "Pilih rekomendasi TPP." }),
  notes: text(5, 4000, "catatan sidang TPP"),
});
const optionalText = (max: number, what: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().trim().max(max, `${what} paling banyak ${max} karakter.`).optional());
const isoDay = (message: string) => z.string().trim().refine((v) => parseIsoDate(v) !== null, message);

/** PB/CB/CMB: the Kepala's pencabutan sementara, with the report upward it sends at once. */
export const ZRevocationSuspend = z.object({
  revocationId: id, version, note: text(5, 2000, "pertimbangan Kepala"), referredTo: optionalText(300, "Tujuan laporan"),
});
/** The other programs: the report to the deciding authority (Lapas/Kanwil, the official, the jaksa). */
export const ZRevocationRefer = z.object({
  revocationId: id, version, referredTo: text(5, 300, "tujuan laporan"), note: text(5, 2000, "isi laporan"),
});
export const ZRevocationOutcome = z.object({
  revocationId: id,
  version,
  outcome: z.enum(["REVOKED", "CONTINUED", "DISMISSED"], { message: "Pilih hasil akhir." }),
  note: text(5, 2000, "dasar keputusan"),
  effectiveOn: isoDay("Isi tanggal berlaku."),
  /** The authority's decision, required once it was reported to (SUSPENDED or REFERRED). */
  decreeNumber: optionalText(120, "Nomor keputusan"),
  decreeDate: z.preprocess((v) => (v === "" || v === null ? undefined : v), isoDay("Isi tanggal keputusan.").optional()),
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

/** A written complaint from the public (pengaduan masyarakat), examined by the PK: it opens a proceeding. */
export const ZRecordComplaint = z.object({
  clientId: id,
  complainant: text(3, 200, "nama dan alamat pengadu"),
  complaintOn: isoDay("Isi tanggal pengaduan diterima."),
  type: z.enum(VIOLATION_TYPES, { message: "Pilih jenis pelanggaran yang diadukan." }),
  description: text(10, 4000, "isi pengaduan"),
  examinationReport: text(20, 12_000, "berita acara pemeriksaan"),
});
export type RecordComplaintInput = z.infer<typeof ZRecordComplaint>;

export const ZIssueWarning = z.object({
  clientId: id,
  level: z.enum(WARNING_LEVELS, { message: "Pilih jenis teguran atau peringatan." }),
  reason: text(10, 2000, "alasan dan pelanggaran yang ditegur"),
});
export type IssueWarningInput = z.infer<typeof ZIssueWarning>;

export const ZRequestPermit = z.object({
  clientId: id,
  kind: z.enum(["LUAR_KOTA", "LUAR_NEGERI"], { message: "Pilih izin ke luar kota atau ke luar negeri." }),
  destination: text(3, 200, "tujuan"),
  purpose: text(3, 300, "keperluan"),
  fromDate: isoDay("Isi tanggal berangkat."),
  toDate: isoDay("Isi tanggal kembali."),
  reason: text(10, 2000, "alasan dan keterangan PK"),
});
export type RequestPermitInput = z.infer<typeof ZRequestPermit>;

export const ZDecidePermit = z.object({
  permitId: id,
  version,
  decision: z.enum(["APPROVE", "REFUSE"], { message: "Pilih keputusan." }),
  note: text(5, 2000, "pertimbangan"),
});
export type DecidePermitInput = z.infer<typeof ZDecidePermit>;
