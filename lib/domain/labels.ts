// Bahasa Indonesia labels for the domain's enumerations: the words officers use.
import type {
  Approach, AttendanceStatus, ClientCategory, ClientStatus, ContactOutcome, ContactType, Education,
  Gender, GuidanceType, LitmasPurpose, LitmasStatus, MaritalStatus, OriginType, PkLevel, Program,
  Religion, ReportingFrequency, RequesterType, Role, StageKind, StageStatus, TransitionStatus, ViolationType,
} from "./enums";

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Admin",
  KEPALA_BAPAS: "Kepala Bapas",
  PK: "Pembimbing Kemasyarakatan",
};

export const PK_LEVEL_LABEL: Record<PkLevel, string> = {
  ASISTEN_PK: "Asisten PK",
  PK_PERTAMA: "PK Pertama",
  PK_AHLI_MUDA: "PK Ahli Muda",
  PK_AHLI_MADYA: "PK Ahli Madya",
};

export const PROGRAM_LABEL: Record<Program, string> = {
  PB: "Pembebasan Bersyarat (PB)",
  CB: "Cuti Bersyarat (CB)",
  CMB: "Cuti Menjelang Bebas (CMB)",
  ASIMILASI: "Asimilasi",
  PIDANA_BERSYARAT: "Pidana Bersyarat",
  PIDANA_KERJA_SOSIAL: "Pidana Kerja Sosial",
  DIVERSI: "Diversi",
};

export const PROGRAM_SHORT: Record<Program, string> = {
  PB: "PB",
  CB: "CB",
  CMB: "CMB",
  ASIMILASI: "Asimilasi",
  PIDANA_BERSYARAT: "Pidana Bersyarat",
  PIDANA_KERJA_SOSIAL: "Kerja Sosial",
  DIVERSI: "Diversi",
};

export const CLIENT_STATUS_LABEL: Record<ClientStatus, string> = {
  AKTIF: "Aktif",
  SELESAI: "Selesai",
  DICABUT: "Dicabut",
  DIPINDAHKAN: "Dipindahkan",
  MENINGGAL: "Meninggal dunia",
};

export const STAGE_LABEL: Record<StageKind, string> = {
  AWAL: "Tahap awal",
  LANJUTAN: "Tahap lanjutan",
  AKHIR: "Tahap akhir",
};

export const STAGE_STATUS_LABEL: Record<StageStatus, string> = {
  PLANNED: "Direncanakan",
  ACTIVE: "Berjalan",
  COMPLETED: "Selesai",
};

export const REQUESTER_TYPE_LABEL: Record<RequesterType, string> = {
  KEPOLISIAN: "Kepolisian", KEJAKSAAN: "Kejaksaan", PENGADILAN: "Pengadilan", LAPAS: "Lapas", RUTAN: "Rutan",
  LPKA: "LPKA", LPAS: "LPAS", BAPAS: "Bapas lain", LAINNYA: "Lainnya",
};

export const GENDER_LABEL: Record<Gender, string> = { LAKI_LAKI: "Laki-laki", PEREMPUAN: "Perempuan" };

export const RELIGION_LABEL: Record<Religion, string> = {
  ISLAM: "Islam",
  KRISTEN: "Kristen",
  KATOLIK: "Katolik",
  HINDU: "Hindu",
  BUDDHA: "Buddha",
  KONGHUCU: "Konghucu",
  LAINNYA: "Lainnya",
};

export const EDUCATION_LABEL: Record<Education, string> = {
  TIDAK_SEKOLAH: "Tidak sekolah",
  SD: "SD/sederajat",
  SMP: "SMP/sederajat",
  SMA: "SMA/sederajat",
  DIPLOMA: "Diploma",
  S1: "S1",
  S2: "S2",
  S3: "S3",
};

export const MARITAL_STATUS_LABEL: Record<MaritalStatus, string> = {
  BELUM_KAWIN: "Belum kawin",
  KAWIN: "Kawin",
  CERAI_HIDUP: "Cerai hidup",
  CERAI_MATI: "Cerai mati",
};

export const CLIENT_CATEGORY_LABEL: Record<ClientCategory, string> = { DEWASA: "Klien dewasa", ANAK: "Klien anak" };

export const ORIGIN_TYPE_LABEL: Record<OriginType, string> = {
  LAPAS: "Lapas",
  RUTAN: "Rutan",
  LPKA: "LPKA",
  PENGADILAN: "Pengadilan",
  LAINNYA: "Lainnya",
};

export const LITMAS_PURPOSE_LABEL: Record<LitmasPurpose, string> = {
  INTEGRASI_PB: "Integrasi: Pembebasan Bersyarat",
  INTEGRASI_CB: "Integrasi: Cuti Bersyarat",
  INTEGRASI_CMB: "Integrasi: Cuti Menjelang Bebas",
  ASIMILASI: "Asimilasi",
  PEMBIMBINGAN_AWAL: "Pembimbingan awal",
  DIVERSI: "Diversi",
  SIDANG_ANAK: "Sidang anak",
  PERAWATAN_TAHANAN: "Perawatan tahanan",
  PEMINDAHAN: "Pemindahan",
  CUTI_MENGUNJUNGI_KELUARGA: "Cuti mengunjungi keluarga",
  LAINNYA: "Lainnya",
};

export const LITMAS_STATUS_LABEL: Record<LitmasStatus, string> = {
  REQUESTED: "Menunggu disposisi",
  ASSIGNED: "Didisposisikan",
  DRAFT: "Sedang disusun",
  SUBMITTED: "Menunggu persetujuan",
  RETURNED: "Dikembalikan untuk perbaikan",
  APPROVED: "Disetujui",
  CANCELLED: "Dibatalkan",
};

export const GUIDANCE_TYPE_LABEL: Record<GuidanceType, string> = {
  MENTAL: "Bimbingan mental",
  SOSIAL: "Bimbingan sosial",
  KETERAMPILAN: "Bimbingan keterampilan",
  KEPATUHAN: "Kepatuhan",
  LAINNYA: "Lainnya",
};

export const APPROACH_LABEL: Record<Approach, string> = {
  INDIVIDUAL: "Individu",
  GROUP: "Kelompok",
  CLASSICAL: "Klasikal",
};

export const CONTACT_TYPE_LABEL: Record<ContactType, string> = {
  KUNJUNGAN_RUMAH: "Kunjungan rumah",
  LAPOR_DIRI: "Lapor diri di kantor",
  TELEPON_VIDEO: "Telepon/video",
  KELOMPOK: "Bimbingan kelompok",
  KUNJUNGAN_TEMPAT_KERJA: "Kunjungan tempat kerja",
  LAINNYA: "Lainnya",
};

export const CONTACT_OUTCOME_LABEL: Record<ContactOutcome, string> = {
  HADIR: "Hadir",
  IZIN: "Izin",
  TIDAK_HADIR: "Tidak hadir",
};

export const ATTENDANCE_STATUS_LABEL: Record<AttendanceStatus, string> = {
  HADIR: "Hadir",
  IZIN: "Izin",
  MANGKIR: "Mangkir",
};

export const REPORTING_FREQUENCY_LABEL: Record<ReportingFrequency, string> = {
  WEEKLY: "Seminggu sekali",
  BIWEEKLY: "Dua minggu sekali",
  MONTHLY: "Sebulan sekali",
};

export const VIOLATION_TYPE_LABEL: Record<ViolationType, string> = {
  MANGKIR_WAJIB_LAPOR: "Mangkir wajib lapor",
  PINDAH_ALAMAT_TANPA_LAPOR: "Pindah alamat tanpa lapor",
  TIDAK_MENGIKUTI_PROGRAM: "Tidak mengikuti program",
  TINDAK_PIDANA_BARU: "Tindak pidana baru",
  MERESAHKAN_MASYARAKAT: "Meresahkan masyarakat",
  LAINNYA: "Lainnya",
};

export const TRANSITION_STATUS_LABEL: Record<TransitionStatus, string> = {
  PROPOSED: "Diusulkan",
  TPP_REVIEWED: "Direkomendasikan TPP",
  APPROVED: "Disetujui",
  REJECTED: "Ditolak",
  WITHDRAWN: "Ditarik",
};

// Client registry (issue #3).
export const ASSIGNMENT_KIND_LABEL: Record<import("./enums").AssignmentKind, string> = {
  INITIAL: "Penugasan awal",
  REASSIGNMENT: "Penugasan ulang",
  TRANSFER_IN: "Pindahan dari Bapas lain",
};

export const TRANSFER_STATUS_LABEL: Record<import("./enums").TransferStatus, string> = {
  REQUESTED: "Menunggu jawaban",
  ACCEPTED: "Diterima",
  REFUSED: "Ditolak",
  CANCELLED: "Dibatalkan",
};

export const TPP_RECOMMENDATION_LABEL: Record<import("./enums").TppRecommendation, string> = {
  SETUJU: "Setuju",
  TOLAK: "Tolak",
  TUNDA: "Tunda",
};

export const PARTNER_TYPE_LABEL: Record<import("./enums").PartnerType, string> = {
  LEMBAGA_PELATIHAN: "Lembaga pelatihan",
  KELOMPOK_MASYARAKAT: "Kelompok masyarakat",
  TOKOH_AGAMA: "Tokoh agama",
  PUSKESMAS: "Puskesmas",
  LAINNYA: "Lainnya",
};

export const GUIDANCE_PROGRAM_STATUS_LABEL: Record<import("./enums").GuidanceProgramStatus, string> = {
  PLANNED: "Direncanakan",
  ONGOING: "Berjalan",
  DONE: "Selesai",
  CANCELLED: "Dibatalkan",
};

// ---- visits, wajib lapor, violations and revocation
import type { AttendanceChannel, RevocationStatus, TppRecommendation, ViolationStatus } from "./enums";

export const ATTENDANCE_CHANNEL_LABEL: Record<AttendanceChannel, string> = {
  KANTOR: "Datang ke kantor",
  JARAK_JAUH: "Jarak jauh (telepon/video)",
  KUNJUNGAN: "Saat kunjungan PK",
};

export const VIOLATION_STATUS_LABEL: Record<ViolationStatus, string> = {
  OPEN: "Terbuka",
  UNDER_REVIEW: "Sedang diperiksa",
  RESOLVED: "Selesai",
  DISMISSED: "Tidak dilanjutkan",
};

export const REVOCATION_STATUS_LABEL: Record<RevocationStatus, string> = {
  PROPOSED: "Usulan, menunggu pemeriksaan PK",
  PK_REPORTED: "Laporan PK, menunggu TPP",
  TPP_RECOMMENDED: "Rekomendasi TPP, menunggu Kepala",
  SUSPENDED: "Ditangguhkan Kepala",
  REVOKED: "Dicabut",
  CONTINUED: "Bimbingan dilanjutkan",
  DISMISSED: "Tidak dilanjutkan",
};

/** The TPP recommendation in a revocation proceeding (SETUJU = agree to revoke). */
export const REVOCATION_TPP_RECOMMENDATION_LABEL: Record<TppRecommendation, string> = {
  SETUJU: "Setuju dicabut",
  TOLAK: "Tidak setuju dicabut",
  TUNDA: "Ditunda",
};
