import { describe, expect, it } from "vitest";
import { utcDate as d } from "./calendar";
import {
  currentMissedRun, defaultFrequency, dueDays, missedDueDays, missedRuns, nextDueDay, runsNeedingProposal, type AttendanceMark,
} from "./reporting";

const iso = (x: Date) => x.toISOString().slice(0, 10);

describe("dueDays", () => {
  it.each([
    ["monthly", { frequency: "MONTHLY", startsOn: d(2026, 1, 31) }, d(2026, 12, 31), d(2026, 5, 1), ["2026-02-28", "2026-03-31", "2026-04-30"]],
    ["weekly", { frequency: "WEEKLY", startsOn: d(2026, 11, 2) }, d(2027, 1, 1), d(2026, 11, 23), ["2026-11-09", "2026-11-16", "2026-11-23"]],
    ["biweekly", { frequency: "BIWEEKLY", startsOn: d(2026, 11, 2) }, d(2027, 1, 1), d(2026, 12, 1), ["2026-11-16", "2026-11-30"]],
    ["stops at the guidance end", { frequency: "MONTHLY", startsOn: d(2026, 1, 10) }, d(2026, 4, 9), d(2026, 12, 1), ["2026-02-10", "2026-03-10"]],
    ["stops at the schedule's own end", { frequency: "WEEKLY", startsOn: d(2026, 11, 2), endsOn: d(2026, 11, 15) }, d(2027, 1, 1), d(2026, 12, 31), ["2026-11-09"]],
  ] as const)("%s", (_name, s, end, until, expected) => {
    expect(dueDays([{ id: "s", endsOn: null, ...s }], end, until).map((x) => iso(x.dueOn))).toEqual(expected);
  });

  it("a schedule changed mid-way: the old one's days until the change, then the new one's", () => {
    const schedules = [
      { id: "new", frequency: "WEEKLY" as const, startsOn: d(2026, 4, 15), endsOn: null },
      { id: "old", frequency: "MONTHLY" as const, startsOn: d(2026, 1, 10), endsOn: null },
    ];
    const days = dueDays(schedules, d(2026, 12, 31), d(2026, 5, 6));
    expect(days.map((x) => `${iso(x.dueOn)}:${x.scheduleId}`)).toEqual([
      "2026-02-10:old", "2026-03-10:old", "2026-04-10:old",
      "2026-04-22:new", "2026-04-29:new", "2026-05-06:new",
    ]);
  });

  it("the new schedule starting the same day an old report is due replaces that report", () => {
    const schedules = [
      { id: "old", frequency: "MONTHLY" as const, startsOn: d(2026, 1, 10), endsOn: null },
      { id: "new", frequency: "MONTHLY" as const, startsOn: d(2026, 3, 10), endsOn: null },
    ];
    expect(dueDays(schedules, d(2026, 12, 31), d(2026, 4, 30)).map((x) => `${iso(x.dueOn)}:${x.scheduleId}`)).toEqual(["2026-02-10:old", "2026-04-10:new"]);
  });

  it("nextDueDay finds today's or the next report", () => {
    const s = [{ id: "s", frequency: "MONTHLY" as const, startsOn: d(2026, 1, 23), endsOn: null }];
    expect(iso(nextDueDay(s, d(2026, 12, 31), d(2026, 11, 23))!.dueOn)).toBe("2026-11-23");
    expect(iso(nextDueDay(s, d(2026, 12, 31), d(2026, 11, 24))!.dueOn)).toBe("2026-12-23");
    expect(nextDueDay(s, d(2026, 12, 31), d(2026, 12, 24))).toBeNull();
  });
});

describe("missedDueDays", () => {
  const due = dueDays([{ id: "s", frequency: "WEEKLY", startsOn: d(2026, 11, 2), endsOn: null }], d(2027, 1, 1), d(2026, 11, 30));
  it.each([
    ["nothing recorded: every past day, not today", [], d(2026, 11, 23), ["2026-11-09", "2026-11-16"]],
    ["recorded days are not missed", [d(2026, 11, 9)], d(2026, 11, 23), ["2026-11-16"]],
    ["the day after, today's report is missed too", [d(2026, 11, 9), d(2026, 11, 16)], d(2026, 11, 24), ["2026-11-23"]],
    ["all recorded", [d(2026, 11, 9), d(2026, 11, 16), d(2026, 11, 23)], d(2026, 11, 24), []],
  ] as const)("%s", (_n, recorded, today, expected) => {
    expect(missedDueDays(due, recorded, today).map((x) => iso(x.dueOn))).toEqual(expected);
  });
});

const marks = (s: string, start = d(2026, 1, 1)): AttendanceMark[] =>
  [...s].map((c, i) => ({ dueOn: new Date(start.getTime() + i * 7 * 86_400_000), status: c === "H" ? "HADIR" : c === "I" ? "IZIN" : "MANGKIR" }));

describe("missed reports in a row", () => {
  it.each([
    // H hadir, I izin (excused), M mangkir
    ["HHH", [], 0, 0],
    ["HMH", [1], 0, 0],
    ["HMM", [2], 2, 0],
    ["HMMM", [3], 3, 1],
    ["MMIM", [2, 1], 1, 0], // an excused absence ends the run
    ["MMHM", [2, 1], 1, 0],
    ["MMMHMMM", [3, 3], 3, 2], // a new run after attending raises again
    ["MMMMM", [5], 5, 1], // one run, one proposal
    ["MMMMMH", [5], 0, 1],
  ] as const)("%s", (s, runs, current, needing) => {
    expect(missedRuns(marks(s)).map((r) => r.length)).toEqual(runs);
    expect(currentMissedRun(marks(s))).toBe(current);
    expect(runsNeedingProposal(marks(s), [])).toHaveLength(needing);
  });

  it("unordered input is read in date order", () => {
    expect(currentMissedRun([...marks("HMMM")].reverse())).toBe(3);
  });

  it("exactly once per run: a run already proposed raises nothing when it grows", () => {
    const m = marks("HMMMM");
    const [run] = runsNeedingProposal(m.slice(0, 4), []);
    expect(run).toHaveLength(3);
    expect(runsNeedingProposal(m, run)).toEqual([]);
    // ...but a later, separate run does.
    const later = marks("HMMMMHMMM");
    expect(runsNeedingProposal(later, run).map((r) => r.length)).toEqual([3]);
  });
});

describe("defaultFrequency", () => {
  it.each([
    [undefined, "PB", "AWAL", "MONTHLY"],
    [undefined, "ASIMILASI", null, "WEEKLY"],
    [undefined, "DIVERSI", "AWAL", "NONE"],
    [{ PB: { AWAL: "WEEKLY" } }, "PB", "AWAL", "WEEKLY"],
    [{ PB: { AWAL: "WEEKLY" } }, "PB", "AKHIR", "MONTHLY"],
    [{ ASIMILASI: { AKHIR: "BIWEEKLY" } }, "ASIMILASI", "AKHIR", "BIWEEKLY"],
  ] as const)("%j %s %s -> %s", (defaults, program, stage, expected) => {
    expect(defaultFrequency(defaults, program, stage)).toBe(expected);
  });
});
