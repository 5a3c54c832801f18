import { z } from "zod";
import { addYears, ageOn, DATE_LIMITS, daysBetween, parseIsoDate } from "@/lib/domain/calendar";
import { clock } from "@/lib/clock";
import {
  CLIENT_CATEGORIES, CLOSING_STATUSES, EDUCATIONS, EMPLOYMENT_STATUSES, GENDERS, MARITAL_STATUSES, OFFENCE_CATEGORIES, ORIGIN_TYPES, PROGRAMS, RELIGIONS,
} from "@/lib/domain/enums";
import { checkNik } from "@/lib/domain/nik";

// One schema for the registration/edit form and its server action. Dates travel as "yyyy-mm-dd",
// optional text as "" (stored as null), numbers as digit strings: what HTML inputs give.

const req = (label: string, max = 200) => z.string().trim().min(1, `${label} wajib diisi.`).max(max, `${label} terlalu panjang (maks. ${max} karakter).`);
const opt = (max = 200) => z.string().trim().max(max, `Terlalu panjang (maks. ${max} karakter).`);
const phone = z.string().trim().regex(/^(\+?[0-9 ()-]{6,20})?$/, "Nomor telepon hanya angka, spasi, +, ( ) dan -.");
const isoDate = (label: string) => z.string().trim().min(1, `${label} wajib diisi.`).refine((v) => parseIsoDate(v) !== null, `${label} tidak valid.`);
const optIsoDate = z.string().trim().refine((v) => v === "" || parseIsoDate(v) !== null, "Tanggal tidak valid.");
const optCount = (max: number) => z.string().trim().regex(/^\d{0,4}$/, "Isi dengan angka.").refine((v) => v === "" || Number(v) <= max, `Maksimal ${max}.`);
const enumReq = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

export const ZClientFields = z.object({
  category: enumReq(CLIENT_CATEGORIES, "Pilih kategori klien."),
  fullName: req("Nama lengkap", 150),
  aliasName: opt(100),
  nik: z.string().trim().regex(/^(\d{16})?$/, "NIK harus 16 digit angka."),
  birthPlace: req("Tempat lahir", 100),
  birthDate: isoDate("Tanggal lahir"),
  gender: enumReq(GENDERS, "Pilih jenis kelamin."),
  religion: enumReq(RELIGIONS, "Pilih agama."),
  education: enumReq(EDUCATIONS, "Pilih pendidikan terakhir."),
  occupation: opt(100),
  maritalStatus: z.union([z.enum(MARITAL_STATUSES), z.literal("")]),
  address: req("Alamat", 300),
  city: opt(100),
  phone,
  familyContactName: opt(150),
  familyContactRelation: opt(50),
  familyContactPhone: phone,
  guarantorName: opt(150),
  guarantorRelation: opt(50),
  guarantorAddress: opt(300),
  guarantorPhone: phone,
  originType: enumReq(ORIGIN_TYPES, "Pilih asal klien."),
  originInstitution: req("Nama instansi asal", 150),
  offence: req("Tindak pidana", 200),
  offenceArticle: opt(100),
  // Statistics for the reports upward (issue 13): optional, "" until recorded.
  offenceCategory: z.union([z.enum(OFFENCE_CATEGORIES), z.literal("")]).default(""),
  employmentStatus: z.union([z.enum(EMPLOYMENT_STATUSES), z.literal("")]).default(""),
  employmentStatusSince: optIsoDate.default(""),
  courtDecisionNumber: opt(100),
  courtDecisionDate: optIsoDate,
  sentenceMonths: optCount(600),
  sentenceDays: optCount(31),
  /** Tanggal ekspirasi: when the sentence would have ended; for PB the masa percobaan runs a year past it. */
  expiryDate: optIsoDate,
  program: enumReq(PROGRAMS, "Pilih program."),
  guidanceStart: isoDate("Awal bimbingan"),
  guidanceEnd: isoDate("Akhir bimbingan"),
});

type ClientFieldsShape = z.infer<typeof ZClientFields>;

/** Cross-field rules: the NIK matches birth date and gender, the period holds three stages, age fits the category. */
function crossCheck(v: ClientFieldsShape, ctx: z.RefinementCtx) {
  const birth = parseIsoDate(v.birthDate);
  const start = parseIsoDate(v.guidanceStart);
  const end = parseIsoDate(v.guidanceEnd);
  if (v.nik && birth && /^\d{16}$/.test(v.nik)) {
    const r = checkNik(v.nik, birth, v.gender);
    if (!r.ok) ctx.addIssue({ code: "custom", path: ["nik"], message: r.message });
  }
  if (start && end && daysBetween(start, end) < 2) {
    ctx.addIssue({ code: "custom", path: ["guidanceEnd"], message: "Akhir bimbingan minimal 2 hari setelah awal bimbingan (tiga tahap bimbingan)." });
  }
  if (start && end && end.getTime() > addYears(start, DATE_LIMITS.guidanceYears).getTime()) {
    ctx.addIssue({ code: "custom", path: ["guidanceEnd"], message: `Akhir bimbingan paling lama ${DATE_LIMITS.guidanceYears} tahun setelah awal bimbingan. Periksa tahunnya.` });
  }
  const today = new Date(Date.UTC(clock.now().getUTCFullYear(), clock.now().getUTCMonth(), clock.now().getUTCDate()));
  if (start && (start.getTime() < addYears(today, -DATE_LIMITS.guidanceStartYearsBack).getTime() || start.getTime() > addYears(today, DATE_LIMITS.guidanceStartYearsAhead).getTime())) {
    ctx.addIssue({ code: "custom", path: ["guidanceStart"], message: `Awal bimbingan paling jauh ${DATE_LIMITS.guidanceStartYearsBack} tahun yang lalu dan paling lambat ${DATE_LIMITS.guidanceStartYearsAhead} tahun dari sekarang. Periksa tahunnya.` });
  }
  if (birth && (birth.getTime() > today.getTime() || birth.getTime() < addYears(today, -DATE_LIMITS.birthYearsBack).getTime())) {
    ctx.addIssue({ code: "custom", path: ["birthDate"], message: `Tanggal lahir harus dalam ${DATE_LIMITS.birthYearsBack} tahun terakhir dan tidak di masa depan.` });
  }
  if (birth && start) {
    if (birth.getTime() >= start.getTime()) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "Tanggal lahir harus sebelum awal bimbingan." });
    const age = ageOn(birth, start);
    if (v.category === "ANAK" && (age < 12 || age >= 18)) {
      ctx.addIssue({ code: "custom", path: ["category"], message: `Klien anak berumur 12 sampai di bawah 18 tahun; pada awal bimbingan klien berumur ${age} tahun.` });
    }
    if (v.category === "DEWASA" && age < 18) {
      ctx.addIssue({ code: "custom", path: ["category"], message: `Klien berumur ${age} tahun pada awal bimbingan: pilih kategori klien anak.` });
    }
  }
  const expiry = parseIsoDate(v.expiryDate);
  if (expiry && start && expiry.getTime() < start.getTime()) ctx.addIssue({ code: "custom", path: ["expiryDate"], message: "Tanggal ekspirasi tidak boleh sebelum awal bimbingan." });
  else if (expiry && end && expiry.getTime() > end.getTime()) ctx.addIssue({ code: "custom", path: ["expiryDate"], message: "Tanggal ekspirasi tidak boleh sesudah akhir bimbingan." });
  if (v.employmentStatusSince && !v.employmentStatus) {
    ctx.addIssue({ code: "custom", path: ["employmentStatus"], message: "Pilih status pekerjaan untuk tanggal itu." });
  }
  const decision = parseIsoDate(v.courtDecisionDate);
  if (decision && start && decision.getTime() > start.getTime()) {
    ctx.addIssue({ code: "custom", path: ["courtDecisionDate"], message: "Tanggal putusan tidak boleh sesudah awal bimbingan." });
  }
}

export const ZRegisterClient = ZClientFields.extend({
  /** Set after the officer saw the duplicate-NIK warning and chose to save anyway. */
  confirmDuplicate: z.boolean().optional(),
  /** Guidance started by a decree after an approved litmas about someone not yet in guidance. */
  fromLitmasId: z.string().trim().max(40).optional(),
  /** Guidance started by a putusan recorded on a pendampingan (a child's SPPA measure). */
  fromPendampinganId: z.string().trim().max(40).optional(),
  decreeNumber: opt(100).optional(),
  decreeDate: optIsoDate.optional(),
  decreeIssuer: opt(150).optional(),
})
  .superRefine(crossCheck)
  .superRefine((v, ctx) => {
    if (!v.fromLitmasId) return;
    if (!v.decreeNumber) ctx.addIssue({ code: "custom", path: ["decreeNumber"], message: "Isi nomor SK yang memulai pembimbingan." });
    if (!v.decreeIssuer) ctx.addIssue({ code: "custom", path: ["decreeIssuer"], message: "Isi pejabat atau instansi penerbit SK." });
    const decree = v.decreeDate ? parseIsoDate(v.decreeDate) : null;
    const start = parseIsoDate(v.guidanceStart);
    if (!decree) ctx.addIssue({ code: "custom", path: ["decreeDate"], message: "Isi tanggal SK." });
    else if (start && decree.getTime() > start.getTime()) ctx.addIssue({ code: "custom", path: ["decreeDate"], message: "Tanggal SK tidak boleh sesudah awal bimbingan." });
  });
export type RegisterClientInput = z.input<typeof ZRegisterClient>;

export const ZUpdateClient = ZClientFields.extend({
  id: z.string().min(1).max(40),
  version: z.number().int().min(1),
  confirmDuplicate: z.boolean().optional(),
}).superRefine(crossCheck);
export type UpdateClientInput = z.input<typeof ZUpdateClient>;

export const CLIENT_FIELD_LABEL: Record<keyof ClientFieldsShape, string> = {
  category: "Kategori", fullName: "Nama lengkap", aliasName: "Alias", nik: "NIK", birthPlace: "Tempat lahir",
  birthDate: "Tanggal lahir", gender: "Jenis kelamin", religion: "Agama", education: "Pendidikan", occupation: "Pekerjaan",
  maritalStatus: "Status perkawinan", address: "Alamat", city: "Kota/kabupaten", phone: "Telepon",
  familyContactName: "Nama kontak keluarga", familyContactRelation: "Hubungan kontak keluarga", familyContactPhone: "Telepon kontak keluarga",
  guarantorName: "Nama penjamin", guarantorRelation: "Hubungan penjamin", guarantorAddress: "Alamat penjamin", guarantorPhone: "Telepon penjamin",
  originType: "Asal klien", originInstitution: "Instansi asal", offence: "Tindak pidana", offenceArticle: "Pasal",
  courtDecisionNumber: "Nomor putusan", courtDecisionDate: "Tanggal putusan", sentenceMonths: "Pidana (bulan)", sentenceDays: "Pidana (hari)", expiryDate: "Tanggal ekspirasi",
  offenceCategory: "Kategori perkara", employmentStatus: "Status pekerjaan", employmentStatusSince: "Status pekerjaan sejak",
  program: "Program", guidanceStart: "Awal bimbingan", guidanceEnd: "Akhir bimbingan",
};
export const CLIENT_FIELDS = Object.keys(CLIENT_FIELD_LABEL) as (keyof ClientFieldsShape)[];

const reason = (label = "Alasan") => z.string().trim().min(5, `${label} minimal 5 karakter.`).max(500, `${label} terlalu panjang (maks. 500 karakter).`);

/**
 * The one status change recorded by hand: the client's death, with its evidence. Selesai, dicabut
 * and dipindahkan come only from their proceedings (the end-of-guidance letter, the revocation
 * decision, the accepted transfer).
 */
export const ZRecordClientDeath = z.object({
  id: z.string().min(1).max(40),
  version: z.number().int().min(1),
  effectiveDate: isoDate("Tanggal meninggal"),
  evidence: z.string().trim().min(10, "Tulis bukti kematian (minimal 10 karakter), mis. nomor surat keterangan kematian dan penerbitnya.").max(500, "Bukti terlalu panjang (maks. 500 karakter)."),
});
export type RecordClientDeathInput = z.input<typeof ZRecordClientDeath>;

export const ZDeleteClient = z.object({
  id: z.string().min(1).max(40),
  version: z.number().int().min(1),
  reason: reason("Alasan penghapusan"),
});
export type DeleteClientInput = z.input<typeof ZDeleteClient>;

export const ZAssignClients = z.object({
  clientIds: z.array(z.string().min(1).max(40)).min(1, "Pilih minimal satu klien.").max(100, "Maksimal 100 klien sekaligus."),
  pkId: z.string().min(1, "Pilih PK.").max(40),
  reason: reason("Alasan penugasan"),
});
export type AssignClientsInput = z.input<typeof ZAssignClients>;

export const ZSetCapacity = z.object({
  pkId: z.string().min(1).max(40),
  capacity: z.number({ error: "Isi kapasitas dengan angka." }).int("Kapasitas bilangan bulat.").min(1, "Kapasitas minimal 1.").max(500, "Kapasitas maksimal 500."),
});
export type SetCapacityInput = z.input<typeof ZSetCapacity>;

export const ZNikSearch = z.object({ nik: z.string().trim().regex(/^\d{16}$/, "Masukkan 16 digit NIK.") });
export type NikSearchInput = z.input<typeof ZNikSearch>;

export const ZRequestTransfer = z.object({
  clientId: z.string().min(1).max(40),
  toOfficeId: z.string().min(1, "Pilih Bapas tujuan.").max(40),
  reason: reason("Alasan pelimpahan bimbingan"),
});
export type RequestTransferInput = z.input<typeof ZRequestTransfer>;

export const ZDecideTransfer = z.object({
  transferId: z.string().min(1).max(40),
  version: z.number().int().min(1),
  decision: z.enum(["ACCEPT", "REFUSE", "CANCEL"]),
  note: z.string().trim().max(500, "Catatan terlalu panjang (maks. 500 karakter)."),
}).refine((v) => v.decision === "ACCEPT" || v.note.length >= 5, { path: ["note"], message: "Tuliskan alasan (minimal 5 karakter)." });
export type DecideTransferInput = z.input<typeof ZDecideTransfer>;
