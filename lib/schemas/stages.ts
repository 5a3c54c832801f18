// Schemas shared by the stage, TPP, program and letter forms and their server actions.
import { z } from "zod";
import { addYears, DATE_LIMITS, parseIsoDate } from "@/lib/domain/calendar";
import { APPROACHES, GUIDANCE_PROGRAM_STATUSES, GUIDANCE_TYPES, PARTNER_TYPES, PROGRAM_RATINGS, PROGRAMS, STAGE_KINDS, TPP_RECOMMENDATIONS } from "@/lib/domain/enums";
import { isValidBoundaries, type StageBoundaries } from "@/lib/domain/stages";

const id = z.string().trim().min(1).max(40);
const isoDate = (label: string) =>
  z.string().trim().min(1, `Isi ${label}.`).refine((v) => parseIsoDate(v) !== null, `${label[0].toUpperCase()}${label.slice(1)} tidak valid.`);
const text = (label: string, min: number, max: number) =>
  z.string().trim().min(min, min > 1 ? `${label} minimal ${min} karakter.` : `Isi ${label.toLowerCase()}.`).max(max, `${label} maksimal ${max} karakter.`);

export const ZProposeTransition = z.object({
  clientId: id,
  toStage: z.enum(STAGE_KINDS, "Pilih tahap tujuan."),
  pkAssessment: text("Penilaian PK", 20, 4000),
});
export type ProposeTransitionInput = z.infer<typeof ZProposeTransition>;

export const ZWithdrawTransition = z.object({ transitionId: id });

export const ZTppMember = z.object({ name: text("Nama anggota", 1, 120), role: text("Jabatan dalam TPP", 1, 60) });

export const ZTppReview = z.object({
  transitionId: id,
  recommendation: z.enum(TPP_RECOMMENDATIONS, "Pilih rekomendasi."),
  notes: z.string().trim().max(2000, "Catatan maksimal 2000 karakter.").optional().default(""),
});

/** A litmas (integrasi, asimilasi) discussed in the session, with the TPP's recommendation. */
export const ZTppLitmasReview = z.object({
  litmasId: id,
  recommendation: z.enum(TPP_RECOMMENDATIONS, "Pilih rekomendasi."),
  notes: z.string().trim().max(2000, "Catatan maksimal 2000 karakter.").optional().default(""),
});

/** A revocation proceeding (after the PK's report) discussed in the session, with the TPP's recommendation. */
export const ZTppRevocationReview = z.object({
  revocationId: id,
  recommendation: z.enum(TPP_RECOMMENDATIONS, "Pilih rekomendasi."),
  notes: z.string().trim().min(5, "Tulis catatan TPP untuk usulan pencabutan (minimal 5 karakter).").max(4000, "Catatan maksimal 4000 karakter."),
});

/** The session itself: when, where, who chaired and attended, the minutes. */
const ZTppSessionBase = z.object({
  heldOn: isoDate("tanggal sidang"),
  location: z.string().trim().max(120, "Tempat maksimal 120 karakter.").optional().default(""),
  chairName: text("Ketua sidang", 3, 120),
  members: z.array(ZTppMember).min(2, "Catat minimal dua anggota TPP yang hadir.").max(40, "Terlalu banyak anggota."),
  minutes: text("Notulen", 20, 20000),
});

export const ZRecordTppSession = ZTppSessionBase.extend({
  reviews: z.array(ZTppReview).max(100).optional().default([])
    .refine((r) => new Set(r.map((x) => x.transitionId)).size === r.length, "Satu usulan hanya dibahas sekali dalam satu sidang."),
  litmasReviews: z.array(ZTppLitmasReview).max(100).optional().default([])
    .refine((r) => new Set(r.map((x) => x.litmasId)).size === r.length, "Satu litmas hanya dibahas sekali dalam satu sidang."),
  revocationReviews: z.array(ZTppRevocationReview).max(100).optional().default([])
    .refine((r) => new Set(r.map((x) => x.revocationId)).size === r.length, "Satu usulan pencabutan hanya dibahas sekali dalam satu sidang."),
}).refine((v) => v.reviews.length + v.litmasReviews.length + v.revocationReviews.length > 0, { path: ["reviews"], message: "Pilih minimal satu usulan atau litmas yang dibahas." });
export type RecordTppSessionInput = z.input<typeof ZRecordTppSession>;

export const ZDecideTransition = z.object({
  transitionId: id,
  decision: z.enum(["APPROVE", "REJECT"], "Pilih keputusan."),
  reason: text("Alasan keputusan", 5, 2000),
});
export type DecideTransitionInput = z.infer<typeof ZDecideTransition>;

export const ZIssueLetter = z
  .object({
    clientId: id,
    statement: text("Pernyataan", 20, 4000),
    // Guidance ending before tahap akhir is over (e.g. the period was shortened): a reason is required.
    early: z.boolean().optional().default(false),
    earlyReason: z.string().trim().max(1000, "Alasan maksimal 1000 karakter.").optional().default(""),
  })
  .refine((v) => !v.early || v.earlyReason.length >= 10, { path: ["earlyReason"], message: "Alasan pengakhiran lebih awal minimal 10 karakter." });
export type IssueLetterInput = z.input<typeof ZIssueLetter>;

export const ZRevokeLetter = z.object({ letterId: id, reason: text("Alasan pencabutan", 5, 1000) });
export type RevokeLetterInput = z.infer<typeof ZRevokeLetter>;

export const ZCreateProgram = z
  .object({
    clientId: id,
    stage: z.enum(STAGE_KINDS, "Pilih tahap."),
    guidanceType: z.enum(GUIDANCE_TYPES, "Pilih jenis bimbingan."),
    approach: z.enum(APPROACHES, "Pilih pendekatan."),
    title: text("Nama kegiatan", 3, 160),
    objectives: text("Tujuan", 10, 2000),
    // The client's own stated goals from participatory planning (issue 14).
    clientGoals: z.string().trim().max(2000, "Tujuan klien maksimal 2000 karakter.").optional().default(""),
    partnerType: z.enum(PARTNER_TYPES).optional().or(z.literal("").transform(() => undefined)),
    partnerName: z.string().trim().max(160, "Nama mitra maksimal 160 karakter.").optional().default(""),
    plannedStart: isoDate("tanggal mulai"),
    plannedEnd: isoDate("tanggal selesai"),
  })
  .refine((v) => !parseIsoDate(v.plannedStart) || !parseIsoDate(v.plannedEnd) || v.plannedEnd >= v.plannedStart, { path: ["plannedEnd"], message: "Tanggal selesai tidak boleh sebelum tanggal mulai." })
  .refine((v) => !parseIsoDate(v.plannedStart) || !parseIsoDate(v.plannedEnd) || parseIsoDate(v.plannedEnd)!.getTime() <= addYears(parseIsoDate(v.plannedStart)!, DATE_LIMITS.programYears).getTime(), {
    path: ["plannedEnd"], message: `Program paling lama ${DATE_LIMITS.programYears} tahun. Periksa tahun tanggal selesai.`,
  })
  .refine((v) => !v.partnerType || v.partnerName.length > 0, { path: ["partnerName"], message: "Isi nama mitra." });
export type CreateProgramInput = z.input<typeof ZCreateProgram>;

export const ZRecordProgramProgress = z.object({
  programId: id,
  occurredOn: isoDate("tanggal kegiatan"),
  description: text("Uraian", 5, 2000),
  // The penilaian (issue 14) replaces the percentage; the description is the evaluation in words.
  rating: z.enum(PROGRAM_RATINGS, "Pilih penilaian: baik, cukup atau kurang."),
  status: z.enum(GUIDANCE_PROGRAM_STATUSES, "Pilih status program."),
});
export type RecordProgramProgressInput = z.input<typeof ZRecordProgramProgress>;

// ---------------------------------------------------------------- office settings: stage boundaries

const ZBoundaries = z.tuple([z.number(), z.number()]).refine((b) => isValidBoundaries(b), "Batas tahap harus 0 < batas 1 < batas 2 < 1.");

/** The part of Office.settings this feature reads: stage boundaries per program (fractions of the period). */
export const ZOfficeStageSettings = z.looseObject({
  stageBoundaries: z.partialRecord(z.enum(PROGRAMS), ZBoundaries).optional(),
});

/** The boundaries an office set for a program, or the customary 1/3 and 2/3 when none (or invalid). */
export function stageBoundariesFor(settings: unknown, program: (typeof PROGRAMS)[number]): StageBoundaries | undefined {
  const parsed = ZOfficeStageSettings.safeParse(settings ?? {});
  if (!parsed.success) return undefined;
  const b = parsed.data.stageBoundaries?.[program];
  return b ? [b[0], b[1]] : undefined;
}

/** The TPP form's shape: every waiting proposal with a "discussed" tick; turned into ZRecordTppSession's reviews. */
const ZTppFormItem = z.object({
  include: z.boolean(),
  recommendation: z.enum(TPP_RECOMMENDATIONS, "Pilih rekomendasi."),
  notes: z.string().trim().max(2000, "Catatan maksimal 2000 karakter."),
});
export const ZTppSessionForm = ZTppSessionBase.extend({
  items: z.array(ZTppFormItem.extend({ transitionId: id })),
  litmasItems: z.array(ZTppFormItem.extend({ litmasId: id })).optional().default([]),
  revocationItems: z.array(ZTppFormItem.extend({ revocationId: id })).optional().default([]),
}).refine((v) => v.items.some((i) => i.include) || v.litmasItems.some((i) => i.include) || v.revocationItems.some((i) => i.include), { path: ["items"], message: "Pilih minimal satu usulan atau litmas yang dibahas." })
  .refine((v) => v.revocationItems.every((i) => !i.include || i.notes.length >= 5), { path: ["items"], message: "Tulis catatan TPP untuk setiap usulan pencabutan yang dibahas." });
export type TppSessionFormInput = z.input<typeof ZTppSessionForm>;

export function tppFormToInput(v: z.output<typeof ZTppSessionForm>): RecordTppSessionInput {
  const { items, litmasItems, revocationItems, ...rest } = v;
  return {
    ...rest,
    reviews: items.filter((i) => i.include).map(({ transitionId, recommendation, notes }) => ({ transitionId, recommendation, notes })),
    litmasReviews: litmasItems.filter((i) => i.include).map(({ litmasId, recommendation, notes }) => ({ litmasId, recommendation, notes })),
    revocationReviews: revocationItems.filter((i) => i.include).map(({ revocationId, recommendation, notes }) => ({ revocationId, recommendation, notes })),
  };
}
