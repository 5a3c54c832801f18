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
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from "./working-days";

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
/** With this many working days left or fewer, an open proceeding is at risk (it waits for the Kepala). */
export const REVOCATION_AT_RISK_WORKING_DAYS = 5;

export type ServiceClockState = "ON_TRACK" | "AT_RISK" | "OVERDUE" | "DONE_IN_TIME" | "DONE_LATE";

export interface ServiceClock {
  startedOn: Date;
  /** The last day of the standard: 20 working days after the proposal, by the office's calendar. */
  dueOn: Date;
  state: ServiceClockState;
  /** Working days after today up to the due day (0 on the due day itself); 0 once overdue or ended. */
  workingDaysLeft: number;
  /** Working days past the due day (today or the day it ended); 0 when in time. */
  overdueWorkingDays: number;
}

/**
 * The 20-working-day clock of a PB/CB/CMB proceeding, counted on the office's calendar (weekends,
 * national holidays and the office's closures do not count). `endedOn` is the day it ended (the
 * decree recorded, or the proposal dismissed), or null while it runs.
 */
export function revocationServiceClock(cal: WorkCalendar, startedOn: Date, today: Date, endedOn: Date | null = null): ServiceClock {
  const dueOn = addWorkingDays(cal, startedOn, REVOCATION_SERVICE_WORKING_DAYS);
  const at = endedOn ?? today;
  const overdueWorkingDays = at.getTime() > dueOn.getTime() ? Math.max(1, workingDaysBetween(cal, dueOn, at)) : 0;
  if (endedOn) return { startedOn, dueOn, state: overdueWorkingDays ? "DONE_LATE" : "DONE_IN_TIME", workingDaysLeft: 0, overdueWorkingDays };
  if (overdueWorkingDays) return { startedOn, dueOn, state: "OVERDUE", workingDaysLeft: 0, overdueWorkingDays };
  const workingDaysLeft = workingDaysBetween(cal, today, dueOn);
  return { startedOn, dueOn, state: workingDaysLeft <= REVOCATION_AT_RISK_WORKING_DAYS ? "AT_RISK" : "ON_TRACK", workingDaysLeft, overdueWorkingDays: 0 };
}

/** Whether the proceeding runs against the ministry's service standard. */
export const hasServiceClock = (authority: RevocationAuthority) => authority === "MENTERI";

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

/**
 * Whether a sidang TPP can have given a proceeding's recommendation: held on or after the day of the
 * proposal, and not after today. Returns the reason it cannot, or null.
 */
export function tppSessionCitable(heldOn: Date, proposedOn: Date, today: Date): string | null {
  if (heldOn.getTime() > today.getTime()) return "Sidang TPP itu belum berlangsung; pilih sidang yang sudah diadakan.";
  if (heldOn.getTime() < proposedOn.getTime()) return "Sidang TPP itu diadakan sebelum usulan pencabutan ini; pilih sidang yang membahasnya.";
  return null;
}
