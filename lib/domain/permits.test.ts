import { describe, expect, it } from "vitest";
import { utcDate as d } from "./calendar";
import { checkPermitRequest, needsTravelPermit } from "./permits";

const base = { today: d(2026, 12, 2), guidanceEnd: d(2027, 6, 30) };

describe("permission to travel", () => {
  it("is for PB, CB and CMB", () => {
    expect([needsTravelPermit("PB"), needsTravelPermit("CMB"), needsTravelPermit("ASIMILASI"), needsTravelPermit("DIVERSI")]).toEqual([true, true, false, false]);
  });
  it.each([
    [{ kind: "LUAR_KOTA", purpose: "Menghadiri pernikahan adik", fromDate: d(2026, 12, 10), toDate: d(2026, 12, 14) }, true],
    [{ kind: "LUAR_KOTA", purpose: "x", fromDate: d(2026, 12, 1), toDate: d(2026, 12, 3) }, "fromDate"],
    [{ kind: "LUAR_KOTA", purpose: "x", fromDate: d(2026, 12, 10), toDate: d(2026, 12, 9) }, "toDate"],
    [{ kind: "LUAR_KOTA", purpose: "x", fromDate: d(2027, 6, 28), toDate: d(2027, 7, 2) }, "toDate"],
    [{ kind: "LUAR_NEGERI", purpose: "BEROBAT", fromDate: d(2027, 1, 1), toDate: d(2027, 1, 30) }, true], // 30 days
    [{ kind: "LUAR_NEGERI", purpose: "BEROBAT", fromDate: d(2027, 1, 1), toDate: d(2027, 1, 31) }, "toDate"], // 31
    [{ kind: "LUAR_NEGERI", purpose: "WISATA", fromDate: d(2027, 1, 1), toDate: d(2027, 1, 5) }, "purpose"],
  ] as const)("%j", (r, expected) => {
    const res = checkPermitRequest({ ...base, ...r });
    expect(res.ok ? true : res.field).toBe(expected);
  });
});
