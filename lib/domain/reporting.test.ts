import { describe, expect, it } from "vitest";
import { addDays, utcDate as d } from "./calendar";
import {
  currentMissedRun, DEFAULT_REPORTING_WINDOW, defaultFrequency, deskDayFacts, deskGroup, dueDays, missedRuns, nextDueDay, nextReport, openWindows,
  reportingWindows, reportTiming, runsNeedingProposal, unreportedWindows, type AttendanceMark,
} from "./reporting";
import { workCalendar } from "./working-days";

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

const marks = (s: string, start = d(2026, 1, 1)): AttendanceMark[] =>
  [...s].map((c, i) => ({ dueOn: new Date(start.getTime() + i * 7 * 86_400_000), status: c === "H" ? "HADIR" : c === "I" ? "IZIN" : c === "T" ? "TIDAK_LAPOR" : "MANGKIR" }));

describe("missed reports in a row", () => {
  it.each([
    // H hadir, I izin (excused), M mangkir (confirmed), T tidak lapor (not confirmed yet)
    ["HHH", [], 0, 0],
    ["HMH", [1], 0, 0],
    ["HMM", [2], 2, 0],
    ["HMMM", [3], 3, 1],
    ["MMIM", [2, 1], 1, 0], // an excused absence ends the run
    ["MMHM", [2, 1], 1, 0],
    ["MMMHMMM", [3, 3], 3, 2], // a new run after attending raises again
    ["MMMMM", [5], 5, 1], // one run, one proposal
    ["MMMMMH", [5], 0, 1],
    ["MMT", [2], 2, 0], // the unconfirmed day at the end is passed over, and counts for nothing yet
    ["MTMM", [1, 2], 2, 0], // an unconfirmed day between breaks the run until it is confirmed
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

describe("reporting windows, as offices practise them", () => {
  const cal = workCalendar({ closures: [{ date: "2026-12-24" }] });
  const monthly = [{ id: "m", frequency: "MONTHLY" as const, startsOn: d(2026, 10, 25), endsOn: null }];
  const weekly = [{ id: "w", frequency: "WEEKLY" as const, startsOn: d(2026, 12, 11), endsOn: null }];
  const onDate = { ...DEFAULT_REPORTING_WINDOW, monthlyInMonth: false };

  it("a monthly report counts on any working day of its month", () => {
    const ws = reportingWindows(monthly, d(2027, 6, 30), d(2027, 1, 31), cal);
    expect(ws.map((w) => [iso(w.dueOn), iso(w.opensOn), iso(w.closesOn)])).toEqual([
      ["2026-11-25", "2026-11-01", "2026-11-30"],
      ["2026-12-25", "2026-12-01", "2026-12-31"],
      ["2027-01-25", "2027-01-01", "2027-01-29"],
    ]);
    const dec = ws[1];
    expect(iso(dec.expectedOn)).toBe("2026-12-28"); // Natal, then a weekend
    expect(reportTiming(dec, d(2026, 12, 30))).toBe("ON_TIME"); // never "late" inside the month
    expect(reportTiming(dec, d(2027, 1, 4))).toBe("CLOSED");
  });

  it("the first monthly window never opens before the schedule starts", () => {
    const ws = reportingWindows([{ id: "m", frequency: "MONTHLY", startsOn: d(2026, 12, 2), endsOn: null }], d(2027, 6, 30), d(2027, 1, 31), cal);
    expect(ws.map((w) => [iso(w.dueOn), iso(w.opensOn), iso(w.closesOn)])).toEqual([["2027-01-02", "2027-01-01", "2027-01-29"]]);
  });

  it("on a date: a holiday moves the day, a late report inside the grace days is terlambat", () => {
    const ws = reportingWindows(weekly, d(2027, 6, 30), d(2026, 12, 31), cal, onDate);
    const christmas = ws.find((w) => iso(w.dueOn) === "2026-12-25")!;
    expect([iso(christmas.expectedOn), iso(christmas.opensOn), iso(christmas.closesOn)]).toEqual(["2026-12-28", "2026-12-22", "2026-12-31"]);
    expect(reportTiming(christmas, d(2026, 12, 21), onDate)).toBe("NOT_OPEN");
    expect(reportTiming(christmas, d(2026, 12, 23), onDate)).toBe("ON_TIME");
    expect(reportTiming(christmas, d(2026, 12, 28), onDate)).toBe("ON_TIME");
    expect(reportTiming(christmas, d(2026, 12, 29), onDate)).toBe("LATE");
    expect(reportTiming(christmas, d(2026, 12, 29), { ...onDate, countLate: false })).toBe("ON_TIME");
    expect(reportTiming(christmas, d(2027, 1, 1), onDate)).toBe("CLOSED");
  });

  it("a weekly window never opens before the previous due day has passed", () => {
    const ws = reportingWindows(weekly, d(2027, 6, 30), d(2026, 12, 31), cal, { ...onDate, earlyDays: 7 });
    expect(iso(ws[1].opensOn)).toBe(iso(addDays(ws[0].dueOn, 1)));
  });

  it("a window that closed with nothing recorded waits for the PK; an open one can be recorded", () => {
    const ws = reportingWindows(monthly, d(2027, 6, 30), d(2027, 1, 10), cal);
    expect(unreportedWindows(ws, [d(2026, 11, 25)], d(2027, 1, 10)).map((w) => iso(w.dueOn))).toEqual(["2026-12-25"]);
    expect(openWindows(ws, [], d(2027, 1, 10)).map((w) => iso(w.dueOn))).toEqual(["2027-01-25"]);
    // On the last day of the window it is still open, not yet missed.
    expect(unreportedWindows(ws, [], d(2026, 12, 31)).map((w) => iso(w.dueOn))).toEqual(["2026-11-25"]);
  });

  it("29 February: a monthly schedule from 31 January", () => {
    const ws = reportingWindows([{ id: "m", frequency: "MONTHLY", startsOn: d(2028, 1, 31), endsOn: null }], d(2028, 12, 31), d(2028, 3, 31), workCalendar());
    expect(ws.map((w) => [iso(w.dueOn), iso(w.closesOn)])).toEqual([["2028-02-29", "2028-02-29"], ["2028-03-31", "2028-03-31"]]);
  });
});

describe("the office's reporting day view", () => {
  const cal = workCalendar();
  const today = d(2026, 12, 7); // a Monday
  it.each([
    ["expected today", d(2026, 12, 7), d(2026, 12, 10), "TODAY"],
    ["expected on the 7th day ahead", d(2026, 12, 14), d(2026, 12, 17), "WEEK"],
    ["expected after the 7 days", d(2026, 12, 15), d(2026, 12, 18), null],
    ["past the expected day, still open", d(2026, 12, 4), d(2026, 12, 9), "OPEN_PAST"],
    ["past and closed", d(2026, 12, 1), d(2026, 12, 4), null],
  ] as const)("%s", (_n, expectedOn, closesOn, group) => {
    expect(deskGroup({ expectedOn, closesOn }, today)).toBe(group);
  });

  it("each day's facts are the window reportingWindows gives a due day on it", () => {
    const facts = deskDayFacts(today, cal);
    expect(facts).toHaveLength(45 + 7 + 1);
    const weekly = reportingWindows([{ id: "w", frequency: "WEEKLY", startsOn: d(2026, 9, 4), endsOn: null }], d(2027, 12, 31), d(2026, 12, 14), cal);
    const monthly = reportingWindows([{ id: "m", frequency: "MONTHLY", startsOn: d(2026, 6, 20), endsOn: null }], d(2027, 12, 31), d(2026, 12, 14), cal);
    const byDay = new Map(facts.map((f) => [iso(f.day), f]));
    for (const w of weekly.filter((x) => byDay.has(iso(x.dueOn)))) {
      const f = byDay.get(iso(w.dueOn))!;
      expect([iso(f.expectedOn), iso(f.opensOn), iso(f.closesOn), f.group]).toEqual([iso(w.expectedOn), iso(w.opensOn), iso(w.closesOn), deskGroup(w, today)]);
    }
    for (const w of monthly.filter((x) => byDay.has(iso(x.dueOn)))) {
      const f = byDay.get(iso(w.dueOn))!;
      expect([iso(f.expectedOn), iso(f.monthOpensOn), iso(f.monthClosesOn), f.monthGroup]).toEqual([iso(w.expectedOn), iso(w.opensOn), iso(w.closesOn), deskGroup(w, today)]);
    }
    // Sunday 20 Dec is expected on Monday 21 Dec; the window is December's.
    expect(byDay.get("2026-11-20")).toMatchObject({ monthGroup: null });
  });
});

describe("nextReport", () => {
  const cal = workCalendar();
  const schedules = [{ id: "m", frequency: "MONTHLY" as const, startsOn: d(2026, 10, 7), endsOn: null }];
  const windows = reportingWindows(schedules, d(2027, 12, 31), d(2027, 2, 28), cal);
  it.each([
    ["the month's day, open", d(2026, 12, 2), [], "2026-12-07"],
    ["the day itself", d(2026, 12, 7), [], "2026-12-07"],
    ["past the day, still in its month", d(2026, 12, 15), [], "2026-12-07"],
    ["this month reported: next month's", d(2026, 12, 15), [d(2026, 12, 7)], "2027-01-07"],
    ["after the month closed unreported: next month's", d(2027, 1, 2), [], "2027-01-07"],
  ] as const)("%s", (_n, today, recorded, due) => {
    expect(iso(nextReport(windows, recorded, today)!.dueOn)).toBe(due);
  });
  it("none after the guidance", () => {
    expect(nextReport(reportingWindows(schedules, d(2026, 12, 20), d(2027, 2, 28), cal), [d(2026, 12, 7)], d(2026, 12, 10))).toBeNull();
  });
});
