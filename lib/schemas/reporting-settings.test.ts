import { describe, expect, it } from "vitest";
import { reportingDefaultsFrom } from "./reporting-settings";

describe("reportingDefaultsFrom", () => {
  it.each([
    [{}, {}],
    [null, {}],
    [{ reporting: { defaults: { PB: { AWAL: "WEEKLY", AKHIR: "NONE" } } } }, { PB: { AWAL: "WEEKLY", AKHIR: "NONE" } }],
    [{ reporting: { defaults: { PB: { AWAL: "DAILY" } } } }, {}],
    [{ reporting: { defaults: { XX: { AWAL: "WEEKLY" } } } }, {}],
    [{ litmasDueDays: { DIVERSI: 3 }, reporting: { defaults: { CB: { LANJUTAN: "BIWEEKLY" } } } }, { CB: { LANJUTAN: "BIWEEKLY" } }],
  ])("%j", (settings, expected) => {
    expect(reportingDefaultsFrom(settings)).toEqual(expected);
  });
});
