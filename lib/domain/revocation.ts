// Revocation: who decides depends on the program (domain.md, "Supervision as practised"). Pure.
//
// MENTERI (PB, CB, CMB): PK report -> TPP recommendation -> the Kepala mencabut sementara and reports
//   upward to the Kanwil and Ditjenpas -> the ministry's decree. Service standard: 20 working days.
// LAPAS (asimilasi): PK report -> (TPP) -> report to the Kepala Lapas / Kanwil -> their decision.
// PEJABAT_DIVERSI (diversi): PK report -> report of non-execution to the responsible official -> decision.
// PENGADILAN (pidana bersyarat, pidana pengawasan, kerja sosial, SPPA measures): PK report -> (TPP)
//   -> report to the jaksa -> the court's putusan.
// Any open step may end as "usulan dihentikan" (DISMISSED) before the authority is involved, and
// "bimbingan dilanjutkan" (CONTINUED) after the TPP or the authority.
import type { Program, RevocationAuthority, RevocationStatus } from "./enums";

export function revocationAuthority(program: Program): RevocationAuthority {
  if (program === "PB" || program === "CB" || program === "CMB") return "MENTERI";
  if (program === "ASIMILASI") return "LAPAS";
  if (program === "DIVERSI") return "PEJABAT_DIVERSI";
  return "PENGADILAN";
}

export const OPEN_REVOCATION_STATUSES: readonly RevocationStatus[] = ["PROPOSED", "PK_REPORTED", "TPP_RECOMMENDED", "SUSPENDED", "REFERRED"];

const MINISTRY: Record<RevocationStatus, readonly RevocationStatus[]> = {
  PROPOSED: ["PK_REPORTED", "DISMISSED"],
  PK_REPORTED: ["TPP_RECOMMENDED", "DISMISSED"],
  TPP_RECOMMENDED: ["SUSPENDED", "CONTINUED"],
  SUSPENDED: ["REVOKED", "CONTINUED"],
  REFERRED: [],
  REVOKED: [],
  CONTINUED: [],
  DISMISSED: [],
};

const REFERRAL: Record<RevocationStatus, readonly RevocationStatus[]> = {
  PROPOSED: ["PK_REPORTED", "DISMISSED"],
  PK_REPORTED: ["TPP_RECOMMENDED", "REFERRED", "DISMISSED"],
  TPP_RECOMMENDED: ["REFERRED", "CONTINUED"],
  SUSPENDED: [],
  REFERRED: ["REVOKED", "CONTINUED"],
  REVOKED: [],
  CONTINUED: [],
  DISMISSED: [],
};

/** The steps a proceeding may take next. */
export function revocationNext(authority: RevocationAuthority, status: RevocationStatus): readonly RevocationStatus[] {
  return (authority === "MENTERI" ? MINISTRY : REFERRAL)[status];
}

/** The ministry path's service standard, from the proposal to the decree. */
export const REVOCATION_SERVICE_WORKING_DAYS = 20;

export interface AuthorityWords {
  /** Who decides, in a sentence. */
  decides: string;
  /** To whom the Bapas reports (the default addressee of the letter). */
  reportTo: string;
  /** The step that reports to the authority. */
  referStep: string;
  /** The authority's decision. */
  decisionStep: string;
  /** The outcome that ends the program (client status DICABUT). */
  revoked: string;
  /** The decision document's name, for its number. */
  decree: string;
}

export const AUTHORITY_WORDS: Record<RevocationAuthority, AuthorityWords> = {
  MENTERI: {
    decides: "Kepala Bapas mencabut sementara dan melapor ke Kanwil dan Ditjenpas; Menteri memutuskan.",
    reportTo: "Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan; tembusan Direktur Jenderal Pemasyarakatan",
    referStep: "Pencabutan sementara dan laporan ke Kanwil/Ditjenpas",
    decisionStep: "Keputusan Menteri",
    revoked: "Dicabut (keputusan Menteri); status klien menjadi dicabut",
    decree: "Nomor keputusan Menteri",
  },
  LAPAS: {
    decides: "Asimilasi diberikan oleh Kepala Lapas: Bapas melapor ke Kepala Lapas/Kanwil, yang memutuskan.",
    reportTo: "Kepala Lembaga Pemasyarakatan asal klien; tembusan Kepala Kantor Wilayah",
    referStep: "Laporan ke Kepala Lapas/Kanwil",
    decisionStep: "Keputusan Kepala Lapas/Kanwil",
    revoked: "Asimilasi dicabut (keputusan Lapas/Kanwil); status klien menjadi dicabut",
    decree: "Nomor keputusan Lapas/Kanwil",
  },
  PEJABAT_DIVERSI: {
    decides: "Diversi tidak dilaksanakan: PK melapor ke pejabat yang bertanggung jawab (penyidik, penuntut umum atau hakim), yang menindaklanjuti.",
    reportTo: "Pejabat yang bertanggung jawab atas kesepakatan diversi",
    referStep: "Laporan ke pejabat yang bertanggung jawab",
    decisionStep: "Tindak lanjut pejabat",
    revoked: "Perkara dilanjutkan (diversi tidak dilaksanakan); status klien menjadi dicabut",
    decree: "Nomor surat/penetapan pejabat",
  },
  PENGADILAN: {
    decides: "Diawasi jaksa, diputus hakim: Bapas melapor ke kejaksaan, pengadilan memutuskan.",
    reportTo: "Kepala Kejaksaan Negeri (jaksa pengawas); tembusan Ketua Pengadilan Negeri",
    referStep: "Laporan ke jaksa",
    decisionStep: "Putusan pengadilan",
    revoked: "Pidana dijalankan (putusan pengadilan); status klien menjadi dicabut",
    decree: "Nomor putusan/penetapan",
  },
};
