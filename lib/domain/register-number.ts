// Client register numbers: one sequence per office and year, laid out by a per-office format.
// Tokens: {seq} (zero-padded to `seqDigits`), {KODE} (office code), {YYYY}, {YY}.

export const DEFAULT_REGISTER_FORMAT = "{seq}/PK/{KODE}/{YYYY}";
export const DEFAULT_SEQ_DIGITS = 4;
const TOKENS = ["{seq}", "{KODE}", "{YYYY}", "{YY}"];

/** A message when the format cannot give unique numbers, else null. */
export function registerFormatProblem(format: string): string | null {
  if (!format.includes("{seq}")) return "Format nomor register harus memuat {seq}.";
  if (!format.includes("{YYYY}") && !format.includes("{YY}")) return "Format nomor register harus memuat {YYYY} atau {YY} (urutan dimulai ulang tiap tahun).";
  const unknown = format.match(/\{[^}]*\}/g)?.filter((t) => !TOKENS.includes(t));
  if (unknown?.length) return `Kode tidak dikenal dalam format: ${unknown.join(", ")}.`;
  if (format.length > 60) return "Format nomor register terlalu panjang.";
  return null;
}

export function formatRegisterNumber(
  format: string,
  { seq, officeCode, year, seqDigits = DEFAULT_SEQ_DIGITS }: { seq: number; officeCode: string; year: number; seqDigits?: number },
): string {
  return format
    .replaceAll("{seq}", String(seq).padStart(seqDigits, "0"))
    .replaceAll("{KODE}", officeCode)
    .replaceAll("{YYYY}", String(year))
    .replaceAll("{YY}", String(year % 100).padStart(2, "0"));
}
