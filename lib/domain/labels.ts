// Bahasa Indonesia labels for the domain's enumerations: the words officers use.
import type {
  ChildRole, DocumentKind, WarningLevel, DeliveryMethod, DiversiAgreementStatus, PendampinganStatus, PendampinganStepKind, Section,
  Approach, AttendanceStatus, ClientCategory, ClientStatus, ContactOutcome, ContactSubject, ContactType, Education,
  Gender, GuidanceType, LitmasPurpose, LitmasStatus, MaritalStatus, OriginType, PkLevel, Program,
  Religion, ReportingFrequency, RequesterType, Role, StageKind, StageStatus, TransitionStatus, ViolationType,
} from "./enums";

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Admin",
  KEPALA_BAPAS: "Kepala Bapas",
  KASI: "Kasi Bimbingan Klien",
  PK: "Pembimbing Kemasyarakatan",
};

export const PK_LEVEL_LABEL: Record<PkLevel, string> = {
  ASISTEN_PK: "Asisten PK",
  PK_PERTAMA: "PK Ahli Pertama",
  PK_AHLI_MUDA: "PK Ahli Muda",
  PK_AHLI_MADYA: "PK Ahli Madya",
  PK_AHLI_UTAMA: "PK Ahli Utama",
};

export const PROGRAM_LABEL: Record<Program, string> = {
  PB: "Pembebasan Bersyarat (PB)",
  CB: "Cuti Bersyarat (CB)",
  CMB: "Cuti Menjelang Bebas (CMB)",
  ASIMILASI: "Asimilasi",
  PIDANA_BERSYARAT: "Pidana Bersyarat",
  PIDANA_KERJA_SOSIAL: "Pidana Kerja Sosial",
  PIDANA_PENGAWASAN: "Pidana Pengawasan",
  DIVERSI: "Diversi",
  SPPA_PEMBINAAN_LUAR_LEMBAGA: "Anak: pidana dengan syarat, pembinaan di luar lembaga",
  SPPA_PELAYANAN_MASYARAKAT: "Anak: pidana dengan syarat, pelayanan masyarakat",
  SPPA_PENGAWASAN: "Anak: pidana dengan syarat, pengawasan",
  SPPA_PELATIHAN_KERJA: "Anak: pidana pelatihan kerja",
  SPPA_TINDAKAN: "Anak: tindakan (mis. pengembalian kepada orang tua/wali)",
  SPPA_ANAK_BELUM_12: "Anak belum 12 tahun: keputusan (PP 65/2015)",
};

export const PROGRAM_SHORT: Record<Program, string> = {
  PB: "PB",
  CB: "CB",
  CMB: "CMB",
  ASIMILASI: "Asimilasi",
  PIDANA_BERSYARAT: "Pidana Bersyarat",
  PIDANA_KERJA_SOSIAL: "Kerja Sosial",
  PIDANA_PENGAWASAN: "Pidana Pengawasan",
  DIVERSI: "Diversi",
  SPPA_PEMBINAAN_LUAR_LEMBAGA: "Pembinaan luar lembaga",
  SPPA_PELAYANAN_MASYARAKAT: "Pelayanan masyarakat",
  SPPA_PENGAWASAN: "Pengawasan (anak)",
  SPPA_PELATIHAN_KERJA: "Pelatihan kerja",
  SPPA_TINDAKAN: "Tindakan",
  SPPA_ANAK_BELUM_12: "Anak < 12 tahun",
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
  KONGHUCU: "Khonghucu",
  KEPERCAYAAN: "Kepercayaan terhadap Tuhan YME",
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
  LPAS: "LPAS",
  PENGADILAN: "Pengadilan",
  KEJAKSAAN: "Kejaksaan",
  KEPOLISIAN: "Kepolisian",
  LAINNYA: "Lainnya",
};

export const LITMAS_PURPOSE_LABEL: Record<LitmasPurpose, string> = {
  INTEGRASI_PB: "Integrasi: Pembebasan Bersyarat",
  INTEGRASI_CB: "Integrasi: Cuti Bersyarat",
  INTEGRASI_CMB: "Integrasi: Cuti Menjelang Bebas",
  ASIMILASI: "Asimilasi",
  PEMBIMBINGAN_AWAL: "Pembimbingan awal",
  PEMBINAAN_AWAL: "Pembinaan awal",
  DIVERSI: "Diversi",
  SIDANG_ANAK: "Sidang anak",
  ANAK_BELUM_12: "Anak belum berumur 12 tahun",
  SAKSI_KORBAN_ANAK: "Anak saksi / anak korban",
  SIDANG_DEWASA: "Sidang dewasa (pidana pengawasan / kerja sosial)",
  PERAWATAN_TAHANAN: "Perawatan tahanan",
  PERAWATAN_LPAS_LPKA: "Perawatan di LPAS / LPKA",
  PENEMPATAN: "Penempatan",
  PEMINDAHAN: "Pemindahan narapidana",
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
  MENTAL: "Mental/spiritual",
  SOSIAL: "Sosial",
  KETERAMPILAN: "Keterampilan",
  KEPATUHAN: "Kesadaran hukum",
  LAINNYA: "Lainnya",
  KESEHATAN: "Kesehatan",
  KERJA_USAHA: "Kerja/usaha",
};

export const PROGRAM_RATING_LABEL = { BAIK: "Baik", CUKUP: "Cukup", KURANG: "Kurang" } as const;

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

export const CONTACT_SUBJECT_LABEL: Record<ContactSubject, string> = {
  KLIEN: "Klien",
  KELUARGA: "Keluarga",
  PENJAMIN: "Penjamin",
  MASYARAKAT: "Masyarakat sekitar",
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
  TIDAK_LAPOR: "Tidak lapor (perlu konfirmasi)",
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
  DISMISSED: "Dihentikan",
};

export const REVOCATION_STATUS_LABEL: Record<RevocationStatus, string> = {
  PROPOSED: "Usulan, menunggu pemeriksaan PK",
  PK_REPORTED: "Laporan PK, menunggu TPP",
  TPP_RECOMMENDED: "Rekomendasi TPP, menunggu Kepala",
  SUSPENDED: "Dicabut sementara, menunggu keputusan Menteri",
  REFERRED: "Dilaporkan ke pihak berwenang, menunggu keputusan",
  REVOKED: "Dicabut",
  CONTINUED: "Bimbingan dilanjutkan",
  DISMISSED: "Usulan dihentikan",
};

/** The TPP recommendation in a revocation proceeding (SETUJU = agree to revoke). */
export const REVOCATION_TPP_RECOMMENDATION_LABEL: Record<TppRecommendation, string> = {
  SETUJU: "Setuju dicabut",
  TOLAK: "Tidak setuju dicabut",
  TUNDA: "Ditunda",
};

export const SECTION_LABEL: Record<Section, string> = {
  BKD: "Bimbingan Klien Dewasa (BKD)",
  BKA: "Bimbingan Klien Anak (BKA)",
};

export const SECTION_SHORT: Record<Section, string> = { BKD: "BKD", BKA: "BKA" };

export const DELIVERY_METHOD_LABEL: Record<DeliveryMethod, string> = {
  DIANTAR_LANGSUNG: "Diantar langsung",
  POS: "Pos / kurir",
  EMAIL: "Surel",
  APLIKASI: "Aplikasi (SDP / sistem peminta)",
  LAINNYA: "Lainnya",
};

export const PENDAMPINGAN_STATUS_LABEL: Record<PendampinganStatus, string> = {
  REQUESTED: "Menunggu penugasan PK",
  ASSIGNED: "PK ditugaskan",
  ONGOING: "Pendampingan berjalan",
  AGREEMENT_SUPERVISED: "Pengawasan kesepakatan diversi",
  CLOSED: "Selesai",
  CANCELLED: "Dibatalkan",
};

export const CHILD_ROLE_LABEL: Record<ChildRole, string> = {
  PELAKU: "Anak yang berkonflik dengan hukum",
  KORBAN: "Anak korban",
  SAKSI: "Anak saksi",
};

export const PENDAMPINGAN_STEP_LABEL: Record<PendampinganStepKind, string> = {
  PEMERIKSAAN_PENYIDIK: "Pemeriksaan oleh penyidik",
  PEMERIKSAAN_PENUNTUT_UMUM: "Pemeriksaan oleh penuntut umum",
  MUSYAWARAH_DIVERSI: "Musyawarah diversi",
  SIDANG_ANAK: "Sidang anak",
  PUTUSAN: "Putusan",
  PENETAPAN: "Penetapan",
  PENGAWASAN_KESEPAKATAN: "Pengawasan pelaksanaan kesepakatan",
  LAINNYA: "Lainnya",
};

export const DIVERSI_AGREEMENT_STATUS_LABEL: Record<DiversiAgreementStatus, string> = {
  SUPERVISED: "Dalam pengawasan",
  CARRIED_OUT: "Dilaksanakan",
  NOT_CARRIED_OUT: "Tidak dilaksanakan: dilaporkan",
};

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  SK: "SK program (PB, CB, CMB, asimilasi)",
  PUTUSAN: "Putusan pengadilan",
  BA_SERAH_TERIMA: "Berita acara serah terima",
  SURAT_PERNYATAAN: "Surat pernyataan klien",
  SURAT_JAMINAN: "Surat jaminan keluarga",
  LAINNYA: "Lainnya",
};

export const WARNING_LEVEL_LABEL: Record<WarningLevel, string> = {
  TEGURAN_LISAN: "Teguran lisan",
  PERINGATAN_I: "Peringatan tertulis I",
  PERINGATAN_II: "Peringatan tertulis II",
  PERINGATAN_III: "Peringatan tertulis III",
};

export const PERMIT_STATUS_LABEL: Record<"REQUESTED" | "APPROVED" | "RECOMMENDED" | "REFUSED", string> = {
  REQUESTED: "Menunggu keputusan Kepala",
  APPROVED: "Diizinkan",
  RECOMMENDED: "Direkomendasikan ke Menteri",
  REFUSED: "Ditolak",
};

export const OFFENCE_CATEGORY_LABEL: Record<import("./enums").OffenceCategory, string> = {
  NARKOTIKA: "Narkotika",
  PENCURIAN: "Pencurian",
  PENGANIAYAAN: "Penganiayaan",
  KESUSILAAN: "Kesusilaan",
  PERLINDUNGAN_ANAK: "Perlindungan anak",
  PEMBUNUHAN: "Pembunuhan",
  PENIPUAN_PENGGELAPAN: "Penipuan / penggelapan",
  KORUPSI: "Korupsi",
  LALU_LINTAS: "Lalu lintas",
  LAINNYA: "Lainnya",
};

export const EMPLOYMENT_STATUS_LABEL: Record<import("./enums").EmploymentStatus, string> = {
  BEKERJA: "Bekerja",
  TIDAK_BEKERJA: "Tidak bekerja",
  SEKOLAH: "Sekolah",
};

export const RISK_LEVEL_LABEL = { RENDAH: "Rendah", SEDANG: "Sedang", TINGGI: "Tinggi" } as const;
