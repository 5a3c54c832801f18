import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { buildNik, checkNik, maskNik, nikIn } from "./nik";

describe("checkNik", () => {
  const man = utcDate(1990, 8, 17);
  const woman = utcDate(1995, 3, 5);
  it.each([
    ["a man's NIK with DDMMYY of the birth date", "3174021708900001", man, "LAKI_LAKI", true],
    ["a woman's NIK has the day + 40", "3174024503950002", woman, "PEREMPUAN", true],
    ["a woman's NIK without +40", "3174020503950002", woman, "PEREMPUAN", false],
    ["a man's NIK with +40", "3174025708900001", man, "LAKI_LAKI", false],
    ["the wrong month", "3174021709900001", man, "LAKI_LAKI", false],
    ["the wrong year", "3174021708910001", man, "LAKI_LAKI", false],
    ["15 digits", "317402170890001", man, "LAKI_LAKI", false],
    ["letters", "31740217089000A1", man, "LAKI_LAKI", false],
    ["serial 0000", "3174021708900000", man, "LAKI_LAKI", false],
    ["province 00", "0074021708900001", man, "LAKI_LAKI", false],
  ] as const)("%s", (_name, nik, birth, gender, ok) => {
    const res = checkNik(nik, birth, gender);
    expect(res.ok).toBe(ok);
    if (!res.ok) expect(res.message).toMatch(/NIK/);
  });

  it("buildNik makes NIKs that checkNik accepts", () => {
    for (const [birth, gender] of [[utcDate(2001, 12, 31), "PEREMPUAN"], [utcDate(1970, 1, 1), "LAKI_LAKI"]] as const) {
      expect(checkNik(buildNik("737101", birth, gender, 42), birth, gender)).toEqual({ ok: true });
    }
  });

  it("masks all but the last four digits", () => {
    expect(maskNik("3174021708900001")).toBe("••••••••••••0001");
    expect(maskNik(null)).toBe("—");
  });
});

describe("a NIK typed into a search box", () => {
  it.each([
    ["3174081234567890", "3174081234567890"],
    ["3174 0812 3456 7890", "3174081234567890"],
    ["NIK 3174.0812.3456.7890", "3174081234567890"],
    ["0012/PK/JKS/2026", null],
    ["Sutrisno", null],
    ["317408123456789", null],
    ["", null],
  ])("%s -> %s", (text, nik) => {
    expect(nikIn(text)).toBe(nik);
  });
});
