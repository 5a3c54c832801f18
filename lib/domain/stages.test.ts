import { describe, expect, it } from "vitest";
import { daysBetween, toIsoDate, utcDate } from "./calendar";
import { computeStagePlan, nextStage, plannedStageOn, StagePlanError } from "./stages";

const iso = (plan: ReturnType<typeof computeStagePlan>) => plan.map((s) => [s.kind, toIsoDate(s.plannedStart), toIsoDate(s.plannedEnd)]);

describe("computeStagePlan", () => {
  it.each([
    // [start, end, expected stages]
    ["a 90-day period splits into 30/30/30", utcDate(2026, 1, 1), utcDate(2026, 3, 31), [["AWAL", "2026-01-01", "2026-01-30"], ["LANJUTAN", "2026-01-31", "2026-03-01"], ["AKHIR", "2026-03-02", "2026-03-31"]]],
    ["the shortest period gives one day each", utcDate(2026, 5, 1), utcDate(2026, 5, 3), [["AWAL", "2026-05-01", "2026-05-01"], ["LANJUTAN", "2026-05-02", "2026-05-02"], ["AKHIR", "2026-05-03", "2026-05-03"]]],
    ["a 4-day period still gives every stage a day", utcDate(2026, 5, 1), utcDate(2026, 5, 4), [["AWAL", "2026-05-01", "2026-05-01"], ["LANJUTAN", "2026-05-02", "2026-05-03"], ["AKHIR", "2026-05-04", "2026-05-04"]]],
    ["a leap year counts 29 February", utcDate(2028, 2, 1), utcDate(2028, 3, 1), [["AWAL", "2028-02-01", "2028-02-10"], ["LANJUTAN", "2028-02-11", "2028-02-20"], ["AKHIR", "2028-02-21", "2028-03-01"]]],
  ])("%s", (_name, start, end, expected) => {
    expect(iso(computeStagePlan(start, end))).toEqual(expected);
  });

  it("covers the whole period with contiguous, non-overlapping stages for any length", () => {
    for (let days = 3; days <= 1200; days += 7) {
      const start = utcDate(2025, 12, 30);
      const end = new Date(start.getTime() + (days - 1) * 86_400_000);
      const plan = computeStagePlan(start, end);
      expect(plan[0].plannedStart).toEqual(start);
      expect(plan[2].plannedEnd).toEqual(end);
      for (let i = 0; i < 3; i++) expect(daysBetween(plan[i].plannedStart, plan[i].plannedEnd)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(plan[0].plannedEnd, plan[1].plannedStart)).toBe(1);
      expect(daysBetween(plan[1].plannedEnd, plan[2].plannedStart)).toBe(1);
    }
  });

  it("follows an office's own boundaries", () => {
    const plan = computeStagePlan(utcDate(2026, 1, 1), utcDate(2026, 4, 10), [0.5, 0.8]); // 100 days
    expect(iso(plan)).toEqual([["AWAL", "2026-01-01", "2026-02-19"], ["LANJUTAN", "2026-02-20", "2026-03-21"], ["AKHIR", "2026-03-22", "2026-04-10"]]);
  });

  it.each([
    ["a period shorter than three days", utcDate(2026, 1, 1), utcDate(2026, 1, 2), undefined],
    ["an end before the start", utcDate(2026, 1, 10), utcDate(2026, 1, 1), undefined],
    ["boundaries out of order", utcDate(2026, 1, 1), utcDate(2026, 12, 31), [0.7, 0.3] as const],
  ])("refuses %s", (_name, start, end, boundaries) => {
    expect(() => computeStagePlan(start, end, boundaries)).toThrow(StagePlanError);
  });

  it("a period changed mid-way is planned afresh from the new dates", () => {
    const before = computeStagePlan(utcDate(2026, 1, 1), utcDate(2026, 12, 31));
    const after = computeStagePlan(utcDate(2026, 1, 1), utcDate(2027, 6, 30));
    expect(after[0].plannedStart).toEqual(before[0].plannedStart);
    expect(after[2].plannedEnd.getTime()).toBeGreaterThan(before[2].plannedEnd.getTime());
    expect(after[0].plannedEnd.getTime()).toBeGreaterThan(before[0].plannedEnd.getTime());
  });
});

describe("plannedStageOn and nextStage", () => {
  const plan = computeStagePlan(utcDate(2026, 1, 1), utcDate(2026, 3, 31));
  it.each([
    [utcDate(2025, 12, 1), "AWAL"],
    [utcDate(2026, 1, 30), "AWAL"],
    [utcDate(2026, 1, 31), "LANJUTAN"],
    [utcDate(2026, 3, 2), "AKHIR"],
    [utcDate(2026, 6, 1), "AKHIR"],
  ] as const)("on %s the plan says %s", (day, stage) => {
    expect(plannedStageOn(plan, day)).toBe(stage);
  });

  it("never skips a stage", () => {
    expect(nextStage("AWAL")).toBe("LANJUTAN");
    expect(nextStage("LANJUTAN")).toBe("AKHIR");
    expect(nextStage("AKHIR")).toBeNull();
  });
});
