import { describe, expect, it } from "vitest";
import { DEFAULT_REGISTER_FORMAT, formatRegisterNumber, registerFormatProblem } from "./register-number";

describe("formatRegisterNumber", () => {
  it.each([
    [DEFAULT_REGISTER_FORMAT, 7, 4, "0007/PK/JKS/2026"],
    [DEFAULT_REGISTER_FORMAT, 12345, 4, "12345/PK/JKS/2026"],
    ["W10.PAS.{KODE}-{seq}/{YY}", 3, 5, "W10.PAS.JKS-00003/26"],
  ])("%s with seq %i (%i digits) gives %s", (format, seq, seqDigits, expected) => {
    expect(formatRegisterNumber(format, { seq, officeCode: "JKS", year: 2026, seqDigits })).toBe(expected);
  });
});

describe("registerFormatProblem", () => {
  it.each([
    [DEFAULT_REGISTER_FORMAT, null],
    ["{seq}/{YY}", null],
    ["PK/{KODE}/{YYYY}", "Format nomor register harus memuat {seq}."],
    ["{seq}/{KODE}", "Format nomor register harus memuat {YYYY} atau {YY} (urutan dimulai ulang tiap tahun)."],
    ["{seq}/{TAHUN}/{YY}", "Kode tidak dikenal dalam format: {TAHUN}."],
  ])("%s -> %s", (format, problem) => {
    expect(registerFormatProblem(format)).toBe(problem);
  });
});
