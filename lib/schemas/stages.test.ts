import { describe, expect, it } from "vitest";
import { stageBoundariesFor, ZRecordTppSession } from "./stages";

describe("stageBoundariesFor (Office.settings)", () => {
  it.each([
    ["no settings", {}, "PB", undefined],
    ["null settings", null, "PB", undefined],
    ["a program's own boundaries", { stageBoundaries: { ASIMILASI: [0.5, 0.8] } }, "ASIMILASI", [0.5, 0.8]],
    ["another program falls back", { stageBoundaries: { ASIMILASI: [0.5, 0.8] } }, "PB", undefined],
    ["invalid boundaries are ignored", { stageBoundaries: { PB: [0.8, 0.5] } }, "PB", undefined],
    ["other settings are left alone", { registerFormat: "{seq}/{KODE}", stageBoundaries: { CB: [0.25, 0.75] } }, "CB", [0.25, 0.75]],
  ] as const)("%s", (_n, settings, program, expected) => {
    expect(stageBoundariesFor(settings, program)).toEqual(expected);
  });
});

describe("ZRecordTppSession", () => {
  const base = {
    heldOn: "2026-11-20", chairName: "Drs. Bambang", minutes: "Sidang membahas dua usulan perubahan tahap.",
    members: [{ name: "A", role: "Ketua" }, { name: "B", role: "Sekretaris" }],
    reviews: [{ transitionId: "t1", recommendation: "SETUJU" }],
  };
  it("accepts a session with a review", () => expect(ZRecordTppSession.safeParse(base).success).toBe(true));
  it.each([
    ["no review", { reviews: [] }],
    ["the same proposal twice", { reviews: [{ transitionId: "t1", recommendation: "SETUJU" }, { transitionId: "t1", recommendation: "TOLAK" }] }],
    ["one member", { members: [{ name: "A", role: "Ketua" }] }],
    ["a date that does not exist", { heldOn: "2026-02-30" }],
    ["an unknown recommendation", { reviews: [{ transitionId: "t1", recommendation: "MUNGKIN" }] }],
  ])("refuses %s", (_n, patch) => {
    expect(ZRecordTppSession.safeParse({ ...base, ...patch }).success).toBe(false);
  });
});
