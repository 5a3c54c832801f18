// The domain's enumerations as plain constants, mirroring prisma/schema.prisma (checked at compile
// time in lib/server/enum-parity.ts) so client components and pure rules need no Prisma import.

export const ROLES = ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] as const;
export type Role = (typeof ROLES)[number];

export const PK_LEVELS = ["ASISTEN_PK", "PK_PERTAMA", "PK_AHLI_MUDA", "PK_AHLI_MADYA", "PK_AHLI_UTAMA"] as const;
export type PkLevel = (typeof PK_LEVELS)[number];

export const PROGRAMS = [
  "PB", "CB", "CMB", "ASIMILASI", "PIDANA_BERSYARAT", "PIDANA_KERJA_SOSIAL", "PIDANA_PENGAWASAN", "DIVERSI",
  "SPPA_PEMBINAAN_LUAR_LEMBAGA", "SPPA_PELAYANAN_MASYARAKAT", "SPPA_PENGAWASAN", "SPPA_PELATIHAN_KERJA", "SPPA_TINDAKAN",
  "SPPA_ANAK_BELUM_12",
] as const;
export type Program = (typeof PROGRAMS)[number];

export const CLIENT_STATUSES = ["AKTIF", "SELESAI", "DICABUT", "DIPINDAHKAN", "MENINGGAL"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const STAGE_KINDS = ["AWAL", "LANJUTAN", "AKHIR"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_STATUSES = ["PLANNED", "ACTIVE", "COMPLETED"] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export const REQUESTER_TYPES = ["KEPOLISIAN", "KEJAKSAAN", "PENGADILAN", "LAPAS", "RUTAN", "LPKA", "LPAS", "BAPAS", "LAINNYA"] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

export const GENDERS = ["LAKI_LAKI", "PEREMPUAN"] as const;
export type Gender = (typeof GENDERS)[number];

export const RELIGIONS = ["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN", "LAINNYA"] as const;
export type Religion = (typeof RELIGIONS)[number];

export const EDUCATIONS = ["TIDAK_SEKOLAH", "SD", "SMP", "SMA", "DIPLOMA", "S1", "S2", "S3"] as const;
export type Education = (typeof EDUCATIONS)[number];

export const MARITAL_STATUSES = ["BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI"] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const CLIENT_CATEGORIES = ["DEWASA", "ANAK"] as const;
export type ClientCategory = (typeof CLIENT_CATEGORIES)[number];

export const ORIGIN_TYPES = ["LAPAS", "RUTAN", "LPKA", "LPAS", "PENGADILAN", "KEJAKSAAN", "KEPOLISIAN", "LAINNYA"] as const;
export type OriginType = (typeof ORIGIN_TYPES)[number];

export const LITMAS_PURPOSES = [
  "INTEGRASI_PB", "INTEGRASI_CB", "INTEGRASI_CMB", "ASIMILASI", "PEMBIMBINGAN_AWAL", "PEMBINAAN_AWAL", "DIVERSI",
  "SIDANG_ANAK", "ANAK_BELUM_12", "SAKSI_KORBAN_ANAK", "SIDANG_DEWASA", "PERAWATAN_TAHANAN", "PERAWATAN_LPAS_LPKA",
  "PENEMPATAN", "PEMINDAHAN", "CUTI_MENGUNJUNGI_KELUARGA", "LAINNYA",
] as const;
export type LitmasPurpose = (typeof LITMAS_PURPOSES)[number];

export const LITMAS_STATUSES = ["REQUESTED", "ASSIGNED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "CANCELLED"] as const;
export type LitmasStatus = (typeof LITMAS_STATUSES)[number];

export const GUIDANCE_TYPES = ["MENTAL", "SOSIAL", "KETERAMPILAN", "KEPATUHAN", "LAINNYA", "KESEHATAN", "KERJA_USAHA"] as const;
export const PROGRAM_RATINGS = ["BAIK", "CUKUP", "KURANG"] as const;
export type ProgramRating = (typeof PROGRAM_RATINGS)[number];
/** The officers' program plans (issue 14): pembimbingan kepribadian and kemandirian, and the rest. */
export const GUIDANCE_GROUPS = [
  { id: "KEPRIBADIAN", label: "Pembimbingan Kepribadian", types: ["MENTAL", "KEPATUHAN", "SOSIAL", "KESEHATAN"] },
  { id: "KEMANDIRIAN", label: "Pembimbingan Kemandirian", types: ["KETERAMPILAN", "KERJA_USAHA"] },
  { id: "LAINNYA", label: "Lainnya", types: ["LAINNYA"] },
] as const satisfies readonly { id: string; label: string; types: readonly GuidanceType[] }[];
export type GuidanceType = (typeof GUIDANCE_TYPES)[number];

export const APPROACHES = ["INDIVIDUAL", "GROUP", "CLASSICAL"] as const;
export type Approach = (typeof APPROACHES)[number];

export const CONTACT_TYPES = ["KUNJUNGAN_RUMAH", "LAPOR_DIRI", "TELEPON_VIDEO", "KELOMPOK", "KUNJUNGAN_TEMPAT_KERJA", "LAINNYA"] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Whom a guidance activity is with: the client (the default), the family, the guarantor, the community around the home. */
export const CONTACT_SUBJECTS = ["KLIEN", "KELUARGA", "PENJAMIN", "MASYARAKAT"] as const;
export type ContactSubject = (typeof CONTACT_SUBJECTS)[number];

export const CONTACT_OUTCOMES = ["HADIR", "IZIN", "TIDAK_HADIR"] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const ATTENDANCE_STATUSES = ["HADIR", "IZIN", "MANGKIR", "TIDAK_LAPOR"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const REPORTING_FREQUENCIES = ["WEEKLY", "BIWEEKLY", "MONTHLY"] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

export const VIOLATION_TYPES = [
  "MANGKIR_WAJIB_LAPOR", "PINDAH_ALAMAT_TANPA_LAPOR", "TIDAK_MENGIKUTI_PROGRAM", "TINDAK_PIDANA_BARU",
  "MERESAHKAN_MASYARAKAT", "LAINNYA",
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

export const TRANSITION_STATUSES = ["PROPOSED", "TPP_REVIEWED", "APPROVED", "REJECTED", "WITHDRAWN"] as const;
export type TransitionStatus = (typeof TRANSITION_STATUSES)[number];

// Client registry (issue #3).
export const CLOSING_STATUSES = ["SELESAI", "DICABUT", "DIPINDAHKAN", "MENINGGAL"] as const;
export type ClosingStatus = (typeof CLOSING_STATUSES)[number];

export const ASSIGNMENT_KINDS = ["INITIAL", "REASSIGNMENT", "TRANSFER_IN"] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export const TRANSFER_STATUSES = ["REQUESTED", "ACCEPTED", "REFUSED", "CANCELLED"] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export const TPP_RECOMMENDATIONS = ["SETUJU", "TOLAK", "TUNDA"] as const;
export type TppRecommendation = (typeof TPP_RECOMMENDATIONS)[number];

export const PARTNER_TYPES = ["LEMBAGA_PELATIHAN", "KELOMPOK_MASYARAKAT", "TOKOH_AGAMA", "PUSKESMAS", "LAINNYA"] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const GUIDANCE_PROGRAM_STATUSES = ["PLANNED", "ONGOING", "DONE", "CANCELLED"] as const;
export type GuidanceProgramStatus = (typeof GUIDANCE_PROGRAM_STATUSES)[number];

export const ATTENDANCE_CHANNELS = ["KANTOR", "JARAK_JAUH", "KUNJUNGAN"] as const;
export type AttendanceChannel = (typeof ATTENDANCE_CHANNELS)[number];

export const VIOLATION_STATUSES = ["OPEN", "UNDER_REVIEW", "RESOLVED", "DISMISSED"] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];

export const REVOCATION_STATUSES = ["PROPOSED", "PK_REPORTED", "TPP_RECOMMENDED", "SUSPENDED", "REFERRED", "REVOKED", "CONTINUED", "DISMISSED"] as const;
export const REVOCATION_AUTHORITIES = ["MENTERI", "LAPAS", "PEJABAT_DIVERSI", "PENGADILAN"] as const;
export type RevocationAuthority = (typeof REVOCATION_AUTHORITIES)[number];
export type RevocationStatus = (typeof REVOCATION_STATUSES)[number];

// Sections, litmas delivery, pendampingan (issue 10).
export const SECTIONS = ["BKD", "BKA"] as const;
export type Section = (typeof SECTIONS)[number];

export const DELIVERY_METHODS = ["DIANTAR_LANGSUNG", "POS", "EMAIL", "APLIKASI", "LAINNYA"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const PENDAMPINGAN_STATUSES = ["REQUESTED", "ASSIGNED", "ONGOING", "AGREEMENT_SUPERVISED", "CLOSED", "CANCELLED"] as const;
export type PendampinganStatus = (typeof PENDAMPINGAN_STATUSES)[number];

export const CHILD_ROLES = ["PELAKU", "KORBAN", "SAKSI"] as const;
export type ChildRole = (typeof CHILD_ROLES)[number];

export const PENDAMPINGAN_STEP_KINDS = [
  "PEMERIKSAAN_PENYIDIK", "PEMERIKSAAN_PENUNTUT_UMUM", "MUSYAWARAH_DIVERSI", "SIDANG_ANAK", "PUTUSAN", "PENETAPAN",
  "PENGAWASAN_KESEPAKATAN", "LAINNYA",
] as const;
export type PendampinganStepKind = (typeof PENDAMPINGAN_STEP_KINDS)[number];

export const DIVERSI_AGREEMENT_STATUSES = ["SUPERVISED", "CARRIED_OUT", "NOT_CARRIED_OUT"] as const;
export type DiversiAgreementStatus = (typeof DIVERSI_AGREEMENT_STATUSES)[number];

export const DOCUMENT_KINDS = ["SK", "PUTUSAN", "BA_SERAH_TERIMA", "SURAT_PERNYATAAN", "SURAT_JAMINAN", "LAINNYA"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const WARNING_LEVELS = ["TEGURAN_LISAN", "PERINGATAN_I", "PERINGATAN_II", "PERINGATAN_III"] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const OFFENCE_CATEGORIES = [
  "NARKOTIKA", "PENCURIAN", "PENGANIAYAAN", "KESUSILAAN", "PERLINDUNGAN_ANAK", "PEMBUNUHAN", "PENIPUAN_PENGGELAPAN", "KORUPSI", "LALU_LINTAS", "LAINNYA",
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const EMPLOYMENT_STATUSES = ["BEKERJA", "TIDAK_BEKERJA", "SEKOLAH"] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
