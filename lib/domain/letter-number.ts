/** `{seq}/SKAP/{KODE}/{YYYY}`: the number of a surat keterangan akhir pembimbingan. */
export function formatLetterNumber(seq: number, officeCode: string, year: number): string {
  return `${String(seq).padStart(4, "0")}/SKAP/${officeCode}/${year}`;
}
