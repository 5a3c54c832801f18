import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { dueAfterNewInformation, levelFor, reassessmentDue, riskDefaultFor, scoreAssessment, type InstrumentDefinition } from "./risk-assessment";

const def: InstrumentDefinition = {
  reassessMonths: 12,
  domains: [
    { id: "d1", label: "A", questions: [{ id: "q1", text: "?", options: [{ id: "a", label: "x", score: 0 }, { id: "b", label: "y", score: 3 }] }] },
    { id: "d2", label: "B", questions: [{ id: "q2", text: "?", options: [{ id: "a", label: "x", score: 0 }, { id: "b", label: "y", score: 4 }] }] },
  ],
  needs: [{ id: "kerja", label: "Pekerjaan" }],
  scoring: { method: "sum", bands: [{ level: "RENDAH", min: 0, max: 2 }, { level: "SEDANG", min: 3, max: 5 }, { level: "TINGGI", min: 6 }] },
};

describe("scoreAssessment", () => {
  it.each([
    [{ q1: "a", q2: "a" }, 0, "RENDAH"],
    [{ q1: "b", q2: "a" }, 3, "SEDANG"],
    [{ q1: "a", q2: "b" }, 4, "SEDANG"],
    [{ q1: "b", q2: "b" }, 7, "TINGGI"],
  ] as const)("%o scores %i (%s)", (answers, score, level) => {
    const r = scoreAssessment(def, answers);
    expect(r).toMatchObject({ ok: true, score, level });
  });
  it("reports unanswered and unknown answers", () => {
    expect(scoreAssessment(def, { q1: "z" })).toEqual({ ok: false, missing: ["q2"], unknown: ["q1"] });
    expect(scoreAssessment(def, { q1: "a", q2: "a", q9: "a" })).toEqual({ ok: false, missing: [], unknown: ["q9"] });
  });
  it("uses the bands for levels, clamping outside them", () => {
    expect(levelFor(def, 100)).toBe("TINGGI");
    expect(levelFor(def, -1)).toBe("RENDAH");
  });
});

describe("reassessment", () => {
  it.each([
    [utcDate(2026, 3, 10), utcDate(2027, 3, 10)],
    [utcDate(2028, 2, 29), utcDate(2029, 2, 28)],
    [utcDate(2026, 12, 31), utcDate(2027, 12, 31)],
  ])("assessed %s is due %s", (on, due) => expect(reassessmentDue(on)).toEqual(due));
  it("new information brings it forward, never later", () => {
    expect(dueAfterNewInformation(utcDate(2027, 3, 10), utcDate(2026, 6, 1))).toEqual(utcDate(2026, 6, 1));
    expect(dueAfterNewInformation(utcDate(2027, 3, 10), utcDate(2027, 6, 1))).toEqual(utcDate(2027, 3, 10));
  });
  it("falls back to built-in defaults per level", () => {
    expect(riskDefaultFor({}, "TINGGI").frequency).toBe("WEEKLY");
    expect(riskDefaultFor({ TINGGI: { frequency: "BIWEEKLY", visitsPerMonth: 3 } }, "TINGGI")).toEqual({ frequency: "BIWEEKLY", visitsPerMonth: 3 });
  });
});
