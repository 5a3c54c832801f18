import { describe, expect, it } from "vitest";
import { addDays, daysBetween, toIsoDate, utcDate } from "./calendar";
import { computeStagePlan, dueNext, isStageReviewOverdue, nextStage, plannedStageOn, replanStages, StagePlanError, type StageState } from "./stages";

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

describe("replanStages, dueNext, isStageReviewOverdue", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const rows = (plan: ReturnType<typeof computeStagePlan>, activeIdx: number, starts: string[]): StageState[] =>
    plan.map((p, i) => ({
      ...p,
      actualStart: i <= activeIdx ? d(starts[i]) : null,
      actualEnd: i < activeIdx ? addDays(d(starts[i + 1]), -1) : null,
      status: i < activeIdx ? "COMPLETED" : i === activeIdx ? "ACTIVE" : "PLANNED",
    }));
  const show = (r: StageState[]) => r.map((s) => [s.kind, toIsoDate(s.plannedStart), toIsoDate(s.plannedEnd), s.actualStart && toIsoDate(s.actualStart), s.actualEnd && toIsoDate(s.actualEnd), s.status]);

  it("an extended period keeps the past stage's dates and re-plans the rest", () => {
    const plan = computeStagePlan(d("2026-01-01"), d("2026-03-31")); // 30/30/30
    const before = rows(plan, 1, ["2026-01-01", "2026-02-05"]); // lanjutan began late
    const after = replanStages(before, d("2026-01-01"), d("2026-06-29")); // 180 days
    expect(show(after)).toEqual([
      ["AWAL", "2026-01-01", "2026-01-30", "2026-01-01", "2026-02-04", "COMPLETED"],
      ["LANJUTAN", "2026-01-31", "2026-04-30", "2026-02-05", null, "ACTIVE"],
      ["AKHIR", "2026-05-01", "2026-06-29", null, null, "PLANNED"],
    ]);
  });

  it("a shortened period pulls the future stages in, after the completed ones", () => {
    const plan = computeStagePlan(d("2026-01-01"), d("2026-12-31"));
    const before = rows(plan, 1, ["2026-01-01", "2026-05-20"]);
    const after = replanStages(before, d("2026-01-01"), d("2026-06-30"));
    expect(show(after)).toEqual([
      ["AWAL", "2026-01-01", "2026-05-02", "2026-01-01", "2026-05-19", "COMPLETED"],
      ["LANJUTAN", "2026-05-03", "2026-05-20", "2026-05-20", null, "ACTIVE"],
      ["AKHIR", "2026-05-21", "2026-06-30", null, null, "PLANNED"],
    ]);
  });

  it("before any transition, all three stages follow the new period", () => {
    const plan = computeStagePlan(d("2026-01-01"), d("2026-03-31"));
    const after = replanStages(rows(plan, 0, ["2026-01-01"]), d("2026-01-01"), d("2026-12-31"));
    expect(show(after).map((r) => r.slice(0, 3))).toEqual(iso(computeStagePlan(d("2026-01-01"), d("2026-12-31"))));
    expect(after[0].actualStart).toEqual(d("2026-01-01"));
  });

  it("refuses a period too short for the stages left", () => {
    const plan = computeStagePlan(d("2026-01-01"), d("2026-12-31"));
    const before = rows(plan, 1, ["2026-01-01", "2026-06-01"]);
    expect(() => replanStages(before, d("2026-01-01"), d("2026-06-01"))).toThrow(StagePlanError);
  });

  it.each([
    ["awal, 10 days left", 0, "2026-01-20", { kind: "TRANSITION", from: "AWAL", to: "LANJUTAN", daysLeft: 10, overdue: false }, false],
    ["awal, on its last day", 0, "2026-01-30", { kind: "TRANSITION", from: "AWAL", to: "LANJUTAN", daysLeft: 0, overdue: false }, false],
    ["awal, a day late", 0, "2026-01-31", { kind: "TRANSITION", from: "AWAL", to: "LANJUTAN", daysLeft: -1, overdue: true }, true],
    ["lanjutan, late", 1, "2026-03-05", { kind: "TRANSITION", from: "LANJUTAN", to: "AKHIR", daysLeft: -4, overdue: true }, true],
    ["akhir: the letter is next", 2, "2026-03-20", { kind: "END_LETTER", daysLeft: 11, overdue: false }, false],
    ["akhir, past the end", 2, "2026-04-02", { kind: "END_LETTER", daysLeft: -2, overdue: true }, true],
  ] as const)("%s", (_n, activeIdx, today, expected, overdue) => {
    const st = rows(computeStagePlan(d("2026-01-01"), d("2026-03-31")), activeIdx, ["2026-01-01", "2026-01-31", "2026-03-02"]);
    expect(dueNext(st, d(today))).toMatchObject(expected);
    expect(isStageReviewOverdue(st, d(today))).toBe(overdue);
  });

  it("nothing is due when no stage is active; grace days delay 'overdue'", () => {
    const st = rows(computeStagePlan(d("2026-01-01"), d("2026-03-31")), 0, ["2026-01-01"]);
    expect(dueNext(st.map((s) => ({ ...s, status: "COMPLETED" as const })), d("2026-02-01"))).toEqual({ kind: "NONE" });
    expect(isStageReviewOverdue(st, d("2026-02-05"), 7)).toBe(false);
    expect(isStageReviewOverdue(st, d("2026-02-07"), 7)).toBe(true);
  });
});
