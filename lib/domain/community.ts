// Guidance with the community (issue 14, part A): the partner registry, placements and pidana kerja
// sosial hours, group sessions, office outreach. Enumerations, labels and rules, pure. Kept in one
// module (not enums.ts/labels.ts) so the two halves of issue 14 merge simply; the enums mirror
// prisma/schema.prisma.
import { addDays, daysBetween } from "./calendar";

export const PARTNER_KINDS = ["POKMAS", "MITRA"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_CATEGORIES = [
  "PESANTREN", "BENGKEL_USAHA", "BLK", "REHAB_IPWL", "DINSOS", "KEMENAG", "BAZNAS", "LBH", "GRIYA_ABHIPRAYA", "PUSKESMAS", "SEKOLAH", "LAINNYA",
] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

export const PARTNER_FIELDS = ["KEPRIBADIAN", "KEMANDIRIAN"] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];

export const POKMAS_FIELDS = ["HUKUM_KEMASYARAKATAN", "KEMANDIRIAN_KEPRIBADIAN"] as const;
export type PokmasField = (typeof POKMAS_FIELDS)[number];

export const OUTREACH_KINDS = ["GOES_TO_VILLAGE", "GOES_TO_SCHOOL", "PENYULUHAN_HUKUM", "SOSIALISASI", "LAINNYA"] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const PARTNER_KIND_LABEL: Record<PartnerKind, string> = { POKMAS: "Pokmas Lipas", MITRA: "Mitra" };

export const PARTNER_CATEGORY_LABEL: Record<PartnerCategory, string> = {
  PESANTREN: "Pesantren",
  BENGKEL_USAHA: "Bengkel / usaha",
  BLK: "BLK (balai latihan kerja)",
  REHAB_IPWL: "Rehabilitasi / IPWL",
  DINSOS: "Dinas Sosial",
  KEMENAG: "Kemenag",
  BAZNAS: "Baznas",
  LBH: "LBH (bantuan hukum)",
  GRIYA_ABHIPRAYA: "Griya Abhipraya",
  PUSKESMAS: "Puskesmas",
  SEKOLAH: "Sekolah",
  LAINNYA: "Lainnya",
};

export const PARTNER_FIELD_LABEL: Record<PartnerField, string> = { KEPRIBADIAN: "Pembimbingan kepribadian", KEMANDIRIAN: "Pembimbingan kemandirian" };

export const POKMAS_FIELD_LABEL: Record<PokmasField, string> = {
  HUKUM_KEMASYARAKATAN: "Hukum dan kemasyarakatan",
  KEMANDIRIAN_KEPRIBADIAN: "Kemandirian dan kepribadian",
};

export const OUTREACH_KIND_LABEL: Record<OutreachKind, string> = {
  GOES_TO_VILLAGE: "Bapas Goes to Village",
  GOES_TO_SCHOOL: "Bapas Goes to School",
  PENYULUHAN_HUKUM: "Penyuluhan hukum",
  SOSIALISASI: "Sosialisasi",
  LAINNYA: "Kegiatan lain",
};

// ---------------------------------------------------------------- agreements

/** An agreement this close to its expiry (or past it) waits in the Kepala's inbox. */
export const AGREEMENT_WARNING_DAYS = 60;

export type AgreementState = "VALID" | "EXPIRING" | "EXPIRED";

/** Valid, expiring within 60 days (the expiry day itself still counts as valid), or expired. */
export function agreementState(expiresOn: Date, today: Date): AgreementState {
  if (expiresOn.getTime() < today.getTime()) return "EXPIRED";
  if (daysBetween(today, expiresOn) <= AGREEMENT_WARNING_DAYS) return "EXPIRING";
  return "VALID";
}

/** The last expiry date that already shows in the inbox, for a query: expiresOn <= this. */
export function agreementWarningCutoff(today: Date): Date {
  return addDays(today, AGREEMENT_WARNING_DAYS);
}

export const AGREEMENT_STATE_LABEL: Record<AgreementState, string> = { VALID: "Berlaku", EXPIRING: "Segera berakhir", EXPIRED: "Sudah berakhir" };

// ---------------------------------------------------------------- pidana kerja sosial

/**
 * Pidana kerja sosial (KUHP 2023, Pasal 85): at least 8 and at most 240 hours in all, at most 8 hours
 * a day. The judge sets the hours per day within that; the log records half hours.
 */
export const KERJA_SOSIAL_LIMITS = { minTotalHours: 8, maxTotalHours: 240, maxHoursPerDay: 8, stepMinutes: 30 } as const;

export interface KerjaSosialSummary {
  orderedMinutes: number;
  doneMinutes: number;
  remainingMinutes: number;
  /** 0..100, rounded down (never "100%" before the last minute is done). */
  percentDone: number;
  complete: boolean;
}

export function kerjaSosialSummary(totalHoursOrdered: number, loggedMinutes: readonly number[]): KerjaSosialSummary {
  const orderedMinutes = Math.max(0, totalHoursOrdered * 60);
  const doneMinutes = loggedMinutes.reduce((s, m) => s + m, 0);
  const remainingMinutes = Math.max(0, orderedMinutes - doneMinutes);
  const percentDone = orderedMinutes ? Math.min(100, Math.floor((doneMinutes / orderedMinutes) * 100)) : 0;
  return { orderedMinutes, doneMinutes, remainingMinutes, percentDone, complete: orderedMinutes > 0 && remainingMinutes === 0 };
}

export interface HoursEntryCheck {
  workedOn: Date;
  minutes: number;
  today: Date;
  placement: { startsOn: Date; endsOn: Date | null; hoursPerDay: number; totalHoursOrdered: number };
  /** Minutes already logged on the placement, not counting this day. */
  doneMinutes: number;
}

/** Why an hours entry cannot be saved (field and message in Bahasa Indonesia), or null when it can. */
export function checkHoursEntry(e: HoursEntryCheck): { field: "minutes" | "workedOn"; message: string } | null {
  const perDay = Math.min(e.placement.hoursPerDay, KERJA_SOSIAL_LIMITS.maxHoursPerDay);
  if (!Number.isInteger(e.minutes) || e.minutes <= 0) return { field: "minutes", message: "Jumlah jam harus lebih dari 0." };
  if (e.minutes % KERJA_SOSIAL_LIMITS.stepMinutes !== 0) return { field: "minutes", message: "Isi jam dalam kelipatan setengah jam (mis. 2 atau 2,5)." };
  if (e.minutes > perDay * 60) return { field: "minutes", message: `Paling banyak ${perDay} jam sehari, sesuai putusan.` };
  if (e.workedOn.getTime() > e.today.getTime()) return { field: "workedOn", message: "Tanggal kerja tidak boleh di masa depan." };
  if (e.workedOn.getTime() < e.placement.startsOn.getTime()) return { field: "workedOn", message: "Tanggal kerja sebelum penempatan dimulai." };
  if (e.placement.endsOn && e.workedOn.getTime() > e.placement.endsOn.getTime()) return { field: "workedOn", message: "Tanggal kerja setelah penempatan berakhir." };
  const remaining = e.placement.totalHoursOrdered * 60 - e.doneMinutes;
  if (e.minutes > remaining) {
    return { field: "minutes", message: remaining <= 0 ? "Jam kerja sosial sudah terpenuhi seluruhnya." : `Melebihi sisa jam putusan: tinggal ${formatHours(remaining)}.` };
  }
  return null;
}

/** "3 jam", "2,5 jam", "0 jam". */
export function formatHours(minutes: number): string {
  const h = minutes / 60;
  return `${Number.isInteger(h) ? h : h.toLocaleString("id-ID", { maximumFractionDigits: 1 })} jam`;
}

/** Hours as typed ("2", "2,5", "2.5") into minutes; null when it is no number. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 60);
}

// ---------------------------------------------------------------- corrections (decision 0022)

/** A community record corrected or removed: kerja sosial hours, a group session, an outreach. */
export const COMMUNITY_RECORD_KINDS = ["KERJA_SOSIAL_HOURS", "GROUP_SESSION", "OUTREACH"] as const;
export type CommunityRecordKind = (typeof COMMUNITY_RECORD_KINDS)[number];
export const CORRECTION_ACTIONS = ["CORRECTED", "REMOVED"] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];
export const CORRECTION_ACTION_LABEL: Record<CorrectionAction, string> = { CORRECTED: "Dikoreksi", REMOVED: "Dihapus" };
export const CORRECTION_REASON_MIN = 10;

/**
 * Who may correct or remove a community record: the one who recorded it, the Kepala Bapas, and for
 * kerja sosial hours the client's own PK (who may not have been the one typing them in).
 */
export function mayCorrectCommunityRecord(user: { id: string; role: string }, record: { authorId: string; clientPkId?: string | null }): boolean {
  if (user.role === "KEPALA_BAPAS" || user.id === record.authorId) return true;
  return user.role === "PK" && !!record.clientPkId && record.clientPkId === user.id;
}
