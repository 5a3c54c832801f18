import { describe, expect, it } from "vitest";
import { EMPTY_LITMAS_SECTIONS } from "./litmas";
import { compareSections, diffText } from "./litmas-compare";

const join = (parts: ReturnType<typeof diffText>, kind: "same" | "added" | "removed") => parts.filter((p) => p.kind !== kind).map((p) => p.text).join("");

describe("diffText", () => {
  it("marks the words added and removed; each side reads back whole", () => {
    const older = "Klien tinggal bersama ibu di Pasar Minggu.";
    const newer = "Klien tinggal bersama ibu dan adik di Pasar Minggu sejak 2025.";
    const parts = diffText(older, newer);
    expect(join(parts, "added")).toBe(older); // the older text: all but the additions
    expect(join(parts, "removed")).toBe(newer);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(expect.arrayContaining(["dan adik"]));
  });
  it("an unchanged text is one part; two empty texts none", () => {
    expect(diffText("Sama.", "Sama.")).toEqual([{ kind: "same", text: "Sama." }]);
    expect(diffText("", "")).toEqual([]);
  });
  it("keeps line breaks", () => {
    const parts = diffText("Baris satu.\nBaris dua.", "Baris satu.\nBaris tiga.");
    expect(join(parts, "removed")).toBe("Baris satu.\nBaris tiga.");
  });
});

describe("compareSections", () => {
  it("lists the sections with text in either version, the changed ones counted in words", () => {
    const older = { ...EMPTY_LITMAS_SECTIONS, identitas: "Nama: Budi", kesimpulanRekomendasi: "Layak diberikan PB." };
    const newer = { ...EMPTY_LITMAS_SECTIONS, identitas: "Nama: Budi", kesimpulanRekomendasi: "Layak diberikan pembebasan bersyarat.", analisis: "Dukungan keluarga kuat." };
    const out = compareSections(older, newer);
    expect(out.map((s) => [s.key, s.changed])).toEqual([["identitas", false], ["analisis", true], ["kesimpulanRekomendasi", true]]);
    const kesimpulan = out.find((s) => s.key === "kesimpulanRekomendasi")!;
    expect([kesimpulan.added, kesimpulan.removed]).toEqual([2, 1]);
    expect(out.find((s) => s.key === "analisis")).toMatchObject({ added: 3, removed: 0 });
  });
});
