// NIK (Nomor Induk Kependudukan): 16 digits = 6 region digits (province, regency, district),
// the birth date as DDMMYY (women: day + 40), and a 4-digit serial that is never 0000.
import type { Gender } from "./enums";

export type NikCheck = { ok: true } | { ok: false; message: string };

export function checkNik(nik: string, birthDate: Date, gender: Gender): NikCheck {
  if (!/^\d{16}$/.test(nik)) return { ok: false, message: "NIK harus 16 digit angka." };
  if (nik.slice(0, 2) === "00") return { ok: false, message: "Kode provinsi pada NIK tidak valid." };
  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const expectedDay = birthDate.getUTCDate() + (gender === "PEREMPUAN" ? 40 : 0);
  if (month !== birthDate.getUTCMonth() + 1 || yy !== birthDate.getUTCFullYear() % 100 || day !== expectedDay) {
    const hint = gender === "PEREMPUAN" ? " (untuk perempuan, tanggal lahir ditambah 40)" : "";
    return { ok: false, message: `Digit ke-7 sampai ke-12 NIK tidak sesuai dengan tanggal lahir${hint}.` };
  }
  if (nik.slice(12) === "0000") return { ok: false, message: "Nomor urut pada NIK tidak boleh 0000." };
  return { ok: true };
}

/** Builds a NIK consistent with a birth date and gender (demo data and tests). */
export function buildNik(regionCode: string, birthDate: Date, gender: Gender, serial: number): string {
  const day = birthDate.getUTCDate() + (gender === "PEREMPUAN" ? 40 : 0);
  const dd = String(day).padStart(2, "0");
  const mm = String(birthDate.getUTCMonth() + 1).padStart(2, "0");
  const yy = String(birthDate.getUTCFullYear() % 100).padStart(2, "0");
  return `${regionCode}${dd}${mm}${yy}${String(serial).padStart(4, "0")}`;
}

/** Shows only the last four digits: ************1234. */
export function maskNik(nik: string | null | undefined): string {
  if (!nik) return "—";
  return "•".repeat(Math.max(0, nik.length - 4)) + nik.slice(-4);
}

/**
 * The NIK in a search text, or null: 16 digits in a row once spaces, dots and dashes are removed
 * ("3174 0812 3456 7890"). Such a text must go by POST (the NIK search), never into a URL.
 */
export function nikIn(text: string | null | undefined): string | null {
  const m = (text ?? "").replace(/[\s.-]/g, "").match(/\d{16}/);
  return m ? m[0] : null;
}
