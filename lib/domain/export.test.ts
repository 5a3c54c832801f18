import { describe, expect, it } from "vitest";
import { exportFileName, neutralizeFormula, toCsv } from "./export";

describe("neutralizeFormula", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+62 812", "'+62 812"],
    ["-1+1", "'-1+1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["Budi = baik", "Budi = baik"],
    ["", ""],
  ])("%j -> %j", (input, expected) => expect(neutralizeFormula(input)).toBe(expected));

  it("leaves numbers and empty cells alone", () => {
    expect(neutralizeFormula(-3)).toBe(-3);
    expect(neutralizeFormula(null)).toBeNull();
  });
});

describe("toCsv", () => {
  it("starts with a BOM, quotes what needs it and neutralizes formulas", () => {
    const csv = toCsv({
      columns: [{ header: "Nama" }, { header: "Catatan" }, { header: "Jumlah" }],
      rows: [["Siti \"Ani\" Aminah", "=HYPERLINK(\"x\")", 3], ["Joko, S.H.", null, 0], ["Ayu\nBaru", "ok", -2]],
    });
    expect(csv.startsWith("\uFEFFNama,Catatan,Jumlah\r\n")).toBe(true);
    expect(csv).toContain('"Siti ""Ani"" Aminah","\'=HYPERLINK(""x"")",3\r\n');
    expect(csv).toContain('"Joko, S.H.",,0\r\n');
    expect(csv).toContain('"Ayu\nBaru",ok,-2\r\n');
  });
});

describe("exportFileName", () => {
  it("keeps letters, digits and dashes", () => expect(exportFileName("Klien & layanan", "2026-12-02", "xlsx")).toBe("klien-layanan-2026-12-02.xlsx"));
});
