import { describe, expect, it } from "vitest";
import { toIsoDate, utcDate } from "./calendar";
import { dueDatesBetween, weekOf } from "./reporting-due";

const iso = (ds: Date[]) => ds.map(toIsoDate);

describe("dueDatesBetween", () => {
  const from = utcDate(2026, 11, 23); // Monday
  const to = utcDate(2026, 11, 29);
  it.each([
    ["WEEKLY", utcDate(2026, 11, 4), null, ["2026-11-25"]],
    ["BIWEEKLY", utcDate(2026, 11, 4), null, []],
    ["BIWEEKLY", utcDate(2026, 11, 11), null, ["2026-11-25"]],
    ["MONTHLY", utcDate(2026, 1, 27), null, ["2026-11-27"]],
    ["MONTHLY", utcDate(2026, 1, 15), null, []],
    ["MONTHLY", utcDate(2026, 1, 31), null, []],
    ["WEEKLY", utcDate(2026, 11, 24), null, ["2026-11-24"]],
    ["WEEKLY", utcDate(2026, 12, 1), null, []],
    ["WEEKLY", utcDate(2026, 11, 4), utcDate(2026, 11, 24), []],
  ] as const)("%s from %s (ends %s)", (frequency, startsOn, endsOn, expected) => {
    expect(iso(dueDatesBetween({ frequency, startsOn, endsOn }, from, to))).toEqual(expected);
  });
});

describe("weekOf", () => {
  it.each([
    [utcDate(2026, 11, 23), "2026-11-23", "2026-11-29"],
    [utcDate(2026, 11, 29), "2026-11-23", "2026-11-29"],
    [utcDate(2026, 11, 26), "2026-11-23", "2026-11-29"],
  ])("%s", (day, f, t) => {
    const w = weekOf(day);
    expect([toIsoDate(w.from), toIsoDate(w.to)]).toEqual([f, t]);
  });
});
