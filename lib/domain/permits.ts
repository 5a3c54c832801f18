// Permission to travel for PB, CB and CMB clients (domain.md, "Supervision as practised"): leaving
// the city needs the Kepala's permission; going abroad needs the minister's, for medical treatment,
// a religious duty or a child's education, for at most 30 days. Pure.
import { daysBetween } from "./calendar";
import type { Program } from "./enums";

export const ABROAD_PURPOSES = ["BEROBAT", "IBADAH", "PENDIDIKAN_ANAK"] as const;
export type AbroadPurpose = (typeof ABROAD_PURPOSES)[number];
export const ABROAD_PURPOSE_LABEL: Record<AbroadPurpose, string> = {
  BEROBAT: "Berobat",
  IBADAH: "Menjalankan ibadah",
  PENDIDIKAN_ANAK: "Pendidikan anak",
};
export const MAX_ABROAD_DAYS = 30;

export const needsTravelPermit = (program: Program) => program === "PB" || program === "CB" || program === "CMB";

export type PermitCheck = { ok: true } | { ok: false; field: string; message: string };

export function checkPermitRequest(r: { kind: "LUAR_KOTA" | "LUAR_NEGERI"; purpose: string; fromDate: Date; toDate: Date; today: Date; guidanceEnd: Date }): PermitCheck {
  if (r.fromDate < r.today) return { ok: false, field: "fromDate", message: "Tanggal berangkat tidak boleh sebelum hari ini." };
  if (r.toDate < r.fromDate) return { ok: false, field: "toDate", message: "Tanggal kembali harus sesudah tanggal berangkat." };
  if (r.toDate > r.guidanceEnd) return { ok: false, field: "toDate", message: "Tanggal kembali melewati akhir masa bimbingan." };
  if (r.kind === "LUAR_NEGERI") {
    if (!(ABROAD_PURPOSES as readonly string[]).includes(r.purpose)) return { ok: false, field: "purpose", message: "Izin ke luar negeri hanya untuk berobat, ibadah atau pendidikan anak." };
    if (daysBetween(r.fromDate, r.toDate) + 1 > MAX_ABROAD_DAYS) return { ok: false, field: "toDate", message: `Izin ke luar negeri paling lama ${MAX_ABROAD_DAYS} hari.` };
  }
  return { ok: true };
}
